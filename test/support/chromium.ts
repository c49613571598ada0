import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** Where the browser tests look for Chromium: `CHROMIUM_PATH`, else Debian's package. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/** True when a Chromium is where the browser tests look for it. */
export const hasChromium = (): boolean => existsSync(CHROMIUM_PATH);

/** The one line that says why the browser tests cannot run, and the fix. */
export const MISSING_CHROMIUM =
  `The browser tests need Chromium, which is not at ${CHROMIUM_PATH}: install it with ` +
  '`apt-get install -y chromium`, or set CHROMIUM_PATH to a Chromium elsewhere.';

/** An error for a test to fail with when Chromium is missing: its message only, no stack trace. */
export function missingChromium(): Error {
  const error = new Error(MISSING_CHROMIUM);
  error.stack = MISSING_CHROMIUM;
  return error;
}

/**
 * Launches headless Chromium for a browser test, offline: no background networking (this machine's closed network
 * would refuse it, many connections at a time), no component updates, no sync.
 */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      '--no-sandbox',
      '--disable-background-networking',
      '--disable-gpu',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/**
 * `describe` for a suite that drives Chromium: the suite itself when Chromium is there, else one failing test that
 * says what to install (and nothing that would fail with a stack trace).
 */
export function describeInChromium(name: string, suite: () => void): void {
  if (hasChromium()) return describe(name, suite);
  describe(name, () => {
    it('runs in Chromium', () => {
      throw missingChromium();
    });
  });
}
