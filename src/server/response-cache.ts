import { ApolloServerPlugin } from '@apollo/server';
import responseCachePlugin from '@apollo/server-plugin-response-cache';
import { InMemoryLRUCache } from '@apollo/utils.keyvaluecache';
import { DataSource } from 'typeorm';
import { seededFingerprint } from '../seed/load-seeds';
import { Context } from '../schema/context';

/** How long a process trusts the data version it read last (a reseed elsewhere shows after at most this long). */
const VERSION_TTL_MS = 1000;

/**
 * The version of the data: the fingerprint of the seeds the database holds, re-read at most once a second. Every
 * write of data goes through loadSeeds, which changes it, so a cache keyed on it never serves data older than that.
 */
export function dataVersion(dataSource: DataSource): () => Promise<string> {
  let value: string | null = null;
  let readAt = 0;
  let pending: Promise<string> | null = null;
  return async () => {
    if (value !== null && Date.now() - readAt < VERSION_TTL_MS) return value;
    pending ??= seededFingerprint(dataSource)
      .then((fingerprint) => {
        value = fingerprint ?? 'empty';
        readAt = Date.now();
        return value;
      })
      .finally(() => {
        pending = null;
      });
    return pending;
  };
}

/**
 * An in-process cache of whole responses for identical operations (query, variables, operation name), for the
 * public, cacheable answers Apollo's cache-control policy allows, keyed on the data version so that a reseed
 * invalidates it. A cache hit runs no SQL (but the version check once a second).
 */
export function responseCache(dataSource: DataSource, maxBytes = 64 * 1024 * 1024): ApolloServerPlugin<Context> {
  const version = dataVersion(dataSource);
  return responseCachePlugin({
    cache: new InMemoryLRUCache({ maxSize: maxBytes }),
    extraCacheKeyData: () => version(),
  }) as ApolloServerPlugin<Context>;
}
