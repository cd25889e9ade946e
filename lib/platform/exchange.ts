// The page's side of its talk with the background (lib/platform/page-handle.ts). While the background
// waits on a call of the page's handle, the page's next request (a message's type and data) becomes
// that call's result, and the background's reply comes in as the argument of its next call, which in
// turn waits for the request after. So the read that follows a glance which names a term (the text
// sent, the mentions back, the badge's count) uses no messaging at all. The background stops waiting
// once the page has asked nothing for a while (QUIET_MS); a request made then, or while another is
// being answered, goes as a message (`send`).

/** How long the background waits for the page's next request before it stops. */
export const QUIET_MS = 2000;

export interface Request {
  type: string;
  data: unknown;
}

export class Exchange {
  /** The background's call waiting for the page's next request. */
  private waiting: ((request: Request | null) => void) | null = null;
  /** The page's request being answered. */
  private answering: { resolve(value: unknown): void; reject(error: Error): void } | null = null;
  private timer = 0;

  constructor(
    private readonly win: Window,
    private readonly send: (type: string, data: unknown) => Promise<unknown>,
  ) {}

  /** The background waits for the page's next request: resolves with it, or with null once the page is quiet. */
  next(): Promise<Request | null> {
    this.end();
    return new Promise((resolve) => {
      this.waiting = resolve;
      this.timer = this.win.setTimeout(() => this.end(), QUIET_MS);
    });
  }

  /** The background's reply to the request it was given; resolves with the page's next request. */
  reply(reply: { value?: unknown; error?: string }): Promise<Request | null> {
    const answering = this.answering;
    this.answering = null;
    // Waiting again before the reply is handed on: a request its receiver makes at once goes the same way.
    const next = this.next();
    if (reply.error === undefined) answering?.resolve(reply.value);
    else answering?.reject(new Error(reply.error));
    return next;
  }

  /** A request of the page's: carried back to the background's waiting call, or sent as a message. */
  request(type: string, data: unknown): Promise<unknown> {
    const waiting = this.waiting;
    if (!waiting || this.answering) return this.send(type, data);
    this.waiting = null;
    this.win.clearTimeout(this.timer);
    return new Promise((resolve, reject) => {
      this.answering = { resolve, reject };
      waiting({ type, data });
    });
  }

  /** The background stops waiting (the page is quiet, or stops). */
  end(): void {
    this.win.clearTimeout(this.timer);
    const waiting = this.waiting;
    this.waiting = null;
    waiting?.(null);
  }
}
