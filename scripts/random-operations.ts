import {
  getNamedType,
  getNullableType,
  GraphQLArgument,
  GraphQLField,
  GraphQLInputType,
  GraphQLObjectType,
  GraphQLSchema,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
} from 'graphql';

/** A small seeded PRNG (mulberry32), so that a failing operation can be reproduced from its seed. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Strings worth trying in any argument: real keys, near misses, and hostile text. */
const STRINGS = [
  'cluma',
  'cloudware',
  'cloudar',
  'cloudpiling',
  'it-voor-ondernemers',
  'combell',
  'google-analytics',
  'aws',
  'gba',
  'ip-address',
  'biometric',
  'name',
  'Marketing',
  'ServiceProvision',
  'accountant',
  'nl',
  'en',
  'gegevens',
  'cookies',
  '',
  ' ',
  '%',
  '_',
  "' OR 1=1 --",
  '"; DROP TABLE controller; --',
  'ÿ',
  '😀',
  'x'.repeat(150),
  'Q29udHJvbGxlcjpjbHVtYQ',
];
const INTS = [1, 2, 5, 20, 50, 100, 0, -1, 101, 2147483647];

interface Walk {
  next: () => number;
  pick: <T>(items: readonly T[]) => T;
  /** The variables the operation declares (`$name: Type`) and the values sent for them. */
  variables: { name: string; type: string; value: unknown; sent: boolean }[];
}

/** A JSON value that fits `type` (sometimes leaving out what is optional). */
function validValue(type: GraphQLInputType, walk: Walk, depth: number): unknown {
  const inner = getNullableType(type) as GraphQLInputType;
  if (!isNonNullType(type) && walk.next() < 0.2) return null;
  if (isListType(inner)) return [validValue(inner.ofType, walk, depth + 1)];
  if (isEnumType(inner)) return walk.pick(inner.getValues()).name;
  if (isInputObjectType(inner)) {
    if (depth > 2) return {};
    return Object.fromEntries(
      Object.values(inner.getFields())
        .filter((f) => isNonNullType(f.type) || walk.next() < 0.5)
        .map((f) => [f.name, validValue(f.type, walk, depth + 1)]),
    );
  }
  if (isScalarType(inner)) {
    if (inner.name === 'Int') return walk.pick(INTS);
    if (inner.name === 'Float') return walk.next() * 100;
    if (inner.name === 'Boolean') return walk.next() < 0.5;
    return walk.pick(STRINGS);
  }
  return null;
}

function nested(depth: number): unknown {
  return depth === 0 ? 'bottom' : { a: nested(depth - 1) };
}

/** Values a client may send by mistake or on purpose for any variable: wrong types, nulls, huge and deep values. */
const HOSTILE_VALUES: ((walk: Walk) => unknown)[] = [
  () => null,
  () => 5,
  () => -1.5,
  () => true,
  () => 'not a number',
  () => ({ a: 1 }),
  () => [],
  () => ['a', 2, null],
  () => nested(60),
  () => Array.from({ length: 10_000 }, (_, i) => i),
  () => 'x'.repeat(50_000),
  () => '\ud800',
  (walk) => ({ colour: 'red', ...(walk.next() < 0.5 ? { first: 'x' } : {}) }),
];

/** A variable's value: usually valid, else a mistake (wrong type, null, extra fields, huge or deep). */
function variableValue(type: GraphQLInputType, walk: Walk): unknown {
  if (walk.next() < 0.6) return validValue(type, walk, 0);
  const inner = getNullableType(type) as GraphQLInputType;
  if (isInputObjectType(inner) && walk.next() < 0.5) {
    return { ...(validValue(inner, walk, 0) as object), unknownField: walk.pick(STRINGS) };
  }
  return walk.pick(HOSTILE_VALUES)(walk);
}

/** An argument passed through a new variable of its type (sometimes with a default, sometimes not sent at all). */
function viaVariable(arg: GraphQLArgument, walk: Walk): string {
  const name = `v${walk.variables.length}`;
  const withDefault = !isNonNullType(arg.type) && walk.next() < 0.3 ? literal(arg.type, walk, 0) : undefined;
  const sent = walk.next() < 0.9;
  walk.variables.push({
    name,
    type: withDefault === undefined ? arg.type.toString() : `${arg.type.toString()} = ${withDefault}`,
    value: sent ? variableValue(arg.type, walk) : undefined,
    sent,
  });
  return `${arg.name}: $${name}`;
}

