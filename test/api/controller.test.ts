import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { collectEvidence, createTestApi, TestApi } from '../support/test-api';
import { CONTROLLER_OPERATION, CONTROLLER_SLUGS } from '../support/operations';

type AnyRecord = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

let api: TestApi;
const results: Record<string, AnyRecord> = {};

beforeAll(async () => {
  api = await createTestApi();
  for (const slug of CONTROLLER_SLUGS) {
    const result = await api.run<{ controller: AnyRecord }>(CONTROLLER_OPERATION, { slug });
    expect(result.errors).toBeUndefined();
    results[slug] = result.data!.controller;
  }
});
afterAll(() => api.close());

describe('query Controller (the contract operation)', () => {
  it('answers for each of the five controllers', () => {
    for (const slug of CONTROLLER_SLUGS) expect(results[slug].slug).toBe(slug);
  });

  it('serves each document byte-exact, with the SHA-256 of its file', () => {
    for (const slug of CONTROLLER_SLUGS) {
      const bytes = fs.readFileSync(path.join(__dirname, '../../seeds/documents', `${slug}.txt`));
      const { document } = results[slug];
      expect(document.slug).toBe(slug);
      expect(document.text).toBe(bytes.toString('utf8'));
      expect(document.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
    }
  });

  it('backs every fact with evidence whose offsets select exactly its quote in its own document', () => {
    for (const slug of CONTROLLER_SLUGS) {
      const controller = results[slug];
      for (const list of ['rights', 'dataCategories', 'processors', 'purposes']) {
        for (const fact of controller[list]) expect(fact.evidence.length).toBeGreaterThan(0);
      }
      const evidence = collectEvidence(controller);
      expect(evidence.length).toBeGreaterThan(20);
      for (const e of evidence) {
        expect(e.document.slug).toBe(slug);
        expect(controller.document.text.slice(e.start, e.end)).toBe(e.quote);
      }
    }
  });

  it('gives Cluma’s identity, DPO, processors and rights procedure as its policy states them', () => {
    const cluma = results.cluma;
    expect(cluma).toMatchObject({
      name: 'Cluma',
      legalForm: 'NV',
      enterpriseNumber: null,
      language: 'nl',
      email: 'info@cluma.com',
      phone: '+3251244500',
      address: { street: 'Kachtemsestraat 161', postalCode: '8800', city: 'Roeselare', country: 'BE' },
      dpo: { name: 'Steven Deweirt', email: 'info@cluma.com' },
      supervisoryAuthority: { slug: 'gba', acronym: 'GBA', email: 'contact@apd-gba.be' },
      transfersOutsideEEA: null,
      automatedDecisionMaking: null,
      rightsRequest: { channel: 'EMAIL', responseTime: 'P1M' },
    });
    expect(new Set(cluma.processors.map((p: AnyRecord) => p.processor.slug))).toEqual(
      new Set(['combell', 'google-analytics', 'google-ads', 'facebook', 'facebook-ads', 'paypal', 'mollie']),
    );
    expect(cluma.rights.map((r: AnyRecord) => r.right.code)).toEqual(
      expect.arrayContaining(['ACCESS', 'RECTIFICATION', 'ERASURE', 'RESTRICTION', 'OBJECTION', 'PORTABILITY']),
    );
  });

  it('links Cloudware’s outdated “Privacy Commission” name to the one Belgian authority, and keeps its special data', () => {
    const cloudware = results.cloudware;
    expect(cloudware.supervisoryAuthority.slug).toBe('gba');
    expect(cloudware.dpo.name).toBe('Thibaut De Preester');
    expect(cloudware.minimumAge).toBe(16);
    expect(cloudware.automatedDecisionMaking).toBe(true);
    expect(cloudware.rightsRequest.responseTime).toBe('P30D');
    const biometric = cloudware.dataCategories.find((d: AnyRecord) => d.category.code === 'biometric');
    expect(biometric.category.special).toBe(true);
    expect(biometric.evidence[0].quote).toContain('Biometrische gegevens');
    expect(cloudware.dataCategories.map((d: AnyRecord) => d.label)).toContain('Nationaliteit');
  });

  it('gives Cloudar’s external DPO, AWS and enterprise number; CloudPiling names no DPO (null, not a default)', () => {
    expect(results.cloudar).toMatchObject({
      language: 'en',
      enterpriseNumber: '0564.763.890',
      dpo: { name: 'Kristof Verbeek', email: 'kristof.verbeek@infosentry.be' },
      minimumAge: 16,
    });
    expect(results.cloudar.processors.map((p: AnyRecord) => p.processor.slug)).toContain('aws');
    expect(results.cloudpiling).toMatchObject({
      enterpriseNumber: '0746.725.497',
      dpo: null,
      transfersOutsideEEA: null,
    });
  });

  it('ties IT voor ondernemers’ purposes to their legal basis, data and retention, including supplier management', () => {
    const itvo = results['it-voor-ondernemers'];
    expect(itvo.transfersOutsideEEA).toBe(true);
    expect(itvo.enterpriseNumber).toBe('1003.158.063');
    const vendor = itvo.purposes.find((p: AnyRecord) => p.category.code === 'VendorManagement');
    expect(vendor.retention).toEqual({ description: expect.any(String), duration: 'P10Y' });
    const marketing = itvo.purposes.find((p: AnyRecord) => p.retention?.duration === 'P3Y');
    expect(marketing.legalBases.map((b: AnyRecord) => b.code).sort()).toEqual(['CONSENT', 'LEGITIMATE_INTERESTS']);
    expect(marketing.dataCategories.map((c: AnyRecord) => c.code)).toEqual(
      expect.arrayContaining(['name', 'ip-address', 'email-address']),
    );
  });

  it('shows clean labels: no broken PDF ligatures from the Cloudware document', () => {
    const broken =
      /Nafion|weftelijk|Authenfic|Funcfion|verplichf|Locafie|acfie|idenfit|correcfie|organisafie|applicafie|geautomafis|intenfie|derfig/i;
    for (const slug of CONTROLLER_SLUGS) {
      const { document: _document, ...facts } = results[slug];
      const shown = JSON.stringify(facts, (key, value) => (key === 'evidence' ? undefined : value));
      expect(shown).not.toMatch(broken);
    }
  });

  it('answers null for an unknown slug', async () => {
    const result = await api.run(CONTROLLER_OPERATION, { slug: 'no-such-controller' });
    expect(result).toEqual({ data: { controller: null } });
  });
});
