// The card's styles, applied as a constructed stylesheet in its shadow root: no <style> element is
// added to the page, and strict style-src policies do not block it.
export const CARD_CSS = `
:host { all: initial; }
.card {
  --bg: #ffffff; --fg: #1b1b1f; --muted: #52525b; --accent: #0b57d0; --border: #d4d4d8;
  box-sizing: border-box; width: min(360px, calc(100vw - 16px));
  max-height: min(420px, var(--bs-max-height, calc(100vh - 16px)));
  overflow: auto; padding: 12px 14px; border: 1px solid var(--border); border-radius: 10px;
  background: var(--bg); color: var(--fg); box-shadow: 0 6px 24px rgba(0,0,0,.18);
  font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; text-align: start;
}
.dark .card, .card.dark { --bg: #1f2024; --fg: #ececf1; --muted: #b4b4bd; --accent: #8ab4f8; --border: #3f3f46; }
@media (prefers-color-scheme: dark) { .auto .card { --bg: #1f2024; --fg: #ececf1; --muted: #b4b4bd; --accent: #8ab4f8; --border: #3f3f46; } }
header { position: relative; padding-inline-end: 56px; }
h2 { margin: 2px 0 6px; font-size: 16px; line-height: 1.3; }
.category { font-size: 12px; text-transform: uppercase; letter-spacing: .04em; color: var(--muted); }
.controls { position: absolute; inset-inline-end: -4px; top: -4px; display: flex; gap: 2px; }
.close, .pin { border: 0; background: none; color: var(--muted); font-size: 18px; line-height: 1; cursor: pointer;
  padding: 4px 6px; border-radius: 4px; }
.pin[aria-pressed="true"] { color: var(--accent); }
.back { border: 0; background: none; color: var(--accent); padding: 0 0 4px; cursor: pointer; font: inherit; font-size: 12px; }
button:focus-visible, a:focus-visible, .card:focus-visible { outline: 2px solid var(--accent); outline-offset: 2px; }
.then-now span { display: block; }
.timeline li.after { color: var(--muted); }
.after-label { display: block; margin: 4px 0 2px; padding-top: 4px; border-top: 1px solid var(--border); color: var(--accent);
  font-size: 11px; font-weight: 600; letter-spacing: .04em; text-transform: uppercase; }
.since-read { margin: 0 0 8px; padding: 4px 6px; border: 1px solid var(--border); border-radius: 4px; font-size: 12px; }
.also { margin: 0 0 8px; font-size: 12px; }
.also ul { margin: 2px 0 0; padding-inline-start: 16px; }
.since-read ul { margin: 2px 0 0; padding-inline-start: 16px; }
.stale { margin: 0 0 8px; padding: 4px 6px; border-left: 3px solid var(--accent); font-size: 12px; }
.related { display: flex; flex-wrap: wrap; gap: 4px; margin: 0 0 8px; }
.related button { font: inherit; font-size: 12px; color: var(--accent); background: none; border: 1px solid var(--border);
  border-radius: 999px; padding: 2px 8px; cursor: pointer; }
.summary { margin: 0 0 8px; }
.status { margin: 0 0 8px; }
.timeline { margin: 0 0 8px; padding-inline-start: 18px; color: var(--fg); }
.timeline li { margin: 2px 0; }
time { font-weight: 600; }
footer { display: flex; flex-direction: column; gap: 2px; font-size: 12px; color: var(--muted); }
a { color: var(--accent); }
@media (prefers-reduced-motion: no-preference) { .card { animation: bs-in 120ms ease-out; } }
@keyframes bs-in { from { opacity: 0; transform: translateY(2px); } to { opacity: 1; transform: none; } }
`;
