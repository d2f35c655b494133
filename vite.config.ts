import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [sveltekit()],
  test: {
    include: ['src/**/*.test.ts', 'tests/**/*.test.ts'],
    exclude: ['tests/e2e/**'],
    // Some tests build every guide page or run thousands of generated families: seconds, not a budget.
    testTimeout: 30_000,
    globalSetup: ['tests/build-node.ts'],
  },
});
