import { CONTROLLER_SLUGS } from '../support/operations';
import { createTestApi, TestApi } from '../support/test-api';

/** The one-to-one rows of a controller, as a front end's detail page asks for them. */
const DPO = 'name email phone organization address { street city }';
const RIGHTS_REQUEST = 'channel responseTime identityProof fee';
const AUTHORITY = 'slug name acronym address { city }';
const DOCUMENT = 'slug title sha256 length text';
const COMPANIONS = `query($slug: String!) { controller(slug: $slug) {
  dpo { id ${DPO} } rightsRequest { id ${RIGHTS_REQUEST} } supervisoryAuthority { ${AUTHORITY} } document { ${DOCUMENT} } } }`;

/** The same rows looked up by their own root fields (their own loaders), keyed as the controller's fields. */
const LOOKUPS = `query($dpo: ID!, $request: ID!, $authority: String!, $slug: String!) {
  dpo: node(id: $dpo) { id ... on Dpo { ${DPO} } }
  rightsRequest: node(id: $request) { id ... on RightsRequest { ${RIGHTS_REQUEST} } }
  supervisoryAuthority(slug: $authority) { ${AUTHORITY} }
  document: policyDocument(slug: $slug) { ${DOCUMENT} } }`;

type Companions = Record<string, Record<string, unknown> | null>;

describe("a controller's DPO, rights request, authority and document", () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await createTestApi();
  });
  afterAll(() => api.close());

  const run = async (query: string, variables: Record<string, unknown>) => {
    const before = api.counter.count;
    const result = await api.run<{ controller: Companions }>(query, variables);
    expect(result.errors).toBeUndefined();
    return { controller: result.data!.controller, statements: api.counter.count - before };
  };

  it.each(CONTROLLER_SLUGS)(
    'are read in one statement after the controller, as their own lookups read them (%s)',
    async (slug) => {
      const { controller, statements } = await run(COMPANIONS, { slug });
      expect(statements).toBe(2);
      const ids = (field: string) => (controller[field] as { id: string } | null)?.id;
      const authority = (controller.supervisoryAuthority as { slug: string } | null)?.slug;
      const lookups = await api.run<Companions>(LOOKUPS, {
        dpo: ids('dpo') ?? 'none',
        request: ids('rightsRequest') ?? 'none',
        authority: authority ?? 'none',
        slug,
      });
      for (const field of ['dpo', 'rightsRequest', 'supervisoryAuthority', 'document'])
        expect(controller[field]).toEqual(lookups.data?.[field] ?? null);
    },
  );

  it('are null where the policy names none, and the text is byte-exact', async () => {
    const { controller } = await run(COMPANIONS, { slug: 'cloudpiling' });
    expect(controller.dpo).toBeNull();
    const root = await api.run<{ policyDocument: { text: string } }>(
      'query($slug: String!) { policyDocument(slug: $slug) { text } }',
      { slug: 'cloudpiling' },
    );
    expect((controller.document as { text: string }).text).toBe(root.data!.policyDocument.text);
    expect((controller.document as { length: number }).length).toBe(root.data!.policyDocument.text.length);
  });

  it('cost one statement for a whole page of controllers', async () => {
    const before = api.counter.count;
    const result = await api.run<{ controllers: { nodes: Companions[] } }>(
      '{ controllers(first: 5) { nodes { slug dpo { name } rightsRequest { channel } supervisoryAuthority { slug } } } }',
    );
    expect(result.errors).toBeUndefined();
    const nodes = result.data!.controllers.nodes;
    expect(nodes).toHaveLength(5);
    expect(nodes.filter((n) => n.dpo !== null)).toHaveLength(3);
    // The page (and its count, when asked) and one statement for every companion of the five controllers.
    expect(api.counter.count - before).toBe(2);
  });
});
