import { DataSource, EntityManager } from 'typeorm';
import { runWrite } from '../db/write-queue';
import {
  AuthorityReference,
  Controller,
  DataCategory,
  DataCategoryDisclosure,
  Dpo,
  Evidence,
  EvidenceSubject,
  LegalBasis,
  LegalBasisClaim,
  Passage,
  PolicyDocument,
  PolicyStatement,
  Processor,
  ProcessorEngagement,
  Purpose,
  PurposeCategory,
  RecipientCategory,
  RecipientDisclosure,
  Right,
  RightsRequest,
  RightStatement,
  SeedRun,
  StatementTopic,
  SupervisoryAuthority,
} from '../entities';
import { splitPassages } from './passages';
import { DEFAULT_SEEDS_DIR, readSeeds, SeedPolicy, SeedSet } from './read-seeds';
import { EvidenceRef } from './seed-files';

export interface SeedSummary {
  fingerprint: string;
  controllers: number;
  evidence: number;
}

const SEED_RUN_KEY = 'seeds';

/** The fingerprint of the seeds the database holds, or null for a database that was never seeded. */
export async function seededFingerprint(dataSource: DataSource): Promise<string | null> {
  const run = await dataSource.getRepository(SeedRun).findOneBy({ key: SEED_RUN_KEY });
  return run?.fingerprint ?? null;
}

async function clearAll(manager: EntityManager): Promise<void> {
  const tables = manager.connection.entityMetadatas.map((m) => `"${m.tableName}"`);
  if (manager.connection.options.type === 'postgres') {
    await manager.query(`TRUNCATE ${tables.join(', ')} RESTART IDENTITY`);
    return;
  }
  for (const table of tables) await manager.query(`DELETE FROM ${table}`);
  // Restart ids so that a second load writes the very same rows (global ids of link rows stay stable).
  const sequence = await manager.query(`SELECT name FROM sqlite_master WHERE name = 'sqlite_sequence'`);
  if (sequence.length) await manager.query('DELETE FROM sqlite_sequence');
}

async function writeVocabulary(manager: EntityManager, seeds: SeedSet) {
  const { vocabulary: v } = seeds;
  const legalBases = await manager.save(v.legalBases.map((t) => Object.assign(new LegalBasis(), t)));
  const rights = await manager.save(v.rights.map((t) => Object.assign(new Right(), t)));
  const dataCategories = await manager.save(v.dataCategories.map((t) => Object.assign(new DataCategory(), t)));
  const purposeCategories = await manager.save(v.purposeCategories.map((t) => Object.assign(new PurposeCategory(), t)));
  const recipientCategories = await manager.save(
    v.recipientCategories.map((t) => Object.assign(new RecipientCategory(), t)),
  );
  const processors = await manager.save(
    v.processors.map((p) =>
      Object.assign(new Processor(), {
        slug: p.slug,
        name: p.name,
        legalName: p.legalName ?? null,
        website: p.website ?? null,
        country: p.country ?? null,
        parentCountry: p.parentCountry ?? null,
      }),
    ),
  );
  const authorities = await manager.save(
    v.supervisoryAuthorities.map((a) =>
      Object.assign(new SupervisoryAuthority(), {
        slug: a.slug,
        name: a.name,
        acronym: a.acronym,
        country: a.country,
        names: a.names ?? {},
        acronyms: a.acronyms,
        addressColumns: {
          street: a.address.street ?? null,
          postalCode: a.address.postalCode ?? null,
          city: a.address.city ?? null,
          country: a.address.country ?? null,
        },
        phone: a.phone,
        email: a.email,
        website: a.website,
        websites: a.websites,
        dpv: a.dpv,
        predecessors: a.predecessors.map((p) => ({ name: p.name, language: p.language, replacedOn: p.replacedOn })),
        predecessorContacts: a.predecessorContacts,
      }),
    ),
  );
  const byKey = <T>(rows: T[], key: (row: T) => string) => new Map(rows.map((r) => [key(r), r]));
  return {
    legalBases: byKey(legalBases, (r) => r.code),
    rights: byKey(rights, (r) => r.code),
    dataCategories: byKey(dataCategories, (r) => r.code),
    purposeCategories: byKey(purposeCategories, (r) => r.code),
    recipientCategories: byKey(recipientCategories, (r) => r.code),
    processors: byKey(processors, (r) => r.slug),
    authorities: byKey(authorities, (r) => r.slug),
  };
}

type Terms = Awaited<ReturnType<typeof writeVocabulary>>;

