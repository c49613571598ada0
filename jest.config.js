/** @type {import('jest').Config} */
module.exports = {
  preset: 'ts-jest',
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  setupFiles: ['reflect-metadata'],
  // Says up front, in one line, when a machine lacks Chromium for the browser tests.
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  // Suites share one machine of 2 cores; the browser and HTTP suites start servers.
  maxWorkers: 2,
  testTimeout: 30000,
};
