import { Writable } from 'node:stream';
import pino from 'pino';

type AnyRecord = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** A pino logger (at info unless told) whose JSON lines land in `lines` (tests read what the server logged). */
export function capturingLogger(lines: AnyRecord[], level = 'info') {
  const sink = new Writable({
    write(chunk, _encoding, done) {
      for (const line of String(chunk).split('\n').filter(Boolean)) lines.push(JSON.parse(line));
      done();
    },
  });
  return pino({ level }, sink);
}
