import { createHash } from 'node:crypto';
import { DataSource } from 'typeorm';
import { replaceContent, SeedSummary, SYNTH_RUN_KEY } from '../seed/load-seeds';
import { DEFAULT_SEEDS_DIR, readSeeds } from '../seed/read-seeds';
import { writePolicy, writeProcessors } from '../seed/write-policy';
import { generatePolicy, GeneratorContext } from './generate-policy';
import { Zipf } from './random';
import { tailVendors } from './vendors';

/** Bumped whenever the generator changes what it writes, so that the data version (and caches) change with it. */
const GENERATOR_VERSION = 1;
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

export interface SynthSummary extends SeedSummary {
  /** Synthetic controllers written (the seeds' controllers come on top). */
  synthetic: number;
  /** Rows written, per table. */
  rows: Record<string, number>;
  milliseconds: number;
}

/**
 * Replaces the content of the database with the seeds plus a synthetic corpus of `controllers` policies generated
 * from the seed vocabulary (see generatePolicy): one transaction, under the seed lock, written in bulk, the search
 * index rebuilt over every passage. Deterministic for a seed. The seeds' fingerprint stays recorded, so a server
 * start keeps the corpus (ensureSeeded finds the seeds current), and the data version changes (caches drop). Loading
 * the seeds again (`npm run seed`, or a start after the seed files changed) removes it. Throws on a database error,
 * after rolling back.
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
  let rows: Record<string, number> = {};
  const summary = await replaceContent(dataSource, seeds, {
    extra: {
      key: SYNTH_RUN_KEY,
      fingerprint,
      async write(writer, terms) {
        writeProcessors(
          writer,
          context.tail.map((v) => v.term),
          terms.processors,
        );
        for (let index = 1; index <= controllers; index++) {
          writePolicy(writer, generatePolicy(index, context), terms);
          await writer.maybeFlush();
        }
        await writer.flush();
        rows = Object.fromEntries(writer.written);
      },
    },
  });
  if (!summary) throw new Error('internal: an unconditional load returned no summary');
  return { ...summary, synthetic: controllers, rows, milliseconds: Date.now() - started };
}
