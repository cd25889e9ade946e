// The checks the background makes of what arrives from other contexts (lib/platform/messages.ts has
// the protocol). Their own file: the content script sends these messages but never loads the schemas.
import * as v from 'valibot';
import { GLANCE_MAX_CHARS, MAX_BLOCKS } from '../match/page-limits';
import { PageTextSchema, SelectionSchema } from '../match/page-text';

export const EntryIdSchema = v.pipe(v.string(), v.regex(/^[a-z0-9-]{1,80}$/));
export const CountSchema = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(100000));

export const NoteReadSchema = v.object({ id: EntryIdSchema, title: v.pipe(v.string(), v.maxLength(1000)) });

/** The id of a read's parts sent ahead (lib/match/page-parts.ts). */
const PartsIdSchema = v.pipe(v.string(), v.regex(/^[a-z0-9]{1,40}$/));

export const TextPartSchema = v.object({
  id: PartsIdSchema,
  texts: v.pipe(v.array(v.string()), v.maxLength(MAX_BLOCKS)),
  inArticle: v.pipe(v.array(v.boolean()), v.maxLength(MAX_BLOCKS)),
});

/** `parts`: the text continues the parts sent ahead under this id. */
export const FindMentionsSchema = v.object({ text: PageTextSchema, selection: SelectionSchema, parts: v.optional(PartsIdSchema) });

/** The page's text at a glance (lib/content/read/glance.ts; null: too long to glance at) and its declared language. */
export const GlanceSchema = v.object({
  // Its parts are joined by a line break each: one per script cut out or shadow root, at most.
  text: v.nullable(v.pipe(v.string(), v.maxLength(2 * GLANCE_MAX_CHARS))),
  lang: v.pipe(v.string(), v.maxLength(20)),
});

/** A frame's first glance, returned by the page's script to the background's call (lib/platform/page-handle.ts). */
export const FirstGlanceSchema = v.object({ ...GlanceSchema.entries, url: v.pipe(v.string(), v.maxLength(8192)) });
