import { DataSource, EntityManager, In } from 'typeorm';
import { ActorType, AuditEntry, Controller, FactSource, ReviewState, SeedRun, VersionStatus } from '../entities';
import { SeedPolicy, SeedSet } from '../seed/read-seeds';
import { toGlobalId } from '../schema/node';
import { indexPassages, supersede } from './search-index';
import { Actor, AuditAction, NothingToWrite, WriteTransaction } from './transaction';
import { writeVersion } from './write-version';
import { writeVocabulary } from './vocabulary';

/** The seed_run key of the vocabulary's fingerprint. */
export const VOCABULARY_RUN_KEY = 'vocabulary';

/** The seed_run key of the fingerprint of every seed file last loaded (see seedFilesFingerprint). */
export const SEED_FILES_RUN_KEY = 'files';

/** Whether the seed files of this fingerprint are the ones last loaded: nothing of them left to write. */
export async function seedFilesLoaded(dataSource: DataSource, fingerprint: string): Promise<boolean> {
  const run = await dataSource.manager.findOneBy(SeedRun, { key: SEED_FILES_RUN_KEY });
  return run?.fingerprint === fingerprint;
}

/**
 * Records that the seed files of this fingerprint are loaded (after syncSeeds). Not a change of the data (no data
 * version): one upsert, which replicas starting at once may all make.
 */
export async function recordSeedFiles(dataSource: DataSource, fingerprint: string): Promise<void> {
  await dataSource.manager.upsert(
    SeedRun,
    { key: SEED_FILES_RUN_KEY, fingerprint, loadedAt: new Date().toISOString() },
    ['key'],
  );
}

export const SEED_ACTOR: Actor = { type: ActorType.SEED, id: null, name: 'seeds', role: null, requestId: null };

/** What a seed sync wrote. */
export interface SeedSummary {
  /** The fingerprint of every seed file. */
  fingerprint: string;
  /** Versions written: published at once, or left as drafts because curators had changed the published one. */
  published: string[];
  drafts: string[];
  vocabulary: boolean;
  evidence: number;
}

/** What a sync must write: the vocabulary when its files changed, and the policies no version was loaded from. */
async function plan(manager: EntityManager, seeds: SeedSet): Promise<{ vocabulary: boolean; policies: SeedPolicy[] }> {
  const run = await manager.findOneBy(SeedRun, { key: VOCABULARY_RUN_KEY });
  const loaded = await manager.find(Controller, {
    select: { seedFingerprint: true },
    where: { seedFingerprint: In(seeds.policies.map((p) => p.fingerprint)) },
  });
  const done = new Set(loaded.map((c) => c.seedFingerprint));
  return {
    vocabulary: run?.fingerprint !== seeds.vocabularyFingerprint,
    policies: seeds.policies.filter((p) => !done.has(p.fingerprint)),
  };
}

/**
 * Whether the published version is still the seeds' own: loaded from the seeds and changed by no one since (no
 * audit entry of anyone else on it). A changed seed file replaces such a version; any other waits as a draft.
 */
async function seedOwned(manager: EntityManager, version: Controller): Promise<boolean> {
  if (version.source !== FactSource.SEED) return false;
  const changes = await manager
    .createQueryBuilder(AuditEntry, 'a')
    .where('a.controllerSlug = :slug AND a.version = :version AND a.actorType <> :seed', {
      slug: version.slug,
      version: version.version,
      seed: ActorType.SEED,
    })
    .getCount();
  return changes === 0;
}

/** Writes one seed policy as the next version of its controller: published, unless curators changed the current. */
async function writeSeedVersion(tx: WriteTransaction, policy: SeedPolicy, summary: SeedSummary): Promise<void> {
  const slug = policy.facts.controller.slug;
  const versions = await tx.manager.find(Controller, { where: { slug }, order: { version: 'DESC' } });
  const published = versions.find((v) => v.status === VersionStatus.PUBLISHED);
  const publish = !published || (await seedOwned(tx.manager, published));
  if (publish && published) await supersede(tx, published);
  const version = (versions[0]?.version ?? 0) + 1;
  const status = publish ? VersionStatus.PUBLISHED : VersionStatus.DRAFT;
  const written = writeVersion(await tx.writer(), await tx.terms(), policy, {
    version,
    status,
    source: FactSource.SEED,
    reviewState: ReviewState.ACCEPTED,
    createdAt: tx.at,
    seedFingerprint: policy.fingerprint,
  });
  if (publish) indexPassages(tx, written.documentId);
  const subject = toGlobalId('Controller', written.versionKey);
  const record = { subject, controllerSlug: slug, version };
  await tx.audit({ ...record, action: AuditAction.VERSION_CREATED, after: { file: policy.factFile, status } });
  if (published && publish)
    await tx.audit({ ...record, action: AuditAction.VERSION_PUBLISHED, before: { supersedes: published.version } });
  (publish ? summary.published : summary.drafts).push(written.versionKey);
  summary.evidence += written.evidence;
}

/**
 * Makes the database hold the seeds without touching curated work: writes the vocabulary when its files changed
 * (terms updated in place, none deleted), and each seed policy that no version was loaded from as the next version
 * of its controller (version 1 on an empty database). A policy whose published version is still the seeds' own is
 * published at once; where curators have changed it, the new seed version waits as a draft for them to review. An
 * unchanged seed set writes nothing (returns null, the data version unchanged). One transaction, under the write lock:
 * when several processes start at once, one writes and the others find nothing left to do.
 */
export async function syncSeeds(dataSource: DataSource, seeds: SeedSet): Promise<SeedSummary | null> {
  const outside = await plan(dataSource.manager, seeds);
  if (!outside.vocabulary && !outside.policies.length) return null;
  try {
    return await WriteTransaction.run(dataSource, SEED_ACTOR, async (tx) => {
      const todo = await plan(tx.manager, seeds);
      if (!todo.vocabulary && !todo.policies.length) throw new NothingToWrite();
      const summary: SeedSummary = {
        fingerprint: seeds.fingerprint,
        published: [],
        drafts: [],
        vocabulary: todo.vocabulary,
        evidence: 0,
      };
      if (todo.vocabulary) {
        tx.useTerms(await writeVocabulary(tx, seeds.vocabulary));
        await tx.manager.save(
          Object.assign(new SeedRun(), {
            key: VOCABULARY_RUN_KEY,
            fingerprint: seeds.vocabularyFingerprint,
            loadedAt: tx.at,
          }),
        );
      }
      for (const policy of todo.policies) await writeSeedVersion(tx, policy, summary);
      return summary;
    });
  } catch (error) {
    if (error instanceof NothingToWrite) return null;
    throw error;
  }
}
