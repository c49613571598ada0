/** The SQLite migrations, oldest first (rewritten by `npm run migration:generate`). */
import { Initial1795459521494 } from './1795459521494-initial';

export const sqliteMigrations = [Initial1795459521494];
