import http from 'node:http';
import { AddressInfo } from 'node:net';
import express from 'express';
import jsonld from 'jsonld';
import { DPV_CONTEXT } from '../../src/analysis';
import { jsonldRouter } from '../../src/server/jsonld-route';
import { CONTROLLER_SLUGS } from '../support/operations';
import { createTestApi, TestApi } from '../support/test-api';

type AnyRecord = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const DPV = 'https://w3id.org/dpv#';
const PD = 'https://w3id.org/dpv/pd#';
const GDPR = 'https://w3id.org/dpv/legal/eu/gdpr#';
const RDF_TYPE = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type';

/** The machine has no network, and the export must not need one: any remote load fails the test. */
const requested: string[] = [];
const documentLoader = async (url: string): Promise<never> => {
  requested.push(url);
  throw new Error(`This test allows no remote documents, but the processor asked for ${url}`);
};
const options = { documentLoader };

let api: TestApi;
const documents: Record<string, AnyRecord> = {};
const quads: Record<string, string> = {};

beforeAll(async () => {
  api = await createTestApi();
  for (const slug of CONTROLLER_SLUGS) {
    const result = await api.run<{ controller: { dpv: AnyRecord } }>(
      'query($slug: String!) { controller(slug: $slug) { dpv } }',
      { slug },
    );
    expect(result.errors).toBeUndefined();
    documents[slug] = result.data!.controller.dpv;
    quads[slug] = (await jsonld.toRDF(documents[slug], { format: 'application/n-quads', ...options })) as string;
  }
});
afterAll(() => api.close());
afterEach(() => expect(requested).toEqual([]));

const triple = (s: string, p: string, o: string) => `<${s}> <${p}> ${o.startsWith('"') ? o : `<${o}>`} .`;

