// The scripts the background puts into a frame's isolated world when they are first needed
// (lib/background/page-service.ts): the reader (entrypoints/reader.ts) once the page names a term
// (with the answer to its glance, or when the page asks for it), the card (entrypoints/card.ts)
// once a card is about to open. Each leaves the class it brings on a global of that world, which
// pages cannot see.

export const INJECTED = {
  reader: { file: '/reader.js', global: '__backstoryReader' },
  card: { file: '/card.js', global: '__backstoryCard' },
} as const;

export type InjectedScript = keyof typeof INJECTED;

/** The class an injected script left, or null if the script has not run in this world. */
export function injected<T>(script: InjectedScript): T | null {
  const value = (globalThis as Record<string, unknown>)[INJECTED[script].global];
  return typeof value === 'function' ? (value as T) : null;
}

/** Run by the injected script itself: hands over its class. */
export function handOver(script: InjectedScript, value: unknown): void {
  (globalThis as Record<string, unknown>)[INJECTED[script].global] = value;
}
