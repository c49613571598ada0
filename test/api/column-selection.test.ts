import { getNamedType, GraphQLObjectType, isLeafType } from 'graphql';
import { createSchema } from '../../src/schema/build-schema';
import { createTestApi, TestApi } from '../support/test-api';

type AnyRecord = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/**
 * A controller's lists read only the columns the operation's fields need (OPTIONAL_COLUMNS in src/dataloaders): every
 * field of their types, asked for alone, must answer what it answers beside all the others (which read every column).
 * A field that reads a column the table leaves out for it answers differently here.
 */
const LISTS = {
  rights: 'RightStatement',
  dataCategories: 'DataCategoryDisclosure',
  processors: 'ProcessorEngagement',
  purposes: 'Purpose',
};

let api: TestApi;
const selections = new Map<string, string[]>();
beforeAll(async () => {
  api = await createTestApi();
  const schema = await createSchema();
  for (const typeName of Object.values(LISTS)) {
    const type = schema.getType(typeName) as GraphQLObjectType;
    const fields = Object.values(type.getFields()).filter((f) => !f.args.some((a) => a.type.toString().endsWith('!')));
    // An object field is asked for with its type name: its resolver still runs, and null shows.
    selections.set(
      typeName,
      fields.map((f) => (isLeafType(getNamedType(f.type)) ? f.name : `${f.name} { __typename }`)),
    );
  }
});
afterAll(() => api.close());

/** The items of each controller's `list`, with `selection` (the item's id always comes with it). */
async function itemsOf(list: string, selection: string): Promise<AnyRecord[]> {
  const result = await api.run<{ controllers: { nodes: AnyRecord[] } }>(
    `{ controllers(first: 10) { nodes { ${list} { id ${selection} } } } }`,
  );
  expect(result.errors).toBeUndefined();
  return result.data!.controllers.nodes.flatMap((c) => c[list] as AnyRecord[]);
}

it.each(Object.entries(LISTS))(
  'answers each field of %s (%s) alone as a lookup of the whole fact does',
  async (list, typeName) => {
    const fields = selections.get(typeName)!;
    const ids = (await itemsOf(list, '')).map((item) => item.id as string);
    expect(ids.length).toBeGreaterThan(0);
    expect(ids.every((id) => typeof id === 'string')).toBe(true);
    // The reference: the same facts looked up by id, a path that reads every column.
    const whole = new Map<string, AnyRecord>();
    for (let at = 0; at < ids.length; at += 100) {
      const result = await api.run<{ nodes: AnyRecord[] }>(
        `query ($ids: [ID!]!) { nodes(ids: $ids) { ... on ${typeName} { id ${fields.join(' ')} } } }`,
        { ids: ids.slice(at, at + 100) },
      );
      expect(result.errors).toBeUndefined();
      for (const node of result.data!.nodes) whole.set(node.id as string, node);
    }
    for (const field of fields) {
      const name = field.split(' ')[0];
      const alone = await itemsOf(list, field);
      expect(alone.map((item) => [item.id, item[name]])).toEqual(
        alone.map((item) => [item.id, whole.get(item.id)![name]]),
      );
    }
    // The columns a list may leave out have values in the seeds (else leaving them out could not show).
    for (const name of ['conditions', 'context', 'service', 'retention', 'label'].filter(
      (n) => fields.includes(n) || fields.some((f) => f.startsWith(`${n} `)),
    ))
      expect([...whole.values()].some((item) => item[name] !== null)).toBe(true);
  },
);

/**
 * A list of controllers reads only the columns its fields need (FIELD_PROPERTIES in src/resolvers/controller-columns):
 * each field of Controller asked for alone, under the `controllers` page and under a vendor's bounded `controllers`,
 * must answer what a lookup of the whole version answers (`nodes(ids:)`, which reads every column).
 */
describe('Controller', () => {
  let fields: string[];
  let whole: Map<string, AnyRecord>;
  const LISTS: [string, (selection: string) => string, (data: AnyRecord) => AnyRecord[]][] = [
    [
      'the controllers page',
      (selection) => `{ controllers(first: 10) { nodes { id ${selection} } } }`,
      (data) => data.controllers.nodes as AnyRecord[],
    ],
    [
      'the connection’s edges',
      (selection) => `{ controllers(last: 3) { edges { node { id ${selection} } } } }`,
      (data) => (data.controllers.edges as AnyRecord[]).map((edge) => edge.node as AnyRecord),
    ],
    [
      'a vendor’s controllers',
      (selection) => `{ processors(first: 20) { nodes { controllers(first: 10) { id ${selection} } } } }`,
      (data) => (data.processors.nodes as AnyRecord[]).flatMap((p) => p.controllers as AnyRecord[]),
    ],
  ];

  beforeAll(async () => {
    const type = (await createSchema()).getType('Controller') as GraphQLObjectType;
    fields = Object.values(type.getFields())
      .filter((f) => !f.args.some((a) => a.type.toString().endsWith('!')))
      .map((f) => (isLeafType(getNamedType(f.type)) ? f.name : `${f.name} { __typename }`));
    const result = await api.run<{ controllers: { nodes: { id: string }[] } }>('{ controllers { nodes { id } } }');
    const ids = result.data!.controllers.nodes.map((c) => c.id);
    const lookup = await api.run<{ nodes: AnyRecord[] }>(
      `query ($ids: [ID!]!) { nodes(ids: $ids) { ... on Controller { id ${fields.join(' ')} } } }`,
      { ids },
    );
    expect(lookup.errors).toBeUndefined();
    whole = new Map(lookup.data!.nodes.map((node) => [node.id as string, node]));
  });

  it.each(LISTS)('answers each field alone in %s as a lookup of the whole version does', async (_, query, items) => {
    expect(fields).toEqual(expect.arrayContaining(['name', 'address { __typename }', 'transparency { __typename }']));
    for (const field of fields) {
      const name = field.split(' ')[0];
      const result = await api.run(query(field));
      expect(result.errors).toBeUndefined();
      const alone = items(result.data!);
      expect(alone.length).toBeGreaterThan(0);
      expect(alone.map((item) => [item.id, item[name]])).toEqual(
        alone.map((item) => [item.id, whole.get(item.id as string)![name]]),
      );
    }
  });

  it('reads fewer columns for a list that asks only for names and facts', async () => {
    const statements: string[] = [];
    const log = api.dataSource.logger.logQuery.bind(api.dataSource.logger);
    api.dataSource.logger.logQuery = (query, parameters) => {
      statements.push(query);
      log(query, parameters);
    };
    try {
      const result = await api.run('{ controllers(first: 5) { nodes { slug name dpo { name } rights { id } } } }');
      expect(result.errors).toBeUndefined();
    } finally {
      api.dataSource.logger.logQuery = log;
    }
    const page = statements.find((s) => /controller" "c"/.test(s) && /LIMIT/.test(s))!;
    expect(page).toBeDefined();
    expect(page).toMatch(/"name"/);
    expect(page).not.toMatch(/"legalName"|"email"|"address/);
  });
});
