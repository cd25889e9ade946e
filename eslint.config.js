import tseslint from 'typescript-eslint';

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
    // The walls: the product's code (lib/) never reaches into the entrypoints, tools or tests.
    files: ['lib/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/entrypoints/**', '**/scripts/**', '**/tests/**', '**/bench/**'], message: 'lib/ is the product: it imports nothing from entrypoints, tools or tests.' }] },
      ],
    },
  },
  {
    // The text side and the DOM reading run in Node as well as in the browser (the scan command, the
    // background): no extension API, no UI, no page-side module.
    files: ['lib/match/**', 'lib/dataset/**', 'lib/text/**', 'lib/dom/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/entrypoints/**', '**/scripts/**', '**/tests/**', '**/bench/**'], message: 'lib/ is the product: it imports nothing from entrypoints, tools or tests.' },
            { group: ['**/page/**', '**/ui/**', 'wxt', 'wxt/**', 'webextension-polyfill', 'preact', 'preact/**'], message: 'The text side and DOM reading stay free of extension APIs, UI and the page side.' },
          ],
        },
      ],
    },
  },
  {
    // Tests and tools read serialisations of pages to compare them; they never write them.
    files: ['tests/**', 'scripts/**', 'bench/**'],
    rules: { 'no-restricted-properties': 'off' },
  },
);
