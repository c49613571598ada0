import { DataSource } from 'typeorm';
import { Loaders } from '../dataloaders';

/** What every resolver gets: the long-lived DataSource and this request's own loaders. */
export interface Context {
  dataSource: DataSource;
  loaders: Loaders;
  requestId: string;
  /** Who is charged for the request in rate limiting (the client's IP address). */
  clientKey: string;
  /**
   * What the server learns about the operation while running it. Apollo runs each operation with a shallow copy of the
   * context, so this record is what the code around Apollo (the response cache) sees of it.
   */
  operation: OperationFacts;
  /** Who sent the request (their API key), or null for an anonymous request. */
  viewer?: { id: string; name: string; role: string } | null;
}

/** Whether the request may see draft versions and their facts (a curator's or an admin's key). */
export function seesDrafts(context: Pick<Context, 'viewer'>): boolean {
  return context.viewer?.role === 'curator' || context.viewer?.role === 'admin';
}

export interface OperationFacts {
  /** The operation's cost, once computed (see operationLimitsPlugin). */
  cost?: number;
  /** The name of the operation, once Apollo resolved it (null for an anonymous one). */
  name?: string | null;
}
