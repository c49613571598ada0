/** @type {import('jest').Config} */

// ESM-only packages used by src/ingest (franc and its helpers): jest's CommonJS loader cannot run them as published,
// so ts-jest transpiles them to CommonJS. Node itself loads them through require(esm) (Node >= 20.19).
const ESM_PACKAGES = ['franc', 'trigram-utils', 'n-gram', 'collapse-white-space'];

module.exports = {
  preset: 'ts-jest',
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  setupFiles: ['reflect-metadata'],
  // Says up front, in one line, when a machine lacks Chromium for the browser tests.
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  transform: {
    // Transpile only: the types are checked once, by `npm run check` (tsc over src, test, scripts and bench); ts-jest's
    // own type-check of every file it loads cost CPU on every cold run (the reading code, loaded on a test server's first
    // submission: 3.6 s against 2.0 s transpiled, on a quiet machine; the whole SQLite suite 420 s against 355 s).
    '^.+\\.ts$': ['ts-jest', { tsconfig: { isolatedModules: true } }],
    '^.+\\.js$': ['ts-jest', { tsconfig: { allowJs: true, isolatedModules: true } }],
  },
  transformIgnorePatterns: [`/node_modules/(?!(${ESM_PACKAGES.join('|')})/)`],
  // Suites share one machine of 2 cores; the browser and HTTP suites start servers.
  maxWorkers: 2,
  testTimeout: 30000,
};
