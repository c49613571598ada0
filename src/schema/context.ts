import { DataSource } from 'typeorm';
import { Role, roleIncludes } from '../auth/role';
import { Viewer } from '../auth/viewer';
import { Loaders, Selection } from '../dataloaders';
import type { IngestionService } from '../jobs/ingestion-service';

/** What every resolver gets: the long-lived DataSource and this request's own loaders. */
export interface Context {
  dataSource: DataSource;
  loaders: Loaders;
  /** Where submitted policies go (submitPolicy). */
  ingestions: IngestionService;
  requestId: string;
  /** Who sent the request: the holder of the valid API key it sent, or null for an anonymous request. */
  viewer: Viewer | null;
  /** Who is charged for the request in rate limiting: the API key (`key:<id>`), else the client's address (`ip:<ip>`). */
  clientKey: string;
  /**
   * What the server learns about the operation while running it. Apollo runs each operation with a shallow copy of the
   * context, so this record is what the code around Apollo (the response cache) sees of it.
   */
  operation: OperationFacts;
}

/** Whether the request may see draft versions and their facts (a curator's or an admin's key). */
export function seesDrafts(context: Pick<Context, 'viewer'>): boolean {
  return context.viewer !== null && roleIncludes(context.viewer.role, Role.CURATOR);
}

export interface OperationFacts {
  /** The operation's cost, once computed (see operationLimitsPlugin). */
  cost?: number;
  /** The name of the operation, once Apollo resolved it (null for an anonymous one). */
  name?: string | null;
  /** What the operation selects, once Apollo resolved it (see selectionPlugin): the loaders read it. */
  fields?: Selection;
}
