// Moved to harness/browser.ts (shared by tests, tools and benchmarks); this re-export goes once the
// last importers move.
export * from '../../harness/browser';
