import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'dist/',
      '.test-build/',
      'coverage/',
      'data/',
      'node_modules/',
      '.scratch/',
      'examples/generated/',
      'test-artifacts/',
      '*.js',
      'web/dist/',
      // Written by GraphQL Code Generator (npm run codegen -w web); `npm run check` verifies it is up to date.
      'web/src/generated/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // The web explorer: browser code, React hooks rules.
    files: ['web/src/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    ...reactHooks.configs.flat.recommended,
  },
);
