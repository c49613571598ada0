/** The PostgreSQL migrations, oldest first (rewritten by `npm run migration:generate`). */
import { Initial1795459521494 } from './1795459521494-initial';
import { VersionedFacts1796117819259 } from './1796117819259-versioned-facts';

export const postgresMigrations = [Initial1795459521494, VersionedFacts1796117819259];
