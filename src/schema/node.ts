import { Field, ID, InterfaceType } from 'type-graphql';

/**
 * Relay's Node interface: every object the API serves has a global, opaque `id` that `node(id:)` resolves.
 * Ids are built from stable keys (slugs and codes), so they survive a reseed.
 */
@InterfaceType({ description: 'An object with a global, opaque ID that `node(id:)` resolves.' })
export abstract class Node {
  @Field(() => ID, { name: 'id', description: 'Global, opaque identifier of this object.' })
  readonly nodeId: string;
}

const SEPARATOR = ':';

/** Encodes a global id from a GraphQL type name and the object's stable key. */
export function toGlobalId(typeName: string, key: string | number): string {
  return Buffer.from(`${typeName}${SEPARATOR}${key}`, 'utf8').toString('base64url');
}

/** Decodes a global id; returns null for anything that is not one of ours. */
export function fromGlobalId(id: string): { typeName: string; key: string } | null {
  if (id.length > 200 || !/^[A-Za-z0-9_-]+$/.test(id)) return null;
  const decoded = Buffer.from(id, 'base64url').toString('utf8');
  const at = decoded.indexOf(SEPARATOR);
  if (at <= 0 || at === decoded.length - 1) return null;
  return { typeName: decoded.slice(0, at), key: decoded.slice(at + 1) };
}
