import { createTestApi, TestApi } from '../support/test-api';
import { multipliedSeeds } from '../support/seed-fixtures';

/** The contract's Controller query, over every controller at once. */
const ALL_CONTROLLERS = /* GraphQL */ `
  query AllControllers {
    controllers(first: 100) {
      totalCount
      nodes {
        id
        slug
        name
        legalForm
        enterpriseNumber
        language
        website
        email
        phone
        address {
          street
          postalCode
          city
          country
        }
        dpo {
          name
          email
          phone
          organization
          evidence {
            quote
          }
        }
        supervisoryAuthority {
          slug
          name
          acronym
          address {
            street
            postalCode
            city
          }
          email
          website
          controllers {
            slug
          }
        }
        supervisoryAuthorityReference {
          namedAs
          evidence {
            quote
          }
        }
        legalBases {
          code
          article
          dpv
        }
        rights {
          right {
            code
            name
            article
            dpv
          }
          evidence {
            quote
            start
            end
            document {
              slug
            }
          }
        }
        dataCategories {
          label
          category {
            code
            name
            special
            dpv
          }
          evidence {
            quote
            start
            end
            document {
              slug
            }
          }
        }
        processors {
          processor {
            slug
            name
            controllers {
              slug
            }
          }
          service
          evidence {
            quote
            start
            end
            document {
              slug
            }
          }
        }
        recipients {
          label
          category {
            code
          }
          evidence {
            quote
          }
        }
        purposes {
          name
          label
          category {
            code
            dpv
          }
          legalBases {
            code
          }
          dataCategories {
            code
          }
          retention {
            description
            duration
          }
          evidence {
            quote
            start
            end
            document {
              slug
            }
          }
        }
        transfersOutsideEEA
        automatedDecisionMaking
        minimumAge
        rightsRequest {
          channel
          responseTime
          identityProof
          evidence {
            quote
          }
        }
        statements {
          topic
          description
          evidence {
            quote
          }
        }
        document {
          slug
          title
          language
          sha256
          text
        }
      }
    }
  }
`;

async function statementsFor(api: TestApi): Promise<{ statements: number; controllers: number }> {
  const before = api.counter.count;
  const result = await api.run<{ controllers: { totalCount: number } }>(ALL_CONTROLLERS);
  expect(result.errors).toBeUndefined();
  return { statements: api.counter.count - before, controllers: result.data!.controllers.totalCount };
}

describe('batching', () => {
  it('runs the same number of SQL statements for 5 and for 30 controllers: it depends on the query, not the rows', async () => {
    const small = await createTestApi();
    const large = await createTestApi({ seedsDir: multipliedSeeds(6) });
    try {
      const atFive = await statementsFor(small);
      const atThirty = await statementsFor(large);
      expect(atFive.controllers).toBe(5);
      expect(atThirty.controllers).toBe(30);
      // On both engines: the loaders dispatch their batches in waves (BatchScheduler), so that a loader fed from two
      // fields (controller: by processors and by authorities) batches the same way whatever the timing of the pool.
      expect(atThirty.statements).toBe(atFive.statements);
      // At most one statement per selection set of the query (plus the count), whatever the number of rows.
      const selectionSets = ALL_CONTROLLERS.split('{').length - 1;
      expect(atFive.statements).toBeLessThanOrEqual(selectionSets + 1);
      expect(atThirty.statements).toBeLessThanOrEqual(selectionSets + 1);
    } finally {
      await small.close();
      await large.close();
    }
  });
});
