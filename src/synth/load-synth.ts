import { createHash } from 'node:crypto';
import { DataSource } from 'typeorm';
import { FactSource, ReviewState, VersionStatus } from '../entities';
import { DEFAULT_SEEDS_DIR, readSeeds } from '../seed/read-seeds';
import { replaceAll, ReplaceSummary } from '../store/replace-all';
import { addProcessors } from '../store/vocabulary';
import { writeVersion } from '../store/write-version';
import { generatePolicy, GeneratorContext } from './generate-policy';
import { Zipf } from './random';
import { tailVendors } from './vendors';

/** Bumped whenever the generator changes what it writes, so that the data version (and caches) change with it. */
// 2: the evidence of a data category whose label is shorter than the gate's shortest quote ("CV", 2 characters,
// refused by the gate in 11 % of the policies) is its list item with the bullet ("- CV"); the texts and facts are the same.
const GENERATOR_VERSION = 2;
/** The long tail of vendors: how many, how skewed, and how many of them a policy names on average. */
const TAIL_VENDORS = 400;
const TAIL_SKEW = 1;
const TAIL_MEAN = 1.5;

export interface SynthOptions {
  /** Synthetic controllers to generate (`synth-00001` ...). */
  controllers: number;
  /** PRNG seed: the same seed gives the same corpus. */
  seed?: number;
  seedsDir?: string;
}

/** The seed_run key of a synthetic corpus (its fingerprint, so that the data version follows it). */
export const SYNTH_RUN_KEY = 'synth';

export interface SynthSummary extends ReplaceSummary {
  /** Synthetic controllers written (the seeds' controllers come on top). */
  synthetic: number;
  milliseconds: number;
}

/**
 * Replaces the content of the database with the seeds plus a synthetic corpus of `controllers` policies generated
 * from the seed vocabulary (see generatePolicy), every one passed through the gate (validatePolicy, against the
 * terms of the database) and written as a published version 1 whose facts are marked SYNTH: one
 * transaction, under the write lock, written in bulk, the search index rebuilt over every passage. Deterministic for
 * a seed. It drops every other version (curated ones too: it is a benchmark tool); the audit log stays. A server start
 * keeps the corpus (the seeds' versions are current) and touches only what the seeds own. Throws on a database error
 * or a generated policy the gate refuses (a generator bug), after rolling back.
 */
export async function loadSynth(dataSource: DataSource, options: SynthOptions): Promise<SynthSummary> {
  const { controllers } = options;
  if (!Number.isInteger(controllers) || controllers < 0 || controllers > 99_999)
    throw new RangeError(`controllers must be an integer from 0 to 99999, got ${controllers}`);
  const seed = options.seed ?? 1;
  const started = Date.now();
  const seeds = readSeeds(options.seedsDir ?? DEFAULT_SEEDS_DIR);
  const context: GeneratorContext = {
    seed,
    vocabulary: seeds.vocabulary,
    tail: tailVendors(seed, TAIL_VENDORS),
    tailZipf: new Zipf(TAIL_VENDORS, TAIL_SKEW),
    tailMean: TAIL_MEAN,
  };
  const fingerprint = createHash('sha256')
    .update(`synth v${GENERATOR_VERSION} seed ${seed} controllers ${controllers} over ${seeds.fingerprint}`)
    .digest('hex');
  const summary = await replaceAll(dataSource, seeds, {
    key: SYNTH_RUN_KEY,
    fingerprint,
    async write(tx) {
      await addProcessors(
        tx,
        context.tail.map((v) => v.term),
      );
      const writer = await tx.writer();
      const terms = await tx.terms();
      // Every policy passes the gate against the terms the writer resolves (the vocabulary and the tail just added).
      const known = terms.known();
      for (let index = 1; index <= controllers; index++) {
        writeVersion(writer, terms, generatePolicy(index, context, known), {
          version: 1,
          status: VersionStatus.PUBLISHED,
          source: FactSource.SYNTH,
          reviewState: ReviewState.ACCEPTED,
          createdAt: tx.at,
        });
        await writer.maybeFlush();
      }
    },
  });
  return { ...summary, synthetic: controllers, milliseconds: Date.now() - started };
}