/** Looks up a term that readSeeds already checked; a miss here is a bug, not bad input. */
function term<T>(map: Map<string, T>, key: string): T {
  const found = map.get(key);
  if (!found) throw new Error(`internal: term "${key}" passed validation but was not written`);
  return found;
}

async function writePolicy(manager: EntityManager, policy: SeedPolicy, terms: Terms): Promise<Evidence[]> {
  const { facts, text } = policy;
  const address = (
    a:
      | { street?: string | null; postalCode?: string | null; city?: string | null; country?: string | null }
      | null
      | undefined,
  ) => ({
    street: a?.street ?? null,
    postalCode: a?.postalCode ?? null,
    city: a?.city ?? null,
    country: a?.country ?? null,
  });

  const document = await manager.save(
    Object.assign(new PolicyDocument(), {
      slug: facts.document.slug,
      title: facts.document.title,
      language: facts.document.language,
      sourceFile: facts.document.sourceFile,
      sha256: policy.sha256,
      lastUpdated: facts.document.lastUpdated ?? null,
      length: text.length,
      text,
      controllerId: null,
    }),
  );
  const evidence: Evidence[] = [];
  const cite = (refs: EvidenceRef[] | undefined, subjectType: EvidenceSubject, subjectId: number) => {
    for (const span of (refs && policy.evidence.get(refs)) ?? []) {
      evidence.push(Object.assign(new Evidence(), { documentId: document.id, subjectType, subjectId, ...span }));
    }
  };
  cite(facts.document.lastUpdatedEvidence, EvidenceSubject.DOCUMENT, document.id);

  const c = facts.controller;
  const authority = facts.supervisoryAuthority ? term(terms.authorities, facts.supervisoryAuthority.authority) : null;
  const controller = await manager.save(
    Object.assign(new Controller(), {
      slug: c.slug,
      name: c.name,
      legalName: c.legalName ?? null,
      legalForm: c.legalForm ?? null,
      enterpriseNumber: c.enterpriseNumber ?? null,
      language: facts.document.language,
      website: c.website ?? null,
      email: c.email ?? null,
      phone: c.phone ?? null,
      representative: c.representative ?? null,
      addressColumns: address(c.address),
      documentId: document.id,
      supervisoryAuthorityId: authority?.id ?? null,
      transfersOutsideEEA: facts.transfersOutsideEEA?.occurs ?? null,
      automatedDecisionMaking: facts.automatedDecisionMaking?.used ?? null,
      minimumAge: facts.minimumAge?.age ?? null,
      hasDpo: Boolean(facts.dpo),
    }),
  );
  await manager.update(PolicyDocument, document.id, { controllerId: controller.id });
  cite(c.evidence, EvidenceSubject.CONTROLLER, controller.id);

  if (facts.dpo) {
    const dpo = await manager.save(
      Object.assign(new Dpo(), {
        controllerId: controller.id,
        name: facts.dpo.name ?? null,
        organization: facts.dpo.organization ?? null,
        email: facts.dpo.email ?? null,
        phone: facts.dpo.phone ?? null,
        addressColumns: address(facts.dpo.address),
      }),
    );
    cite(facts.dpo.evidence, EvidenceSubject.DPO, dpo.id);
  }
  if (facts.supervisoryAuthority && authority) {
    const s = facts.supervisoryAuthority;
    const reference = await manager.save(
      Object.assign(new AuthorityReference(), {
        controllerId: controller.id,
        supervisoryAuthorityId: authority.id,
        namedAs: s.namedAs,
        statedAddress: s.statedContact?.address ?? null,
        statedPhone: s.statedContact?.phone ?? null,
        statedEmail: s.statedContact?.email ?? null,
        statedWebsite: s.statedContact?.website ?? null,
      }),
    );
    cite(s.evidence, EvidenceSubject.AUTHORITY_REFERENCE, reference.id);
  }
  for (const claim of facts.legalBases ?? []) {
    const row = await manager.save(
      Object.assign(new LegalBasisClaim(), {
        controllerId: controller.id,
        legalBasisId: term(terms.legalBases, claim.code).id,
      }),
    );
    cite(claim.evidence, EvidenceSubject.LEGAL_BASIS_CLAIM, row.id);
  }
  for (const item of facts.dataCategories ?? []) {
    const row = await manager.save(
      Object.assign(new DataCategoryDisclosure(), {
        controllerId: controller.id,
        dataCategoryId: term(terms.dataCategories, item.category).id,
        label: item.label,
        sensitive: item.sensitive ?? false,
        context: item.context ?? null,
      }),
    );
    cite(item.evidence, EvidenceSubject.DATA_CATEGORY_DISCLOSURE, row.id);
  }
  for (const p of facts.purposes ?? []) {
    const row = await manager.save(
      Object.assign(new Purpose(), {
        controllerId: controller.id,
        name: p.name,
        label: p.label,
        purposeCategoryId: term(terms.purposeCategories, p.category).id,
        retentionDescription: p.retention?.description ?? null,
        retentionDuration: p.retention?.duration ?? null,
        legalBases: [...new Set(p.legalBases ?? [])].map((code) => term(terms.legalBases, code)),
        dataCategories: [...new Set(p.dataCategories ?? [])].map((code) => term(terms.dataCategories, code)),
      }),
    );
    cite(p.evidence, EvidenceSubject.PURPOSE, row.id);
  }
  for (const e of facts.processors ?? []) {
    const row = await manager.save(
      Object.assign(new ProcessorEngagement(), {
        controllerId: controller.id,
        processorId: term(terms.processors, e.processor).id,
        role: e.role,
        service: e.service ?? null,
        dataCategories: [...new Set(e.dataCategories ?? [])].map((code) => term(terms.dataCategories, code)),
      }),
    );
    cite(e.evidence, EvidenceSubject.PROCESSOR_ENGAGEMENT, row.id);
  }
  for (const r of facts.recipients ?? []) {
    const row = await manager.save(
      Object.assign(new RecipientDisclosure(), {
        controllerId: controller.id,
        recipientCategoryId: term(terms.recipientCategories, r.category).id,
        label: r.label,
      }),
    );
    cite(r.evidence, EvidenceSubject.RECIPIENT_DISCLOSURE, row.id);
  }
  for (const r of facts.rights ?? []) {
    const row = await manager.save(
      Object.assign(new RightStatement(), {
        controllerId: controller.id,
        rightId: term(terms.rights, r.right).id,
        conditions: r.conditions ?? null,
      }),
    );
    cite(r.evidence, EvidenceSubject.RIGHT_STATEMENT, row.id);
  }
  if (facts.rightsRequest) {
    const r = facts.rightsRequest;
    const row = await manager.save(
      Object.assign(new RightsRequest(), {
        controllerId: controller.id,
        channels: r.channels,
        email: r.email ?? null,
        postalAddress: r.postalAddress ?? null,
        responseTime: r.responseTime ?? null,
        identityProof: r.identityProof ?? null,
        fee: r.fee ?? null,
      }),
    );
    cite(r.evidence, EvidenceSubject.RIGHTS_REQUEST, row.id);
  }

  const statements: { topic: StatementTopic; kind: string | null; description: string; evidence: EvidenceRef[] }[] = [
    ...(facts.dataSources ?? []).map((s) => ({
      topic: StatementTopic.DATA_SOURCE,
      kind: s.kind,
      description: s.description,
      evidence: s.evidence,
    })),
    ...(facts.cookies ?? []).map((s) => ({
      topic: StatementTopic.COOKIES,
      kind: s.kind,
      description: s.description,
      evidence: s.evidence,
    })),
    ...(facts.security ?? []).map((s) => ({
      topic: StatementTopic.SECURITY,
      kind: null,
      description: s.description,
      evidence: s.evidence,
    })),
  ];
  if (facts.retention) {
    const r = facts.retention;
    statements.push({
      topic: StatementTopic.RETENTION,
      kind: r.duration ?? null,
      description: r.description,
      evidence: r.evidence,
    });
  }
  if (facts.minimumAge) {
    const m = facts.minimumAge;
    statements.push({
      topic: StatementTopic.MINIMUM_AGE,
      kind: String(m.age),
      description: `Not directed at people under ${m.age}.`,
      evidence: m.evidence,
    });
  }
  if (facts.automatedDecisionMaking) {
    const a = facts.automatedDecisionMaking;
    statements.push({
      topic: StatementTopic.AUTOMATED_DECISION_MAKING,
      kind: a.used ? 'USED' : 'NOT_USED',
      description:
        a.description ?? (a.used ? 'Uses automated decision-making.' : 'Does not use automated decision-making.'),
      evidence: a.evidence,
    });
  }
  if (facts.transfersOutsideEEA) {
    const t = facts.transfersOutsideEEA;
    statements.push({
      topic: StatementTopic.TRANSFERS,
      kind: t.occurs ? 'OCCURS' : 'NONE',
      description:
        t.safeguards ??
        (t.occurs ? 'Transfers outside the EEA; no safeguard stated.' : 'No transfers outside the EEA.'),
      evidence: t.evidence,
    });
  }
  if (facts.presumedConsent) {
    const p = facts.presumedConsent;
    statements.push({
      topic: StatementTopic.PRESUMED_CONSENT,
      kind: null,
      description: p.description,
      evidence: p.evidence,
    });
  }
  for (const s of statements) {
    const row = await manager.save(
      Object.assign(new PolicyStatement(), {
        controllerId: controller.id,
        topic: s.topic,
        kind: s.kind,
        description: s.description,
      }),
    );
    cite(s.evidence, EvidenceSubject.POLICY_STATEMENT, row.id);
  }

  const passages = splitPassages(text).map((span) =>
    Object.assign(new Passage(), {
      documentId: document.id,
      start: span.start,
      end: span.end,
      text: text.slice(span.start, span.end),
    }),
  );
  await manager.save(Passage, passages, { chunk: 100 });
  return evidence;
}