describe('the DPV export (controller { dpv })', () => {
  it('is JSON-LD with an inline context for every controller, turned into RDF without fetching anything', () => {
    for (const slug of CONTROLLER_SLUGS) {
      expect(documents[slug]['@context']).toEqual(JSON.parse(JSON.stringify(DPV_CONTEXT)));
      const lines = quads[slug].trim().split('\n');
      expect(lines.length).toBeGreaterThan(40);
      // Every subject, predicate and IRI object is absolute: nothing was dropped as a relative IRI.
      for (const line of lines) expect(line).toMatch(/^(<[a-z][\w+.-]*:[^>]+>|_:\w+) <[a-z][\w+.-]*:[^>]+> /);
      expect(quads[slug]).toContain(triple(`urn:policy-graph:controller:${slug}`, RDF_TYPE, `${DPV}DataController`));
      expect(quads[slug]).toContain(
        triple(`urn:policy-graph:controller:${slug}#processing`, RDF_TYPE, `${DPV}Process`),
      );
      expect(quads[slug]).toContain(
        triple(
          `urn:policy-graph:controller:${slug}#processing`,
          `${DPV}hasDataController`,
          `urn:policy-graph:controller:${slug}`,
        ),
      );
      expect(quads[slug]).toContain(
        triple(
          `urn:policy-graph:controller:${slug}#processing`,
          `${DPV}hasAuthority`,
          'https://w3id.org/dpv/legal/be#DPA-BE',
        ),
      );
    }
  });

  it('gives Cluma’s processors, recipients, data, rights, sources and its consent-based marketing purpose', () => {
    const process = 'urn:policy-graph:controller:cluma#processing';
    const expected = [
      triple(process, `${DPV}hasDataProcessor`, 'urn:policy-graph:processor:combell'),
      triple(process, `${DPV}hasDataProcessor`, 'urn:policy-graph:processor:google-analytics'),
      triple(process, `${DPV}hasRecipient`, 'urn:policy-graph:processor:paypal'),
      triple('urn:policy-graph:processor:combell', RDF_TYPE, `${DPV}DataProcessor`),
      triple(process, `${DPV}hasPersonalData`, `${PD}IPAddress`),
      triple(process, `${DPV}hasRight`, `${GDPR}A15`),
      triple(process, `${DPV}hasRight`, `${GDPR}A77`),
      triple(process, `${DPV}hasDataSource`, `${DPV}DataSubject`),
      triple(process, `${DPV}hasDataSource`, 'urn:policy-graph:processor:google-ads'),
      triple(process, `${DPV}hasLegalBasis`, `${GDPR}A6-1-a`),
      triple(process, `${DPV}hasProcess`, 'urn:policy-graph:controller:cluma#purpose-9'),
      triple('urn:policy-graph:controller:cluma#purpose-9', `${DPV}hasLegalBasis`, `${GDPR}A6-1-a`),
      triple(
        'urn:policy-graph:controller:cluma#purpose-9',
        `${DPV}hasPurpose`,
        'urn:policy-graph:controller:cluma#purpose-9-purpose',
      ),
      triple('urn:policy-graph:controller:cluma#purpose-9-purpose', RDF_TYPE, `${DPV}DirectMarketing`),
      triple(
        'urn:policy-graph:controller:cluma#purpose-9-purpose',
        'http://purl.org/dc/terms/title',
        '"Direct marketing by e-mail"@en',
      ),
    ];
    for (const t of expected) expect(quads.cluma).toContain(t);
    // Recipients named only as a category become blank nodes of type dpv:Recipient.
    expect(quads.cluma).toMatch(/_:\w+ <http:\/\/purl.org\/dc\/terms\/title> "bevoegde autoriteiten"@nl \./);
  });

  it('gives IT voor ondernemers’ retention per purpose as a storage duration', () => {
    const purpose = 'urn:policy-graph:controller:it-voor-ondernemers#purpose-1';
    expect(quads['it-voor-ondernemers']).toContain(triple(purpose, `${DPV}hasLegalBasis`, `${GDPR}A6-1-b`));
    expect(quads['it-voor-ondernemers']).toContain(triple(purpose, `${DPV}hasPersonalData`, `${PD}PhysicalAddress`));
    expect(quads['it-voor-ondernemers']).toMatch(new RegExp(`<${purpose}> <${DPV}hasStorageCondition> (_:\\w+) \\.`));
    expect(quads['it-voor-ondernemers']).toContain(
      '<http://www.w3.org/1999/02/22-rdf-syntax-ns#value> "P10Y"^^<http://www.w3.org/2001/XMLSchema#duration> .',
    );
  });

  it('expands to full DPV IRIs', async () => {
    const expanded = (await jsonld.expand(documents.cloudware, options)) as AnyRecord[];
    const process = expanded.find((n) => n['@id'] === 'urn:policy-graph:controller:cloudware#processing')!;
    expect(process['@type']).toEqual([`${DPV}Process`]);
    expect(process[`${DPV}hasDataController`]).toEqual([{ '@id': 'urn:policy-graph:controller:cloudware' }]);
    expect(process[`${DPV}hasPersonalData`]).toContainEqual({ '@id': `${PD}Biometric` });
    expect(process[`${DPV}hasProcess`].length).toBe(10);
  });

  it('round-trips: RDF back to JSON-LD, compacted with the same context, gives the same RDF', async () => {
    for (const slug of CONTROLLER_SLUGS) {
      const canonical = await jsonld.canonize(documents[slug], {
        algorithm: 'URDNA2015',
        format: 'application/n-quads',
        ...options,
      });
      const back = await jsonld.compact(
        await jsonld.fromRDF(canonical, { format: 'application/n-quads' }),
        DPV_CONTEXT,
        options,
      );
      const again = await jsonld.canonize(back, { algorithm: 'URDNA2015', format: 'application/n-quads', ...options });
      expect(again).toBe(canonical);
    }
  });
});

describe('GET /controllers/<slug>.jsonld', () => {
  let server: http.Server;
  let base: string;

  beforeAll(async () => {
    const app = express();
    app.use(jsonldRouter(api.dataSource));
    server = http.createServer(app);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('serves the same document as the GraphQL field, as application/ld+json', async () => {
    for (const slug of CONTROLLER_SLUGS) {
      const response = await fetch(`${base}/controllers/${slug}.jsonld`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('application/ld+json; charset=utf-8');
      expect(await response.json()).toEqual(documents[slug]);
    }
  });

  it('answers 404 with a JSON error for an unknown slug, and leaves other paths alone', async () => {
    const response = await fetch(`${base}/controllers/nobody.jsonld`);
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({
      errors: [{ message: 'No controller with slug "nobody".', extensions: { code: 'NOT_FOUND' } }],
    });
    expect((await fetch(`${base}/controllers/cluma`)).status).toBe(404);
  });
});
