import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

export default ts.config(
  js.configs.recommended,
  ...ts.configs.recommended,
  ...svelte.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: {
      parserOptions: {
        projectService: true,
        extraFileExtensions: ['.svelte'],
        parser: ts.parser,
        svelteConfig,
      },
    },
  },
  {
    // The law core and the pure modules around it (the file, the law's words, the interview, the use
    // cases): no I/O, no clock, no framework. They run unchanged in Node and in a browser bundle.
    files: [
      'src/lib/law/**/*.ts',
      'src/lib/dossier/**/*.ts',
      'src/lib/law-text/**/*.ts',
      'src/lib/interview/**/*.ts',
      'src/lib/usecases/**/*.ts',
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: ['node:*', 'fs', 'path', '$app/*', '$lib/server/*', 'svelte', '@sveltejs/*'] },
      ],
      'no-restricted-globals': [
        'error',
        ...['process', 'Buffer', 'fetch', 'require', 'XMLHttpRequest', 'localStorage'].map(
          (name) => ({ name, message: 'A pure module does no I/O: take what it needs as input.' }),
        ),
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: 'A pure module has no clock: take the date as input.',
        },
        {
          selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
          message: 'A pure module has no clock: take the date as input.',
        },
      ],
    },
  },
  { ignores: ['build/', '.svelte-kit/', 'node_modules/', 'test-results/'] },
);