/**
 * Makes this transaction the only seeding one until it ends, across every process on the database: PostgreSQL takes
 * a transaction-scoped advisory lock (one per schema); SQLite takes its write lock with a first, empty write (a
 * deferred transaction that reads first could not upgrade its lock when another process seeds at the same time).
 */
async function lockForSeeding(manager: EntityManager): Promise<void> {
  if (manager.connection.options.type === 'postgres') {
    await manager.query(`SELECT pg_advisory_xact_lock(hashtext('policy-graph:seed'), hashtext(current_schema()))`);
  } else {
    await manager.query(`DELETE FROM seed_run WHERE 0`);
  }
}

/** Replaces the content of the database with `seeds` in one transaction; with `onlyIfStale`, not if already current. */
function writeSeeds(dataSource: DataSource, seeds: SeedSet, onlyIfStale: boolean): Promise<SeedSummary | null> {
  return runWrite(dataSource, async (manager) => {
    await lockForSeeding(manager);
    if (onlyIfStale) {
      // Another process may have loaded the same seeds while this one waited for the lock.
      const run = await manager.findOneBy(SeedRun, { key: SEED_RUN_KEY });
      if (run?.fingerprint === seeds.fingerprint) return null;
    }
    await clearAll(manager);
    const terms = await writeVocabulary(manager, seeds);
    const evidence: Evidence[] = [];
    for (const policy of seeds.policies) evidence.push(...(await writePolicy(manager, policy, terms)));
    await manager.save(Evidence, evidence, { chunk: 200 });
    // PostgreSQL's search index is an index on passage: it follows by itself. FTS5's external content does not.
    if (manager.connection.options.type === 'sqlite') {
      await manager.query(`INSERT INTO passage_fts(passage_fts) VALUES ('rebuild')`);
    }
    await manager.save(
      Object.assign(new SeedRun(), {
        key: SEED_RUN_KEY,
        fingerprint: seeds.fingerprint,
        loadedAt: new Date().toISOString(),
      }),
    );
    return { fingerprint: seeds.fingerprint, controllers: seeds.policies.length, evidence: evidence.length };
  });
}

