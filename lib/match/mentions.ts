// The text side of a scan: a page's blocks of text in, the mentions to list and to mark out. It
// touches no DOM, so it runs where its code and dictionary stay warm from page to page: the
// extension's background answers each content script with it (lib/content/annotator.ts), and the
// command-line tools run it in process (lib/scan.ts).
import type { CompiledIndex, IndexEntry } from '../dataset/compile';
import { datelinePlaced, inDateline } from '../text/dateline';
import { guessPageLanguage } from '../text/language';
import { aliasKey } from '../text/normalize';
import { restatements } from './apposition';
import { decide, Paragraph, ruledOutOnPage } from './disambiguate';
import { definedElsewhere } from './acronyms';
import { beganAfter, betweenCapitals, inLanguageList, inLongerName, NAMED } from './evidence';
import { caseBlind, caseOnlyIn } from './letter-case';
import { capitalisedInName, citedAuthor, tailOfName, wordAtStart } from './name-tails';
import { namedAfterPeople, workTitles } from './work-titles';
import { preferPlain } from './overlaps';
import { clubCities } from './clubs';
import { givenNames } from './given-names';
import { ofDescent } from './descent';
import { inPlaceList } from './place-list';
import { heldMentions, namesHeld, namesInRuledOut, type Held } from './held';
import type { AliasInfo, Match, Matcher } from './matcher';
import { tellings } from './told';
import { entryWords } from './entry-words';
import { namesakes } from './namesakes';
import { usTownNames } from './us-towns';
import { nameQuestion, othersOnly, surnameQuestion, titled, type NameCheck, type NameQuestion } from './names';
import { othersInitials } from './initials';
import { cityNotState } from './seats';
import { feared, notMade } from './told-made';
import type { PageText, SelectionOptions } from './page-text';

export type { PageText, SelectionOptions } from './page-text';

const DEFAULT_SELECTION: SelectionOptions = { density: 'first', includeCommon: false, hiddenCategories: [] };
/** What happens in a place, and may be named after it: an event, a summit, a treaty. */
const EVENTS: ReadonlySet<string> = new Set(['event', 'summit', 'treaty']);

/** A mention by its block's number and its offsets in the block's text. */
export interface FoundMention {
  block: number;
  start: number;
  end: number;
  /** The entry's id. */
  id: string;
  inArticle: boolean;
  highlighted: boolean;
  /** How many of the page's mentions this one stands for, when the list was shortened for the page (see forThePage). */
  count?: number;
}

export interface FoundMentions {
  mentions: FoundMention[];
  /** Questions the name check could not answer yet; their mentions are left out until it can. */
  questions: NameQuestion[];
  /** The day the background dated the page by (its dateline), when the page's metadata gave none. */
  published?: string;
}

