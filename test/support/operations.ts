/** The operations of the API contract (issue #3), exactly as written there. */
export const CONTROLLER_OPERATION = /* GraphQL */ `
  query Controller($slug: String!) {
    controller(slug: $slug) {
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
`;

export const LISTS_OPERATION = (nodeId: string) => /* GraphQL */ `
query Lists {
  controllers(first: 2, after: null, filter: { dataCategory: "ip-address" }) {
    totalCount pageInfo { hasNextPage endCursor } edges { cursor node { slug } } nodes { slug }
  }
  processors(first: 50) { totalCount nodes { slug name controllers { slug } dataCategories { code } } }
  processor(slug: "combell") { name controllers { slug name } }
  dataCategories { code name special dpv controllers { slug } }
  dataCategory(code: "biometric") { controllers { slug } }
  legalBases { code article controllers { slug } }
  rights { code article controllers { slug } }
  supervisoryAuthorities { slug name controllers { slug } }
  policyDocuments { slug language controller { slug } }
  node(id: "${nodeId}") { id ... on Controller { slug } }
}`;

export const CONTROLLER_SLUGS = ['cloudar', 'cloudpiling', 'cloudware', 'cluma', 'it-voor-ondernemers'];
