import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** What every key starts with, so that a key is recognisable in a config file, a diff or a secret scanner. */
export const KEY_PREFIX = 'pgk_';
/** Random bytes in a key: 256 bits, written as 43 base64url characters. */
const KEY_BYTES = 32;
/** The part of a key kept in clear to find its row and to show who a key is: `pgk_` and 8 random characters. */
const SHOWN_LENGTH = KEY_PREFIX.length + 8;
const WELL_FORMED = /^pgk_[A-Za-z0-9_-]{43}$/;

/** A fresh key: `pgk_` and 32 random bytes in base64url. Shown once to its owner; only its digest is stored. */
export function generateKey(): string {
  return KEY_PREFIX + randomBytes(KEY_BYTES).toString('base64url');
}

/** Whether `key` has the shape of a key this API hands out (not whether it is valid). */
export const isWellFormedKey = (key: string): boolean => WELL_FORMED.test(key);

/**
 * The non-secret prefix of a key: it finds the key's row and names the key in lists and logs. It shows 48 of the
 * key's 256 random bits; the other 208 are still far beyond guessing.
 */
export const keyPrefixOf = (key: string): string => key.slice(0, SHOWN_LENGTH);

/**
 * The digest stored for a key: SHA-256, hex. A plain fast hash is enough here, unlike for passwords: a key is 256
 * random bits, not something a person chose, so no dictionary helps and a leaked digest cannot be reversed by trying
 * keys (2^208 unknown bits even with the prefix). A slow hash (bcrypt, scrypt) would only make every request slower.
 */
export const digestKey = (key: string): string => createHash('sha256').update(key, 'utf8').digest('hex');

/** Whether `key` is the key of `storedDigest`, compared in constant time (no timing tells how much of it matched). */
export function keyMatches(key: string, storedDigest: string): boolean {
  const expected = Buffer.from(storedDigest, 'hex');
  const actual = Buffer.from(digestKey(key), 'hex');
  return expected.length === actual.length && timingSafeEqual(expected, actual);
}
