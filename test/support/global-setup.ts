import { hasChromium, MISSING_CHROMIUM } from './chromium';

/** Runs once before the suite: says up front, in one line, what a machine lacks for some tests to pass. */
export default function globalSetup(): void {
  if (!hasChromium()) process.stderr.write(`\n✖ ${MISSING_CHROMIUM}\n\n`);
}
