import fs from 'node:fs';
import path from 'node:path';
import { Role, Viewer } from '../../src/auth';
import { createTestApi, GraphQLResult, TestApi } from '../support/test-api';

type AnyRecord = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const CURATOR = Object.assign(new Viewer(), {
  role: Role.CURATOR,
  name: 'Jane',
  keyId: 'key-jane',
  keyPrefix: 'pgk_test0000',
});
const CLUMA_TEXT = fs.readFileSync(path.join(__dirname, '../../seeds/documents/cluma.txt'), 'utf8');

let api: TestApi;
beforeEach(async () => {
  api = await createTestApi();
});
afterEach(() => api.close());

async function run(query: string, variables: Record<string, unknown> = {}, viewer: Viewer | null = CURATOR) {
  const result: GraphQLResult<AnyRecord> = await api.run(query, variables, { viewer });
  expect(result.errors).toBeUndefined();
  return result.data!;
}

const REVIEW = 'reviewState revision';
/** Every fact of a version with what factReview needs, as a review client reads them: nothing but the public API. */
const DRAFT = `query($version: Int!) { controller(slug: "cluma", version: $version) { id status revision
  identityReview { kind key reviewState source revision }
  document { id dateReview { kind key reviewState source revision } }
  dpo { id ${REVIEW} } supervisoryAuthorityReference { id ${REVIEW} } legalBasisClaims { id ${REVIEW} }
  purposes { id ${REVIEW} } dataCategories { id ${REVIEW} } processors { id ${REVIEW} } recipients { id ${REVIEW} }
  rights { id ${REVIEW} } rightsRequest { id ${REVIEW} } statements { id ${REVIEW} } } }`;

const REVIEW_FACT = `mutation($input: FactReviewInput!) { factReview(input: $input) { userErrors { code message } } }`;
const PUBLISH = `mutation($input: PolicyVersionInput!) { policyVersionPublish(input: $input) {
  controller { version status } userErrors { code message } } }`;

describe('the review state of a version’s identity and of its document’s date', () => {
  it('is ACCEPTED on a published version, for readers too', async () => {
    const published = (await run(DRAFT.replace('$version: Int!', '$version: Int'), { version: null }, null)).controller;
    expect(published.identityReview).toMatchObject({ kind: 'CONTROLLER', key: 'controller', reviewState: 'ACCEPTED' });
    expect(published.document.dateReview).toMatchObject({ kind: 'DOCUMENT', key: 'document', reviewState: 'ACCEPTED' });
  });

  it('lets a client review every fact of a draft through the API alone, and publish it', async () => {
    const created = (
      await run(
        `mutation($input: PolicyVersionCreateInput!) { policyVersionCreate(input: $input) {
          controller { version } userErrors { code } } }`,
        { input: { controller: 'cluma', text: CLUMA_TEXT.replace('Gender', 'Geslacht') } },
      )
    ).policyVersionCreate;
    expect(created.userErrors).toEqual([]);
    const draft = (await run(DRAFT, { version: created.controller.version })).controller;
    expect(draft.status).toBe('DRAFT');
    expect(draft.identityReview).toMatchObject({ kind: 'CONTROLLER', reviewState: 'PROPOSED' });
    expect(draft.document.dateReview).toMatchObject({ kind: 'DOCUMENT', reviewState: 'PROPOSED' });

    // The identity and the date are reviewed under the Controller's and the PolicyDocument's ids.
    const reviews = [
      { id: draft.id, ...draft.identityReview },
      { id: draft.document.id, ...draft.document.dateReview },
      ...Object.values(draft)
        .flatMap((value) => (Array.isArray(value) ? value : [value]))
        .filter((fact: AnyRecord | null) => fact?.reviewState === 'PROPOSED' && 'id' in fact),
    ];
    for (const fact of reviews) {
      const { factReview } = await run(REVIEW_FACT, {
        input: { id: fact.id, expectedRevision: fact.revision, decision: 'ACCEPT' },
      });
      expect(factReview.userErrors).toEqual([]);
    }
    const reviewed = (await run(DRAFT, { version: created.controller.version })).controller;
    expect(reviewed.identityReview).toMatchObject({
      reviewState: 'ACCEPTED',
      revision: draft.identityReview.revision + 1,
    });
    expect(reviewed.document.dateReview.reviewState).toBe('ACCEPTED');

    const { policyVersionPublish } = await run(PUBLISH, {
      input: { id: draft.id, expectedRevision: reviewed.revision },
    });
    expect(policyVersionPublish).toEqual({ controller: { version: 2, status: 'PUBLISHED' }, userErrors: [] });
  });

  it('keeps a draft from being published while its identity is not reviewed', async () => {
    const created = (
      await run(
        `mutation($input: PolicyVersionCreateInput!) { policyVersionCreate(input: $input) { controller { version } } }`,
        { input: { controller: 'cluma', text: CLUMA_TEXT.replace('Gender', 'Geslacht') } },
      )
    ).policyVersionCreate;
    const draft = (await run(DRAFT, { version: created.controller.version })).controller;
    const others = Object.values(draft)
      .flatMap((value) => (Array.isArray(value) ? value : [value]))
      .filter((fact: AnyRecord | null) => fact?.reviewState === 'PROPOSED' && 'id' in fact);
    for (const fact of [{ id: draft.document.id, ...draft.document.dateReview }, ...others]) {
      await run(REVIEW_FACT, { input: { id: fact.id, expectedRevision: fact.revision, decision: 'ACCEPT' } });
    }
    const { policyVersionPublish } = await run(PUBLISH, { input: { id: draft.id, expectedRevision: draft.revision } });
    expect(policyVersionPublish.userErrors).toEqual([
      { code: 'UNREVIEWED_FACTS', message: expect.stringContaining('1 fact(s)') },
    ]);
  });
});