/**
 * Loads the seed files into the database: validates every file first (see readSeeds), then replaces the whole
 * content of the database in one transaction, queued behind any other write of this process and locked against
 * seeding by any other process (see lockForSeeding). Idempotent: loading the same files twice leaves the same rows
 * with the same ids. Throws SeedErrors (and writes nothing) on a bad file; a database error rolls the transaction
 * back and leaves the database as it was.
 */
export async function loadSeeds(dataSource: DataSource, dir: string = DEFAULT_SEEDS_DIR): Promise<SeedSummary> {
  const summary = await writeSeeds(dataSource, readSeeds(dir), false);
  if (!summary) throw new Error('internal: an unconditional seed load returned no summary');
  return summary;
}

/**
 * Makes sure the database holds the current seeds: loads them when the database is empty or was seeded from other
 * files. Returns the summary of the load, or null when the database was already current. When several processes
 * start on one database at once, exactly one of them loads (the others wait for it, see the seed lock, and find the
 * seeds current).
 */
export async function ensureSeeded(
  dataSource: DataSource,
  dir: string = DEFAULT_SEEDS_DIR,
): Promise<SeedSummary | null> {
  const seeds = readSeeds(dir);
  if ((await seededFingerprint(dataSource)) === seeds.fingerprint) return null;
  return writeSeeds(dataSource, seeds, true);
}
