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
    '^.+\\.ts$': 'ts-jest',
    '^.+\\.js$': ['ts-jest', { tsconfig: { allowJs: true }, isolatedModules: true }],
  },
  transformIgnorePatterns: [`/node_modules/(?!(${ESM_PACKAGES.join('|')})/)`],
  // Suites share one machine of 2 cores; the browser and HTTP suites start servers.
  maxWorkers: 2,
  testTimeout: 30000,
};
