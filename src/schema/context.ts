import { DataSource } from 'typeorm';
import { Loaders } from '../dataloaders';

/** What every resolver gets: the long-lived DataSource and this request's own loaders. */
export interface Context {
  dataSource: DataSource;
  loaders: Loaders;
  requestId: string;
  /** Who is charged for the request in rate limiting (the client's IP address). */
  clientKey: string;
  /** The operation's cost, once computed. */
  cost?: number;
}
