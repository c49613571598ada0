import fs from 'node:fs';
import path from 'node:path';
import { Role, Viewer } from '../../src/auth';
import { AuditEntry, Fact } from '../../src/entities';
import { readDataVersion } from '../../src/store/transaction';
import { createTestApi, GraphQLResult, TestApi } from '../support/test-api';

type AnyRecord = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** Viewers as an API key of each role makes them (operations here run without HTTP: see test/auth for the keys). */
const viewer = (role: Role, name: string, keyId: string) =>
  Object.assign(new Viewer(), { role, name, keyId, keyPrefix: 'pgk_test0000' });
const CURATOR = viewer(Role.CURATOR, 'Jane', 'key-jane');
const ADMIN = viewer(Role.ADMIN, 'Root', 'key-root');
const READER = viewer(Role.READER, 'Rita', 'key-rita');
const CLUMA_TEXT = fs.readFileSync(path.join(__dirname, '../../seeds/documents/cluma.txt'), 'utf8');

let api: TestApi;
beforeEach(async () => {
  api = await createTestApi();
});
afterEach(() => api.close());

const asCurator = <T = AnyRecord>(query: string, variables?: Record<string, unknown>) =>
  api.run<T>(query, variables, { viewer: CURATOR });

/** A mutation's payload, failing the test on a GraphQL error (user errors are the payload's). */
async function mutate(query: string, variables: Record<string, unknown>, as = CURATOR): Promise<AnyRecord> {
  const result: GraphQLResult<AnyRecord> = await api.run(query, variables, { viewer: as });
  expect(result.errors).toBeUndefined();
  return Object.values(result.data!)[0] as AnyRecord;
}

const PURPOSES = `query($slug: String!, $version: Int) { controller(slug: $slug, version: $version) {
  id version status revision purposes { id key name revision reviewState source retention { description duration }
  evidence { quote start end } } } }`;

async function purpose(name: string, as: Viewer | null = null) {
  const result: AnyRecord = await api.run(PURPOSES, { slug: 'it-voor-ondernemers' }, { viewer: as });
  return result.data.controller.purposes.find((p: AnyRecord) => p.name === name);
}

const UPDATE = `mutation($input: FactUpdateInput!) { factUpdate(input: $input) {
  fact { id ... on Purpose { name revision source reviewState retention { duration } evidence { quote start end } } }
  controller { slug version }
  userErrors { field message code } } }`;

/** A quote of the document with its offsets, as a client that highlights the text sends it. */
function span(text: string, quote: string) {
  const start = text.indexOf(quote);
  if (start < 0 || text.indexOf(quote, start + 1) >= 0) throw new Error(`not a unique quote: ${quote}`);
  return { quote, start, end: start + quote.length };
}

