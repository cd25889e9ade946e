// The whole message protocol between the extension's contexts, typed both ways. Whatever arrives
// from another context is checked at runtime before use (see the schemas below).
import { defineExtensionMessaging } from '@webext-core/messaging';
import * as v from 'valibot';
import type { Entry } from '../dataset/schema';
import type { FoundMentions } from '../match/mentions';
import { PageTextSchema, SelectionSchema } from '../match/page-text';

export interface PageTerm {
  id: string;
  count: number;
  inArticle: boolean;
}

export interface PageReport {
  enabled: boolean;
  site: string | null;
  terms: PageTerm[];
  /** The article's publication day (YYYY-MM-DD) if the page states it: the popup's card then shows what was true then. */
  published?: string | null;
}

interface ProtocolMap {
  /** content -> background: the mentions in the page's text (the text side of a scan, lib/match/mentions.ts). */
  findMentions(request: v.InferOutput<typeof FindMentionsSchema>): FoundMentions;
  /** content -> background: the full entry for a tooltip. */
  getEntry(id: string): Entry | null;
  /** content -> background: a card was opened on this page (lib/platform/history.ts); answers when the term was last read before. */
  noteRead(request: v.InferOutput<typeof NoteReadSchema>): string | null;
  /** content -> background: how many terms this page has, for the badge. */
  reportCount(count: number): void;
  /** popup -> content: the terms found on this page, in article order. */
  getPageTerms(): PageReport;
  /** background -> content: the page's site (only the page knows its address), for the keyboard switch. */
  getPageSite(): string | null;
  /** popup -> content: scroll to the first mention of a term and flash it. */
  revealTerm(id: string): boolean;
  /** background -> content: a keyboard command moved to the next (1) or previous (-1) marked term. */
  moveTerm(step: 1 | -1): boolean;
}

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();

export const EntryIdSchema = v.pipe(v.string(), v.regex(/^[a-z0-9-]{1,80}$/));
export const CountSchema = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(100000));

export const StepSchema = v.picklist([1, -1]);

export const NoteReadSchema = v.object({ id: EntryIdSchema, title: v.pipe(v.string(), v.maxLength(1000)) });

export const FindMentionsSchema = v.object({ text: PageTextSchema, selection: SelectionSchema });
