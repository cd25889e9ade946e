// Backstory on one page, from its first glance on. The page's text at a glance goes to the
// background (page-gate.ts); only a page that names a term, on a site where Backstory is on, is read:
// then the reader (annotator.ts, its own script, loaded into the page on first need) reads and marks
// it. A page that names nothing is watched for a story that arrives later. Asking for the page's
// terms (the popup, a keyboard command) reads it anyway. entrypoints/page.ts wires the
// messages in.
import type { Annotator } from './annotator';
import { PageGate } from './page-gate';
import type { Settings } from '../settings/settings';
import { isSiteEnabled } from '../settings/sites';

export interface SessionDeps {
  win: Window;
  /** The background's answer to the page's text at a glance (null: too long to glance at). */
  glance(text: string | null): Promise<{ settings: Settings; enabled: boolean; names: boolean }>;
  /** The reader's script loaded into the page, and the reader made. */
  reader(): Promise<Annotator>;
  /** Tells the toolbar that Backstory is off on this site. */
  reportOff(): void;
}

export class PageSession {
  private settings: Settings | null = null;
  /** Whether Backstory is on for this site, as the background saw it at the last glance. */
  private enabledAtGlance = true;
  /** Whether the page is read: it named a term, or its terms were asked for. */
  private named = false;
  private alive = true;
  private annotator: Annotator | null = null;
  private loading: Promise<Annotator> | null = null;
  private readonly gate: PageGate;

  constructor(private readonly deps: SessionDeps) {
    this.gate = new PageGate({
      win: deps.win,
      ask: async (text) => {
        const answer = await deps.glance(text);
        this.settings = answer.settings;
        this.enabledAtGlance = answer.enabled;
        return answer.names;
      },
      onNames: () => this.read(),
    });
  }

  /** The first glance: the page is read if it names a term and Backstory is on there. */
  async start(): Promise<void> {
    // (A popup that asked meanwhile has had the page read.)
    this.named = (await this.gate.check()) || this.named;
    if (this.settings) this.apply(this.settings, true);
  }

  /** New settings (`first`: those of the first glance, whose answer said whether the site is on). */
  apply(next: Settings, first = false): void {
    if (!this.alive) return;
    this.settings = next;
    if (!(first ? this.enabledAtGlance : isSiteEnabled(this.deps.win.location.href, next))) {
      this.gate.stop();
      if (this.annotator?.running) this.annotator.stop();
      // The toolbar shows the site as off (after the first glance, the background saw to it).
      else if (!first) this.deps.reportOff();
    } else if (this.named) {
      this.gate.stop();
      // Settings that changed while the reader loaded are applied by their own call.
      this.reader().then((a) => this.alive && this.settings === next && a.start(next), (err) => console.warn('Backstory: the reader did not load', err));
    } else {
      this.gate.watch();
      // Other settings may show a term the page names (household names, a category shown again).
      if (!first) this.gate.check().then((names) => names && this.read(), () => {});
    }
  }

  /** The page read now, for what asks for its terms: the reader, once its article scan has ended. */
  async wake(): Promise<Annotator> {
    if (!this.named) this.read();
    const reader = await this.reader();
    await reader.scanned();
    return reader;
  }

  stop(): void {
    this.alive = false;
    this.gate.stop();
    this.annotator?.stop();
  }

  private read(): void {
    this.named = true;
    this.gate.stop();
    if (this.settings) this.apply(this.settings);
  }

  private reader(): Promise<Annotator> {
    this.loading ??= this.deps.reader().then(
      (a) => (this.annotator = a),
      (err) => {
        this.loading = null; // the next need tries again
        throw err;
      },
    );
    return this.loading;
  }
}