describe('correcting a published fact', () => {
  it('changes what readers see at once, with the evidence checked, the revision bumped and the change audited', async () => {
    const before = await purpose('Direct marketing');
    expect(before.retention.duration).toBe('P3Y');
    const documentText = (await api.run<AnyRecord>('{ policyDocument(slug: "it-voor-ondernemers") { text } }')).data!
      .policyDocument.text;
    const quote = before.evidence[1].quote;
    const payload = await mutate(UPDATE, {
      input: {
        id: before.id,
        expectedRevision: before.revision,
        fact: {
          purpose: {
            name: 'Direct marketing',
            label: '(Direct) marketing',
            category: 'DirectMarketing',
            legalBases: ['CONSENT', 'LEGITIMATE_INTERESTS'],
            retention: { description: '2 jaar na het laatste contact', duration: 'P2Y' },
            evidence: [span(documentText, quote)],
          },
        },
      },
    });
    expect(payload.userErrors).toEqual([]);
    expect(payload.fact).toMatchObject({ id: before.id, revision: 2, source: 'CURATOR', reviewState: 'ACCEPTED' });
    expect(payload.fact.retention.duration).toBe('P2Y');
    // A reader, with no key, sees the correction at once.
    expect((await purpose('Direct marketing')).retention.duration).toBe('P2Y');

    const entries = await api.dataSource.getRepository(AuditEntry).find({ where: { action: 'FACT_UPDATED' } });
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ actorType: 'KEY', actorId: 'key-jane', actorName: 'Jane', requestId: 'test' });
    expect(JSON.parse(entries[0].before!).retention.duration).toBe('P3Y');
    expect(JSON.parse(entries[0].after!).retention.duration).toBe('P2Y');
  });

  it('refuses evidence whose offsets do not hold the quote, and changes nothing', async () => {
    const before = await purpose('Direct marketing');
    const version = await readDataVersion(api.dataSource);
    const payload = await mutate(UPDATE, {
      input: {
        id: before.id,
        expectedRevision: before.revision,
        fact: {
          purpose: {
            name: 'Direct marketing',
            label: '(Direct) marketing',
            category: 'DirectMarketing',
            evidence: [{ quote: 'tien jaar bewaard', start: 10, end: 27 }, { quote: 'een zin die er niet staat' }],
          },
        },
      },
    });
    expect(payload.fact).toBeNull();
    expect(payload.userErrors).toEqual([
      {
        field: ['input', 'fact', 'purpose', 'evidence', '0'],
        code: 'EVIDENCE_MISMATCH',
        message: expect.stringContaining('not the quote "tien jaar bewaard"'),
      },
      {
        field: ['input', 'fact', 'purpose', 'evidence', '1'],
        code: 'EVIDENCE_NOT_FOUND',
        message: expect.stringContaining('quote not found'),
      },
    ]);
    expect(await purpose('Direct marketing')).toEqual(before);
    expect(await readDataVersion(api.dataSource)).toBe(version);
  });

  it('refuses a stale expectedRevision with CONFLICT', async () => {
    const before = await purpose('Direct marketing');
    const fact = {
      purpose: {
        name: 'Direct marketing',
        label: '(Direct) marketing',
        category: 'DirectMarketing',
        evidence: before.evidence.map((e: AnyRecord) => ({ quote: e.quote, start: e.start, end: e.end })),
      },
    };
    expect((await mutate(UPDATE, { input: { id: before.id, expectedRevision: 1, fact } })).userErrors).toEqual([]);
    const stale = await mutate(UPDATE, { input: { id: before.id, expectedRevision: 1, fact } });
    expect(stale.userErrors).toEqual([
      {
        field: ['input', 'expectedRevision'],
        code: 'CONFLICT',
        message: expect.stringMatching(/revision 1 .* revision 2/),
      },
    ]);
    expect((await purpose('Direct marketing')).revision).toBe(2);
  });

  it('deletes a right and adds it again (a correction of the published version), and refuses a second DPO', async () => {
    const RIGHTS = '{ controller(slug: "cloudar") { id rights { id revision right { code } } } }';
    const controller: AnyRecord = (await api.run<AnyRecord>(RIGHTS)).data!.controller;
    const erasure = controller.rights.find((r: AnyRecord) => r.right.code === 'ERASURE');
    const deleted = await mutate(
      `mutation($input: FactDeleteInput!) { factDelete(input: $input) { fact { id } controller { id } userErrors { code } } }`,
      { input: { id: erasure.id, expectedRevision: erasure.revision } },
    );
    expect(deleted).toEqual({ fact: null, controller: { id: controller.id }, userErrors: [] });
    const codes = async () =>
      ((await api.run<AnyRecord>(RIGHTS)).data!.controller.rights as AnyRecord[]).map((r) => r.right.code);
    expect(await codes()).not.toContain('ERASURE');

    const created = await mutate(
      `mutation($input: FactCreateInput!) { factCreate(input: $input) {
         fact { id ... on RightStatement { key right { code } source evidence { quote } } } userErrors { code message } } }`,
      {
        input: {
          controller: controller.id,
          fact: { right: { right: 'ERASURE', evidence: [{ quote: 'Right to remove your personal data' }] } },
        },
      },
    );
    expect(created.userErrors).toEqual([]);
    expect(created.fact).toMatchObject({
      id: erasure.id, // the same key, so the same global id
      key: 'right:ERASURE',
      source: 'CURATOR',
      evidence: [{ quote: 'Right to remove your personal data' }],
    });
    expect(await codes()).toContain('ERASURE');

    const second = await mutate(
      `mutation($input: FactCreateInput!) { factCreate(input: $input) { userErrors { code field } } }`,
      {
        input: {
          controller: controller.id,
          fact: { dpo: { name: 'X', evidence: [{ quote: 'Right to remove your personal data' }] } },
        },
      },
    );
    expect(second.userErrors).toEqual([{ code: 'ALREADY_EXISTS', field: ['input', 'fact', 'dpo'] }]);
  });

  it('refuses a fact input that sets no kind or two', async () => {
    const controller: AnyRecord = (await api.run<AnyRecord>('{ controller(slug: "cluma") { id } }')).data!.controller;
    const payload = await mutate(
      `mutation($input: FactCreateInput!) { factCreate(input: $input) { userErrors { code field message } } }`,
      { input: { controller: controller.id, fact: {} } },
    );
    expect(payload.userErrors).toEqual([
      { code: 'INVALID', field: ['input', 'fact'], message: expect.stringContaining('exactly one') },
    ]);
  });
});