function literal(type: GraphQLInputType, walk: Walk, depth: number): string | undefined {
  const inner = getNullableType(type) as GraphQLInputType;
  if (!isNonNullType(type) && walk.next() < 0.3) return undefined;
  if (isListType(inner)) {
    const value = literal(inner.ofType, walk, depth + 1);
    return value === undefined ? '[]' : `[${value}]`;
  }
  if (isEnumType(inner)) return walk.pick(inner.getValues()).name;
  if (isInputObjectType(inner)) {
    if (depth > 2) return '{}';
    const fields = Object.values(inner.getFields())
      .map((f) => [f.name, literal(f.type, walk, depth + 1)] as const)
      .filter(([, v]) => v !== undefined);
    return `{ ${fields.map(([n, v]) => `${n}: ${v}`).join(', ')} }`;
  }
  if (isScalarType(inner)) {
    if (inner.name === 'Int') return String(walk.pick(INTS));
    if (inner.name === 'Float') return String(walk.next() * 100);
    if (inner.name === 'Boolean') return walk.next() < 0.5 ? 'true' : 'false';
    return JSON.stringify(walk.pick(STRINGS));
  }
  return undefined;
}

function args(field: GraphQLField<unknown, unknown>, walk: Walk): string {
  const parts = field.args
    .map((arg: GraphQLArgument) => {
      if (walk.next() < 0.25) return viaVariable(arg, walk);
      // Page sizes are kept small so that most operations stay under the cost limit and execute.
      if (arg.name === 'first')
        return walk.next() < 0.9 ? `first: ${walk.pick([1, 2, 3, 5])}` : `first: ${walk.pick(INTS)}`;
      const value = literal(arg.type, walk, 0);
      return value === undefined ? null : `${arg.name}: ${value}`;
    })
    .filter(Boolean);
  return parts.length ? `(${parts.join(', ')})` : '';
}

function selection(type: GraphQLObjectType, walk: Walk, depth: number): string {
  const fields = Object.values(type.getFields());
  const chosen = fields.filter(() => walk.next() < 0.35);
  if (!chosen.length) chosen.push(walk.pick(fields));
  const parts: string[] = [];
  for (const field of chosen) {
    const named = getNamedType(field.type);
    if (isLeafType(named)) {
      if (field.args.some((a) => isNonNullType(a.type))) continue;
      parts.push(field.name);
    } else if (depth < 3 && (isObjectType(named) || isInterfaceType(named))) {
      const objectType = isInterfaceType(named) ? null : named;
      const sub = objectType ? selection(objectType, walk, depth + 1) : 'id';
      parts.push(`${field.name}${args(field, walk)} { ${sub} }`);
    }
  }
  return parts.length ? parts.join(' ') : '__typename';
}

/**
 * Generates the `seed`-th random request over `schema`: a random subset of root fields with random arguments (real
 * keys, edge-case numbers, hostile strings), some passed through variables, and random nested selections up to depth
 * 4. The document is valid GraphQL, but not always valid input: arguments may be out of range, and variables may be
 * missing, null, of the wrong type, with unknown fields, very long or deeply nested (plus an undeclared one now and
 * then), which the API must answer with a coded error.
 */
export function randomRequest(
  schema: GraphQLSchema,
  seed: number,
): { query: string; variables: Record<string, unknown> } {
  const next = random(seed);
  const walk: Walk = { next, pick: (items) => items[Math.floor(next() * items.length)], variables: [] };
  const query = schema.getQueryType()!;
  const roots = Object.values(query.getFields()).filter(() => next() < 0.15);
  if (!roots.length) roots.push(walk.pick(Object.values(query.getFields())));
  const parts = roots.map((field, i) => {
    const named = getNamedType(field.type);
    const body = isObjectType(named) ? ` { ${selection(named, walk, 1)} }` : isInterfaceType(named) ? ' { id }' : '';
    return `r${i}: ${field.name}${args(field, walk)}${body}`;
  });
  const declared = walk.variables.map((v) => `$${v.name}: ${v.type}`).join(', ');
  const variables: Record<string, unknown> = Object.fromEntries(
    walk.variables.filter((v) => v.sent).map((v) => [v.name, v.value]),
  );
  if (next() < 0.05) variables.undeclared = walk.pick(STRINGS);
  return { query: `query Fuzz${seed}${declared ? `(${declared})` : ''} { ${parts.join(' ')} }`, variables };
}

/** The document of the `seed`-th random request (see randomRequest). */
export function randomOperation(schema: GraphQLSchema, seed: number): string {
  return randomRequest(schema, seed).query;
}
