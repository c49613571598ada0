/** The PostgreSQL migrations, oldest first (rewritten by `npm run migration:generate`). */
import { Initial1795459521494 } from './1795459521494-initial';
import { ApiKeys1796117292198 } from './1796117292198-api-keys';
import { VersionedFacts1796117819259 } from './1796117819259-versioned-facts';
import { Ingestions1796124764284 } from './1796124764284-ingestions';
import { EngagementControllerSlug1796137079671 } from './1796137079671-engagement-controller-slug';

export const postgresMigrations = [
  Initial1795459521494,
  ApiKeys1796117292198,
  VersionedFacts1796117819259,
  Ingestions1796124764284,
  EngagementControllerSlug1796137079671,
];
