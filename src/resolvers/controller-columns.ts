import { FieldNode, FragmentDefinitionNode, GraphQLResolveInfo, SelectionSetNode } from 'graphql';
import { Controller } from '../entities';

type Property = keyof Controller & string;

/** The fields of a Controller that read one column of the same name (and nothing else of the row). */
const COLUMN_FIELDS: Property[] = [
  'slug',
  'version',
  'status',
  'revision',
  'source',
  'createdAt',
  'publishedAt',
  'name',
  'legalName',
  'legalForm',
  'enterpriseNumber',
  'kvkNumber',
  'vatNumber',
  'language',
  'website',
  'email',
  'phone',
  'representative',
  'transfersOutsideEEA',
  'automatedDecisionMaking',
  'minimumAge',
];

/**
 * The properties of the row each field of a Controller reads (besides `id`, which every list reads): its own column,
 * the columns of its global id, the foreign key a companion is found by, the slug the versions share. The facts under
 * a controller are found by its id. A field not here (`transparency`, `findings`, `dpv`: the analysis reads the whole
 * version) reads every column. test/api/column-selection.test.ts asks for each field alone and checks its value.
 */
const FIELD_PROPERTIES: Record<string, Property[]> = {
  __typename: [],
  ...Object.fromEntries(COLUMN_FIELDS.map((property) => [property, [property]])),
  id: ['slug', 'version', 'status'],
  // The address's columns, embedded under one property (see EntityReader.columnsOf).
  address: ['addressColumns'],
  evidence: ['factId'],
  identityReview: ['factId'],
  versions: ['slug'],
  changes: ['slug'],
  document: ['documentId'],
  supervisoryAuthority: ['supervisoryAuthorityId'],
  ...Object.fromEntries(
    [
      'dpo',
      'rightsRequest',
      'supervisoryAuthorityReference',
      'legalBases',
      'legalBasisClaims',
      'rights',
      'dataCategories',
      'processors',
      'recipients',
      'purposes',
      'statements',
      'dataSources',
      'cookies',
      'securityMeasures',
    ].map((field) => [field, []]),
  ),
};

type Fragments = Record<string, FragmentDefinitionNode | undefined>;

/** The fields a selection set asks for, through its fragments, by name (with every node that asks for each). */
function selectedFields(set: SelectionSetNode | undefined, fragments: Fragments, fields: Map<string, FieldNode[]>) {
  for (const selection of set?.selections ?? []) {
    if (selection.kind === 'Field') {
      const name = selection.name.value;
      fields.set(name, [...(fields.get(name) ?? []), selection]);
    } else if (selection.kind === 'InlineFragment') selectedFields(selection.selectionSet, fragments, fields);
    else selectedFields(fragments[selection.name.value]?.selectionSet, fragments, fields);
  }
}

const fieldsOf = (nodes: readonly FieldNode[], fragments: Fragments) => {
  const fields = new Map<string, FieldNode[]>();
  for (const node of nodes) selectedFields(node.selectionSet, fragments, fields);
  return fields;
};

/**
 * The properties the controllers of `nodes` (fields whose type is a Controller or a list of them) must read for the
 * fields the operation asks of them, sorted, or null (every column) when it asks for one FIELD_PROPERTIES does not
 * list. A page of 50 controllers asked for their slug, name and facts reads 4 of the row's 35 columns.
 */
export function controllerColumns(nodes: readonly FieldNode[], fragments: Fragments): string[] | null {
  const columns = new Set<string>(['id']);
  for (const name of fieldsOf(nodes, fragments).keys()) {
    const read = FIELD_PROPERTIES[name];
    if (!read) return null;
    for (const property of read) columns.add(property);
  }
  return [...columns].sort();
}

/** controllerColumns of the controllers a resolver's field returns. */
export function columnsOfField(info: GraphQLResolveInfo): string[] | null {
  return controllerColumns(info.fieldNodes, info.fragments);
}

/**
 * controllerColumns of the controllers of a connection field (its `nodes` and its edges' `node`), with `extra`
 * (the page's sort key).
 */
export function columnsOfConnection(info: GraphQLResolveInfo, extra: Property[]): string[] | null {
  const connection = fieldsOf(info.fieldNodes, info.fragments);
  const edges = fieldsOf(connection.get('edges') ?? [], info.fragments);
  const columns = controllerColumns([...(connection.get('nodes') ?? []), ...(edges.get('node') ?? [])], info.fragments);
  return columns && [...new Set([...columns, ...extra])].sort();
}