/** The aliases in the text, the sense of each (context rules), and which mentions to mark. */
export function findMentions(
  page: PageText,
  index: CompiledIndex,
  matcher: Matcher,
  selection: SelectionOptions = DEFAULT_SELECTION,
  nameCheck?: NameCheck,
): FoundMentions {
  const { inArticle } = page;
  const lang = page.lang || guessPageLanguage(page.texts);
  const texts = page.texts.map((t) => datelinePlaced(t, (caps) => matcher.findAll(caps, lang).length > 0)); // "DAMASCO -" as "Damasco -"
  const raw: Match[][] = texts.map((t) => preferPlain(matcher.findAll(t, lang), t, matcher, lang));
  const possible = possibleSenses(index, texts, raw, lang, page.published);
  // A one-word alias that only its letter case tells apart, where the text's case says nothing.
  const caseOnly = caseOnlyIn(texts);
  const plainly = (b: number, m: Match, a: AliasInfo) => possible(texts[b], m, a) && !caseOnly(texts[b], m, a);
  const { articleEntries, blockEntries, overruled, ruledOut } = firstPass(page, texts, raw, index, plainly);
  const questions: NameQuestion[] = [];
  const namesAnother = nameCheck ? othersOnly(texts, raw, index, nameCheck, possible, (e) => entryWords(index, e), questions) : { others: new Set<number>(), byFullName: new Set<number>() };
  const restated = restatements(texts, raw, (e) => index.entries[e].category); // "X, also known as Y"
  const mentions: FoundMention[] = [];
  const marked = new Set<number>();
  const shown = shownBy(selection);
  const held: Held[] = [];
  const found = (b: number, start: number, end: number, e: number) => {
    const highlighted = inArticle[b] && shown(index.entries[e]) && (selection.density === 'all' || !marked.has(e));
    if (highlighted) marked.add(e);
    mentions.push({ block: b, start, end, id: index.entries[e].id, inArticle: inArticle[b], highlighted });
  };
  const seenAround = (b: number) => (inArticle[b] && page.story !== false ? articleEntries : blockEntries[b]);
  for (let b = 0; b < texts.length; b++) {
    if (!raw[b].length) continue;
    const text = texts[b];
    const paragraph = new Paragraph(text);
    const seen = seenAround(b);
    for (const [i, m] of raw[b].entries()) {
      if (m.aliases.some((a) => a.block) || restated.has(m)) continue;
      const aliases = m.aliases.filter((a) => possible(text, m, a));
      if (!aliases.length) held.push(...namesInRuledOut(index, matcher, lang, text, b, m, page.published));
      const verdict = aliases.length ? decide(aliases, index.entries, paragraph, seen, m, inPlaceList(text, raw[b], i, aliases, index.entries)) : null;
      if (!verdict) continue;
      const chosen = aliases.find((a) => a.entry === verdict.entry)!;
      if (overruled.has(formOf(chosen)) || ruledOut.has(verdict.entry)) continue;
      // Where case told it apart, the entry needs a context cue or a plain mention elsewhere.
      if (caseOnly(text, m, chosen) && !Number.isFinite(verdict.support) && !seen.has(verdict.entry)) continue;
      const entry = index.entries[verdict.entry];
      // A surname the page gives someone else ("Yair Golan") is theirs, unless a title stands before it
      // ("President Trump", not in headline case, and not where the other is named in full).
      if (namesAnother.others.has(verdict.entry) && !/\s/.test(chosen.text) && (namesAnother.byFullName.has(verdict.entry) || !titled(text, m.start) || caseBlind(text, m.start, m.end))) continue;
      if (nameCheck && entry.category !== 'person' && (NAMED.has(entry.category) || entry.category === 'concept')) {
        // A place's, an organisation's or a concept's one-word name after a first name is a person's
        // ("Mark Cuban", "TAYLOR SWIFT"); while the answer is not known the mention stands (a question is asked).
        const q = surnameQuestion(text, m, chosen, raw[b]);
        const surname = q && nameCheck(q);
        if (surname) continue;
        if (q && surname === undefined) questions.push(q);
      }
      // First names are much the same across the languages Backstory reads ("Rachel Assad da Cunha").
      if (nameCheck && entry.category === 'person') {
        if (!/\s/.test(chosen.text) && othersInitials(text, m.start, raw[b], entryWords(index, verdict.entry), lang, entry.feminine)) continue;
        const q = nameQuestion(text, m.start, m.end, chosen, entryWords(index, verdict.entry));
        const another = q && nameCheck(q);
        if (another) continue;
        if (q && another === undefined) {
          questions.push(q);
          continue;
        }
      }
      found(b, m.start, m.end, verdict.entry);
      held.push(...namesHeld(index, matcher, lang, text, b, m, verdict.entry));
    }
  }
  // The names inside longer ones, once every name standing alone is decided (lib/match/held.ts); then
  // all in reading order, a longer name before the names it holds (the sort is stable).
  mentions.push(...heldMentions(held, { index, texts, inArticle, published: page.published, seenAround, caseOnly, shown, marked, overruled: (a) => overruled.has(formOf(a)) }));
  // Events told by what happened and to whom, not named ("the Syrian conflict"; lib/match/told.ts).
  const told = tellings(texts, raw, index, plainly, page.published);
  for (const t of told) found(t.block, t.start, t.end, t.entry);
  if (held.length || told.length) mentions.sort((x, y) => x.block - y.block || x.start - y.start || y.end - x.end);
  return { mentions, questions };
}

/**
 * What the page cannot mean: an entry begun after the page was published, the end of another's name
 * ("the Baltic Sea Allies Summit in Helsinki"), a work's title (“Cold War”), a name inside a longer
 * proper name ("Shakhtar Donetsk", "New Swift Hybrid"), an author in a list of references
 * ("Bairey-Merz CN, et al."), a state by its capital where the capital is the place ("arrived in Beijing").
 */
function possibleSenses(index: CompiledIndex, texts: string[], raw: Match[][], lang: string, published?: string) {
  const workTitle = workTitles(texts, raw);
  const [towns, people] = [usTownNames(texts), namedAfterPeople(texts)];
  const club = clubCities(texts, raw);
  const given = givenNames(texts, raw, lang, (m) => m.aliases.some((a) => index.entries[a.entry].category === 'place'));
  return (text: string, m: Match, a: AliasInfo): boolean => {
    const entry = index.entries[a.entry];
    if (beganAfter(entry, published) || tailOfName(text, m.start, a.text) || workTitle(text, m.start, m.end, a.entry)) return false;
    // A place's adjective capitalised mid-sentence is inside a name; a policy's noun so written is its name ("названі Перебудовою").
    if (NAMED.has(entry.category) && capitalisedInName(text, m.start, a.text, lang)) return false;
    if (wordAtStart(text, m.start, m.end, lang)) return false;
    if ((a.ambiguous && (entry.category === 'treaty' || entry.category === 'summit') && notMade(text, m.start)) || (EVENTS.has(entry.category) && feared(text, m.start, entry))) return false;
    if (towns.size && NAMED.has(entry.category) && towns.has(aliasKey(text.slice(m.start, m.end)))) return false;
    if (entry.category === 'place' && (inLanguageList(text, m.start, m.end) || ofDescent(text, m.end) || club(text, m.start, m.end) || given(text, m))) return false;
    if (entry.category === 'person' && (citedAuthor(text, m.end) || people.has(aliasKey(text.slice(m.start, m.end))))) return false;
    if (a.seat && (inDateline(text, m.start, m.end) || cityNotState(text, m.start, m.end, lang))) return false;
    // A dateline's place is where the story was filed from, not what happened there ("HELSINKI (AP) —"; see told-filed.ts).
    if (a.ambiguous && EVENTS.has(entry.category) && inDateline(text, m.start, m.end)) return false;
    if (a.ambiguous && entry.category !== 'event' && !/\s/.test(a.text) && betweenCapitals(text, m.start, m.end)) return false;
    return !(NAMED.has(entry.category) && inLongerName(text, m.start, m.end, entry.category === 'organization', entry.category === 'person'));
  };
}

