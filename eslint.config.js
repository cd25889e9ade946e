import tseslint from 'typescript-eslint';

const NO_TOOLS = { group: ['**/entrypoints/**', '**/scripts/**', '**/tests/**', '**/bench/**', '**/harness/**'], message: 'lib/ is the product: it imports nothing from entrypoints, tools or tests.' };
const NO_BROWSER = {
  group: ['wxt', 'wxt/**', 'webextension-polyfill', '@webext-core/**', 'preact', 'preact/**', '@floating-ui/**'],
  message: 'Pure code runs anywhere (Node too): no extension API, no UI.',
};
const NO_SIDES = {
  group: ['**/content/**', '**/background/**', '**/platform/**', '**/ui/**', '**/card/**', '**/scan'],
  message: 'Pure code imports nothing from the content side, the background, the plumbing or the UI.',
};
// The content script runs on every page: it never loads the dictionary, the matcher or the NLP
// library (the background holds them); it may name their types.
const NO_DICTIONARY = {
  group: ['compromise', '**/generated/**', '**/match/*', '!**/match/page-text', '!**/match/page-limits', '!**/match/page-parts', '**/dataset/compile', '**/dataset/inflect', '**/dataset/validate', '**/background/**', '**/ui/**', '**/scan'],
  allowTypeImports: true,
  message: 'The content side never loads the dictionary, the matcher or compromise (types only), nor background or extension-page code.',
};
// What runs at every page's start is only what every page needs (the reading, the marks, the
// pointer): the card's view and positioning come in their own script when the first card opens
// (lib/content/card-slot.ts), settings and validation from the background. Types are free.
const PAGE_START = {
  group: [
    'preact', 'preact/**', '@floating-ui/**', 'valibot', 'webextension-polyfill', 'wxt/utils/storage', '@wxt-dev/storage',
    '**/platform/browser', '**/platform/message-schemas', '**/platform/settings-store', '**/platform/history', '**/settings/settings', '**/match/page-text',
    '**/card/tooltip', '**/card/host', '**/card/placement', '**/card/Card', '**/card/trail', '**/card/card-css', '**/card/format',
  ],
  allowTypeImports: true,
  message: "Not at the page's start: the card loads on first use (lib/content/card-slot.ts), settings and schemas stay in the background.",
};

// What a page that names no term never loads: the reader, injected once the glance finds a term
// (lib/content/session.ts). The page's start is the content script's entry, the session, the gate and the glance.
const READER = {
  group: [
    '**/annotator', '**/scan-loop', '**/marks', '**/pointer', '**/card-slot', '**/page-terms', '**/slices', '**/read-page', '**/article',
    '**/regions', '**/blocks', '**/prose-map', '**/published', '**/paint/**', '**/card/**',
  ],
  allowTypeImports: true,
  message: "Not at the page's start: the reader loads once the page names a term (lib/content/session.ts).",
};
const START_FILES = ['entrypoints/page.ts', 'lib/content/session.ts', 'lib/content/page-gate.ts', 'lib/content/read/glance.ts'];

const NO_TESTS = { group: ['**/tests/**'], message: 'Tools, benchmarks and the harness never import the tests: what they share is in harness/.' };
const NO_COMMANDS = { group: ['**/scripts/**', '**/bench/**'], message: 'Tests and the harness import harness/ (and lib/), never the command-line tools or benchmarks.' };

const WALLS = [
  { files: ['lib/**'], bans: [NO_TOOLS] },
  { files: ['lib/text/**', 'lib/match/**', 'lib/dataset/**', 'lib/settings/**'], bans: [NO_TOOLS, NO_BROWSER, NO_SIDES] },
  { files: ['lib/content/**', 'entrypoints/page.ts'], ignores: ['lib/content/card/**'], bans: [NO_TOOLS, NO_DICTIONARY, PAGE_START] },
  { files: ['lib/content/card/**'], bans: [NO_TOOLS, NO_DICTIONARY] },
  { files: ['lib/content/read/**'], bans: [NO_TOOLS, NO_DICTIONARY, PAGE_START, NO_BROWSER] },
  { files: START_FILES, ignores: ['lib/content/read/**'], bans: [NO_TOOLS, NO_DICTIONARY, PAGE_START, READER] },
  { files: ['lib/content/read/glance.ts'], bans: [NO_TOOLS, NO_DICTIONARY, PAGE_START, NO_BROWSER, READER] },
  { files: ['scripts/**', 'bench/**'], bans: [NO_TESTS] },
  { files: ['tests/**', 'harness/**'], bans: [NO_COMMANDS] },
  { files: ['harness/**'], bans: [NO_COMMANDS, NO_TESTS] },
];

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'lib/generated/**', 'demo-output/**', 'bench-output/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      // Backstory never turns strings into markup: no HTML sinks anywhere (Trusted Types pages stay whole).
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Build nodes or use Preact; never assign HTML strings.' },
        { property: 'outerHTML', message: 'Build nodes or use Preact; never assign HTML strings.' },
        { property: 'insertAdjacentHTML', message: 'Build nodes or use Preact; never assign HTML strings.' },
        { object: 'document', property: 'write', message: 'Never write markup into a page.' },
        { property: 'createContextualFragment', message: 'Never parse markup into a page.' },
      ],
      'no-restricted-syntax': ['error', { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Render text as text.' }],
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
    },
  },
  {
    // Small enough to hold in one's head: a file of the product fits on a few screens, a function on one.
    files: ['lib/**/*.{ts,tsx}', 'entrypoints/**/*.{ts,tsx}'],
    rules: {
      'max-lines': ['error', { max: 250 }],
      'max-lines-per-function': ['error', { max: 80 }],
    },
  },
  // The walls between where code runs (README, "Project layout"). Each folder gets one rule with all
  // of its bans, since a later rule for the same files replaces an earlier one.
  ...WALLS.map(({ files, ignores, bans }) => ({
    files,
    ...(ignores ? { ignores } : {}),
    rules: {
      'no-restricted-imports': 'off',
      '@typescript-eslint/no-restricted-imports': ['error', { patterns: bans }],
    },
  })),
  {
    // Tests and tools read serialisations of pages to compare them; they never write them.
    files: ['tests/**', 'scripts/**', 'bench/**', 'harness/**'],
    rules: { 'no-restricted-properties': 'off' },
  },
);