describe('authorization', () => {
  const CREATE = `mutation($input: FactCreateInput!) { factCreate(input: $input) { userErrors { code } } }`;
  const input = { controller: 'x', fact: {} };

  it('refuses writes without a key (UNAUTHENTICATED) and with a reader’s key (FORBIDDEN)', async () => {
    const anonymous = await api.run(CREATE, { input }, { viewer: null });
    expect(anonymous.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const reader = await api.run(CREATE, { input }, { viewer: READER });
    expect(reader.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(await api.dataSource.getRepository(AuditEntry).countBy({ actorType: 'KEY' as never })).toBe(0);
  });

  it('shows the audit log to admins only', async () => {
    const query = '{ auditLog(first: 5) { totalCount nodes { action actorType controllerSlug } } }';
    expect((await asCurator(query)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const log: AnyRecord = await api.run(query, undefined, { viewer: ADMIN });
    expect(log.data.auditLog.totalCount).toBe(5);
    expect(log.data.auditLog.nodes.map((n: AnyRecord) => n.action)).toEqual(Array(5).fill('VERSION_CREATED'));
  });
});

describe('a new version of a policy', () => {
  const CREATE = `mutation($input: PolicyVersionCreateInput!) { policyVersionCreate(input: $input) {
    created carriedFacts droppedFacts controller { id version status revision }
    userErrors { code field message } } }`;
  // The vendor's new text: another date, and one data item (the only quote of the gender fact) reworded.
  const changedText = CLUMA_TEXT.replace(
    'Privacyverklaring werd voor het laatst geüpdatet op 25 mei 2020.',
    'Laatst bijgewerkt in 2026.',
  ).replace('Gender', 'Geslacht');

  it('stores the text as a draft whose facts are carried over, PROPOSED; the same text makes no version', async () => {
    const same = await mutate(CREATE, { input: { controller: 'cluma', text: CLUMA_TEXT } });
    expect(same).toMatchObject({ created: false, controller: { version: 1, status: 'PUBLISHED' }, userErrors: [] });

    const draft = await mutate(CREATE, { input: { controller: 'cluma', text: changedText } });
    expect(draft.userErrors).toEqual([]);
    expect(draft).toMatchObject({ created: true, controller: { version: 2, status: 'DRAFT' } });
    expect(draft.carriedFacts.length).toBeGreaterThan(40);
    expect(draft.droppedFacts).toEqual(['data-category:gender:gender']);
    const again = await mutate(CREATE, { input: { controller: 'cluma', text: changedText } });
    expect(again).toMatchObject({ created: false, controller: { version: 2 } });

    // Readers see the published version only; curators see the draft through the same Controller type.
    const anonymous: AnyRecord = await api.run(PURPOSES, { slug: 'cluma', version: 2 });
    expect(anonymous.data.controller).toBeNull();
    const curator: AnyRecord = await asCurator(PURPOSES, { slug: 'cluma', version: 2 });
    expect(curator.data.controller.status).toBe('DRAFT');
    for (const p of curator.data.controller.purposes) expect(p.reviewState).toBe('PROPOSED');
    expect((await api.run<AnyRecord>(PURPOSES, { slug: 'cluma' })).data!.controller.version).toBe(1);
  });

  it('publishes once every fact is reviewed: rejected facts dropped, v1 superseded, the changes listed', async () => {
    const draft = (await mutate(CREATE, { input: { controller: 'cluma', text: changedText } })).controller;
    const PUBLISH = `mutation($input: PolicyVersionInput!) { policyVersionPublish(input: $input) {
      controller { id version status } userErrors { code message } } }`;
    const early = await mutate(PUBLISH, { input: { id: draft.id, expectedRevision: draft.revision } });
    expect(early.userErrors[0].code).toBe('UNREVIEWED_FACTS');

    const facts = await api.dataSource
      .getRepository(Fact)
      .find({ where: { controllerId: (await versionRow('cluma', 2)).id } });
    const toReview = facts.filter((f) => f.reviewState === 'PROPOSED');
    for (const fact of toReview) {
      const id = globalIdOf(fact);
      const decision = fact.key === 'dpo' ? 'REJECT' : 'ACCEPT';
      const reviewed = await mutate(
        `mutation($input: FactReviewInput!) { factReview(input: $input) { userErrors { code message } } }`,
        { input: { id, expectedRevision: fact.revision, decision } },
      );
      expect(reviewed.userErrors).toEqual([]);
    }
    const published = await mutate(PUBLISH, { input: { id: draft.id, expectedRevision: draft.revision } });
    expect(published.userErrors).toEqual([]);
    expect(published.controller).toMatchObject({ version: 2, status: 'PUBLISHED' });

    const reader: AnyRecord = (
      await api.run<AnyRecord>(`{ controller(slug: "cluma") { version dpo { name } dataCategories { category { code } }
        versions { version status }
        changes(from: 1, to: 2) { key kind change fields before { id } after { id } } } }`)
    ).data!.controller;
    expect(reader.version).toBe(2);
    expect(reader.dpo).toBeNull();
    expect(reader.dataCategories.map((d: AnyRecord) => d.category.code)).not.toContain('gender');
    expect(reader.versions).toEqual([
      { version: 2, status: 'PUBLISHED' },
      { version: 1, status: 'SUPERSEDED' },
    ]);
    const changes = new Map(reader.changes.map((c: AnyRecord) => [c.key, c]));
    expect(changes.get('dpo')).toMatchObject({ change: 'REMOVED', after: null, before: { id: expect.any(String) } });
    expect(changes.get('data-category:gender:gender')).toMatchObject({ change: 'REMOVED' });
    expect(changes.get('document')).toMatchObject({ change: 'CHANGED', fields: ['lastUpdated'] });
    expect(changes.has('right:ACCESS')).toBe(false);
  });

  it('lists a controller under a vendor as its published version engages it: drafts show to nobody until published', async () => {
    const VENDORS = `{ processors(first: 100) { nodes { slug controllers(first: 100) { slug }
      controllerConnection(first: 100) { totalCount nodes { slug version } } } } }`;
    /** The vendors whose lists name cluma, with the versions listed and the count, as readers see them. */
    const clumaVendors = async () => {
      const { processors } = (await api.run<AnyRecord>(VENDORS)).data!;
      return (processors.nodes as AnyRecord[])
        .filter((p) => p.controllers.some((c: AnyRecord) => c.slug === 'cluma'))
        .map((p) => ({
          slug: p.slug,
          listed: p.controllers.filter((c: AnyRecord) => c.slug === 'cluma').length,
          versions: p.controllerConnection.nodes
            .filter((c: AnyRecord) => c.slug === 'cluma')
            .map((c: AnyRecord) => c.version),
        }));
    };
    const before = await clumaVendors();
    expect(before.map((v) => v.slug)).toContain('combell');
    const { processors } = (await api.run<AnyRecord>(VENDORS)).data!;
    const added = (processors.nodes as AnyRecord[]).find((p) => !before.some((v) => v.slug === p.slug))!.slug;

    // Draft v2 engages one more vendor and no longer Combell.
    const draft = (await mutate(CREATE, { input: { controller: 'cluma', text: changedText } })).controller;
    const ENGAGEMENTS = `query($id: ID!) { node(id: $id) { ... on Controller { processors { id revision processor { slug } } } } }`;
    const engagements = (await asCurator(ENGAGEMENTS, { id: draft.id })).data!.node.processors as AnyRecord[];
    for (const e of engagements.filter((x) => x.processor.slug === 'combell')) {
      const deleted = await mutate(
        `mutation($input: FactDeleteInput!) { factDelete(input: $input) { userErrors { code message } } }`,
        { input: { id: e.id, expectedRevision: e.revision } },
      );
      expect(deleted.userErrors).toEqual([]);
    }
    const created = await mutate(
      `mutation($input: FactCreateInput!) { factCreate(input: $input) { userErrors { code message } } }`,
      {
        input: {
          controller: draft.id,
          fact: {
            processor: {
              processor: added,
              role: 'PROCESSOR',
              evidence: [{ quote: 'Bedrijven waarmee we samenwerken voor de integratie en hosting van software' }],
            },
          },
        },
      },
    );
    expect(created.userErrors).toEqual([]);
    expect(await clumaVendors()).toEqual(before);

    const row = await versionRow('cluma', 2);
    const facts = await api.dataSource.getRepository(Fact).find({ where: { controllerId: row.id } });
    for (const fact of facts.filter((f) => f.reviewState === 'PROPOSED')) {
      const reviewed = await mutate(
        `mutation($input: FactReviewInput!) { factReview(input: $input) { userErrors { code message } } }`,
        { input: { id: globalIdOf(fact), expectedRevision: fact.revision, decision: 'ACCEPT' } },
      );
      expect(reviewed.userErrors).toEqual([]);
    }
    const { revision } = (
      await asCurator(`query($id: ID!) { node(id: $id) { ... on Controller { revision } } }`, {
        id: draft.id,
      })
    ).data!.node;
    const published = await mutate(
      `mutation($input: PolicyVersionInput!) { policyVersionPublish(input: $input) { userErrors { code message } } }`,
      { input: { id: draft.id, expectedRevision: revision } },
    );
    expect(published.userErrors).toEqual([]);

    const after = await clumaVendors();
    expect(after.map((v) => v.slug).sort()).toEqual(
      [...before.map((v) => v.slug).filter((slug) => slug !== 'combell'), added].sort(),
    );
    for (const vendor of after) expect(vendor).toMatchObject({ listed: 1, versions: [2] });
  });

  async function versionRow(slug: string, version: number) {
    const rows: { id: number }[] = await api.dataSource.query(
      `SELECT id FROM controller WHERE slug = '${slug}' AND version = ${version}`,
    );
    return { id: Number(rows[0].id) };
  }

  /** The global id of a fact of cluma@2 (a Controller's id is its identity, a PolicyDocument's its date). */
  function globalIdOf(fact: Fact): string {
    const types: Record<string, string> = {
      CONTROLLER: 'Controller',
      DOCUMENT: 'PolicyDocument',
      DPO: 'Dpo',
      AUTHORITY_REFERENCE: 'AuthorityReference',
      LEGAL_BASIS_CLAIM: 'LegalBasisClaim',
      DATA_CATEGORY_DISCLOSURE: 'DataCategoryDisclosure',
      PURPOSE: 'Purpose',
      PROCESSOR_ENGAGEMENT: 'ProcessorEngagement',
      RECIPIENT_DISCLOSURE: 'RecipientDisclosure',
      RIGHT_STATEMENT: 'RightStatement',
      RIGHTS_REQUEST: 'RightsRequest',
      POLICY_STATEMENT: 'PolicyStatement',
    };
    const key = fact.kind === 'CONTROLLER' || fact.kind === 'DOCUMENT' ? 'cluma@2' : `cluma@2/${fact.key}`;
    return Buffer.from(`${types[fact.kind]}:${key}`).toString('base64url');
  }
});