/** Whether the reader's settings show an entry: its tier and category. */
function shownBy(selection: SelectionOptions): (e: IndexEntry) => boolean {
  const hidden = new Set(selection.hiddenCategories);
  return (e) => (e.tier === 'core' || selection.includeCommon) && !hidden.has(e.category);
}

interface FirstPass {
  /** The entries the article names unambiguously, and those each block does. */
  articleEntries: Set<number>;
  blockEntries: Set<number>[];
  /** Forms of entries ("<entry> <alias key>", see formOf) whose occurrences mostly sit inside a phrase that means something else, or that the page spells out as something else. */
  overruled: Set<string>;
  /** The entries the words around their names rule out page-wide (see ruledOutOnPage), and the people the page calls someone's namesake. */
  ruledOut: Set<number>;
}

/**
 * The entries mentioned unambiguously: context for the rest. The story's other terms speak for a
 * mention in the story; a teaser or a rail speaks for itself (a home page's "Russia" says nothing of
 * the "Georgia" two stories down, nor does a page of many).
 */
function firstPass(page: PageText, texts: string[], raw: Match[][], index: CompiledIndex, plainEvidence: (block: number, m: Match, a: AliasInfo) => boolean): FirstPass {
  const articleEntries = new Set<number>();
  const blockEntries: Set<number>[] = raw.map(() => new Set());
  const blocked: string[] = [];
  const plainCount = new Map<string, number>();
  for (let b = 0; b < raw.length; b++) {
    for (const m of raw[b]) {
      // A phrase written in two cases in the data ("Kyiv Oblast", "Kyiv oblast") is one occurrence; a
      // place named after the entry's ("Kyiv Oblast") says nothing of its bare name.
      for (const form of new Set(m.aliases.filter((a) => a.block && !a.namesake).map(formOf))) blocked.push(` ${form} `);
      for (const a of m.aliases) if (!a.block) plainCount.set(formOf(a), (plainCount.get(formOf(a)) ?? 0) + 1);
      const plain = m.aliases.find((a) => !a.ambiguous && !a.block);
      if (plain && plainEvidence(b, m, plain)) {
        blockEntries[b].add(plain.entry);
        if (page.inArticle[b]) articleEntries.add(plain.entry);
      }
    }
  }
  // One sense per page: where most occurrences of a form sit inside a phrase that means something
  // else ("Taiwan Semiconductor" nine times, a truncated "Taiwan Semiconduct…" once), the rest
  // are taken to mean that too. Form by form: two "Chinese Simplified" in a menu of languages say
  // nothing of the page's one "China".
  const overruled = new Set<string>();
  for (const [form, n] of plainCount) {
    const entry = form.slice(0, form.indexOf(' ') + 1);
    // A phrase that ends with the form only qualifies it ("nova Guerra Fria", "a new Cold War"): it says nothing of the bare form.
    const inside = blocked.filter((phrase) => phrase.startsWith(` ${entry}`) && phrase.includes(` ${form.slice(entry.length)} `) && !phrase.endsWith(` ${form.slice(entry.length)} `)).length;
    if (inside > n) overruled.add(form);
  }
  // An acronym the page spells out as something else ("Certified Internal Auditor (CIA)") is that, page-wide.
  for (const form of definedElsewhere(texts, raw, (e) => entryWords(index, e))) overruled.add(form);
  return { articleEntries, blockEntries, overruled, ruledOut: new Set([...ruledOutOnPage(texts, raw, index.entries), ...namesakes(texts, raw, index)]) };
}

/** An entry's form as the one-sense rule counts it: "<entry> <alias key>". */
const formOf = (a: AliasInfo) => `${a.entry} ${aliasKey(a.text)}`;

/**
 * What a page keeps of its mentions (lib/content/page-terms.ts): the marked ones, and the first of
 * each term in the article and out of it, counting the rest. A long page names common terms
 * thousands of times; receiving them all would cost the page more than reading its text.
 */
export function forThePage(mentions: readonly FoundMention[]): FoundMention[] {
  const first = new Map<string, FoundMention & { count: number }>();
  const kept: FoundMention[] = [];
  for (const m of mentions) {
    const key = `${m.inArticle ? 1 : 0} ${m.id}`;
    const f = first.get(key);
    if (!f) {
      const stands = { ...m, count: 1 };
      first.set(key, stands);
      kept.push(stands);
    } else {
      f.count++;
      if (m.highlighted) kept.push({ ...m, count: 0 });
    }
  }
  return kept;
}
