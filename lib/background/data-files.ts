// The dataset and the dictionary ship as data files in the package, not inside the background's
// script: several megabytes of JSON are read faster as JSON than as code, and a script that size is
// more than the store's linter will parse. The build copies each from lib/generated/ (written by
// npm run data) to its place here (wxt.config.ts); the background reads each once, when first needed.
export const DATA_FILES = {
  /** Full entries, for the cards and the reading history. */
  entries: 'data/entries.json',
  /** The English aliases' index, for pages declared English. */
  core: 'data/matcher-core.json',
  /** Every language's aliases. */
  all: 'data/matcher.json',
} as const;
