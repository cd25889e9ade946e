// The whole message protocol between the extension's contexts, typed both ways. Whatever arrives
// in the background from another context is checked at runtime before use (message-schemas.ts);
// the content script, which hears only its own extension, checks the two values it is sent by hand
// (entrypoints/page.ts), so no page loads the schema library.
import { defineExtensionMessaging } from '@webext-core/messaging';
import type * as v from 'valibot';
import type { Entry } from '../dataset/schema';
import type { FoundMentions } from '../match/mentions';
import type { InjectedScript } from './injected';
import type { GlanceAnswer } from './page-handle';
import type { FindMentionsSchema, GlanceSchema, NoteReadSchema, TextPartSchema } from './message-schemas';

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

export interface ProtocolMap {
  /**
   * content -> background: the page's text at a glance (lib/content/read/glance.ts) after its first,
   * which the background collected itself (lib/platform/page-handle.ts): the page changed, or a long
   * page's next part. Answers the reader's settings, read and checked there (the page loads no schema
   * library), and whether the text names any term they show (lib/match/glance.ts): if not, the page
   * is not read. `enabled`: whether Backstory runs on the asking frame's site, by its address.
   */
  glance(request: v.InferOutput<typeof GlanceSchema>): GlanceAnswer;
  /** content -> background: put the reader's or the card's code (injected.ts) into the asking frame; true once it is there. */
  loadScript(script: InjectedScript): boolean;
  /** content -> background: the mentions in the page's text (the text side of a scan, lib/match/mentions.ts). */
  findMentions(request: v.InferOutput<typeof FindMentionsSchema>): FoundMentions;
  /** content -> background: part of a long page's text, sent ahead of its findMentions (lib/match/page-parts.ts). */
  sendText(part: v.InferOutput<typeof TextPartSchema>): boolean;
  /** content -> background: the full entry for a tooltip. */
  getEntry(id: string): Entry | null;
  /** content -> background: a card was opened on this page (lib/platform/history.ts); answers when the term was last read before. */
  noteRead(request: v.InferOutput<typeof NoteReadSchema>): string | null;
  /** content -> background: how many terms this page has, for the badge. */
  reportCount(count: number): void;
}

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();
