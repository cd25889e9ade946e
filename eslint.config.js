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
    // Tests and tools read serialisations of pages to compare them; they never write them.
    files: ['tests/**', 'scripts/**', 'bench/**'],
    rules: { 'no-restricted-properties': 'off' },
  },
);
