// ESLint flat config: typescript-eslint for .ts, eslint-plugin-svelte for .svelte (https://sveltejs.github.io/eslint-plugin-svelte/user-guide/).
import js from '@eslint/js';
import ts from 'typescript-eslint';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';

export default ts.config(
  { ignores: ['dist/', 'node_modules/', 'test-results/', 'playwright-report/', 'bench/out/'] },
  js.configs.recommended,
  ...ts.configs.recommended,
  ...svelte.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { args: 'none', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      '@typescript-eslint/no-unused-expressions': ['error', { allowShortCircuit: true, allowTernary: true }],
      '@typescript-eslint/no-explicit-any': 'off',
      // Plain Map / Set / URLSearchParams / Date are used on purpose as non-reactive caches and values.
      'svelte/prefer-svelte-reactivity': 'off',
    },
  },
  {
    // reference vectors are written with every digit their source printed
    files: ['tests/**'],
    rules: { 'no-loss-of-precision': 'off' },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: { parserOptions: { parser: ts.parser, extraFileExtensions: ['.svelte'] } },
  },
);
