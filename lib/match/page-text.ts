// What the page sends the text side: its blocks of text and the reader's choices. The schemas are
// the one definition: the background checks every request against them (lib/platform/messages.ts)
// and the types are inferred from them.
import * as v from 'valibot';
import { SETTING_SCHEMAS } from '../settings/settings';
import { MAX_BLOCKS } from './page-limits';

export { MAX_BLOCKS };

export const PageTextSchema = v.pipe(
  v.object({
    /** Each block's text, in reading order. */
    texts: v.pipe(v.array(v.string()), v.maxLength(MAX_BLOCKS)),
    /** Whether each block belongs to the article. */
    inArticle: v.array(v.boolean()),
    /** The language the page declares, as a two-letter code; '' when it declares none. */
    lang: v.pipe(v.string(), v.maxLength(20)),
    /** The day the page was published (YYYY-MM-DD), when it says. */
    published: v.optional(v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/))),
    /** False when no single story stood out and the article is the whole page (a home page, a listing). */
    story: v.optional(v.boolean()),
  }),
  v.check((t) => t.inArticle.length === t.texts.length, 'one inArticle flag per text'),
);

export const SelectionSchema = v.object({
  /** Mark only the first mention of each term in the article, or every mention. */
  density: SETTING_SCHEMAS.density,
  /** Household names ("Russia", "Donald Trump") are listed but not marked unless this is on. */
  includeCommon: SETTING_SCHEMAS.includeCommon,
  /** Categories the reader switched off. */
  hiddenCategories: SETTING_SCHEMAS.hiddenCategories,
});

/** A page's text as the page reads it (see readPage in lib/content/read/read-page.ts). */
export type PageText = v.InferOutput<typeof PageTextSchema>;
export type SelectionOptions = v.InferOutput<typeof SelectionSchema>;
