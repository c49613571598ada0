import { multipliedSeeds } from '../support/seed-fixtures';
import { CONTROLLER_SLUGS } from '../support/operations';
import { createTestApi, TestApi } from '../support/test-api';

type AnyRecord = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const EVIDENCE = 'evidence { quote start end document { slug } }';
const ANALYSIS = /* GraphQL */ `
  query Analysis($slug: String!) {
    controller(slug: $slug) {
      slug
      document { text }
      transparency { score met partial missing notApplicable items { key article requirement status rationale ${EVIDENCE} } }
      findings { code severity article message ${EVIDENCE} }
    }
  }
`;

let api: TestApi;
const results: Record<string, AnyRecord> = {};

beforeAll(async () => {
  api = await createTestApi();
  for (const slug of CONTROLLER_SLUGS) {
    const result = await api.run<{ controller: AnyRecord }>(ANALYSIS, { slug });
    expect(result.errors).toBeUndefined();
    results[slug] = result.data!.controller;
  }
});
afterAll(() => api.close());

const statuses = (slug: string) =>
  Object.fromEntries(results[slug].transparency.items.map((i: AnyRecord) => [i.key, i.status]));
const findings = (slug: string) => results[slug].findings.map((f: AnyRecord) => `${f.severity} ${f.code}`);
const finding = (slug: string, code: string) => results[slug].findings.find((f: AnyRecord) => f.code === code);
const quotes = (item: AnyRecord) => item.evidence.map((e: AnyRecord) => e.quote);

describe('the transparency reports of the five policies', () => {
  it('score each controller', () => {
    expect(
      Object.fromEntries(
        CONTROLLER_SLUGS.map((slug) => {
          const { score, met, partial, missing, notApplicable } = results[slug].transparency;
          return [slug, { score, met, partial, missing, notApplicable }];
        }),
      ),
    ).toEqual({
      cloudar: { score: 63, met: 9, partial: 2, missing: 5, notApplicable: 5 },
      cloudpiling: { score: 75, met: 12, partial: 3, missing: 3, notApplicable: 3 },
      cloudware: { score: 66, met: 10, partial: 5, missing: 4, notApplicable: 2 },
      cluma: { score: 84, met: 15, partial: 2, missing: 2, notApplicable: 2 },
      'it-voor-ondernemers': { score: 85, met: 13, partial: 3, missing: 1, notApplicable: 4 },
    });
  });

  it('give every verdict evidence whose offsets select exactly its quote in the controller’s own document', () => {
    for (const slug of CONTROLLER_SLUGS) {
      const { document, transparency } = results[slug];
      for (const item of [...transparency.items, ...results[slug].findings])
        for (const e of item.evidence) {
          expect(e.document.slug).toBe(slug);
          expect(document.text.slice(e.start, e.end)).toBe(e.quote);
        }
      // Every verdict that the policy says something rests on what it says.
      for (const item of transparency.items.filter((i: AnyRecord) => i.status === 'MET' || i.status === 'PARTIAL'))
        expect({ slug, key: item.key, evidence: item.evidence.length > 0 }).toEqual({
          slug,
          key: item.key,
          evidence: true,
        });
      for (const f of results[slug].findings) expect(f.evidence.length).toBeGreaterThan(0);
    }
  });

  it('computes each status from the facts', () => {
    expect(CONTROLLER_SLUGS.map((slug) => [slug, statuses(slug)])).toEqual([
      [
        'cloudar',
        expect.objectContaining({
          'legal-basis': 'MISSING',
          'right-restriction': 'MISSING',
          'right-objection': 'MISSING',
          complaint: 'PARTIAL',
          // Only "as long as necessary": generic, so it does not meet 13(2)(a) (WP260 rev.01 §45).
          retention: 'MISSING',
          'third-country-transfers': 'NOT_APPLICABLE',
          'indirect-data-categories': 'MET',
          'indirect-data-source': 'PARTIAL',
        }),
      ],
      [
        'cloudpiling',
        expect.objectContaining({
          'dpo-contact': 'NOT_APPLICABLE',
          'legal-basis': 'PARTIAL',
          'legitimate-interests': 'PARTIAL',
          retention: 'MISSING',
          'right-object-direct-marketing': 'MISSING',
          complaint: 'MET',
        }),
      ],
      [
        'cloudware',
        expect.objectContaining({
          recipients: 'PARTIAL',
          'third-country-transfers': 'MISSING',
          'right-restriction': 'MISSING',
          complaint: 'PARTIAL',
          'automated-decision-making': 'PARTIAL',
          retention: 'MISSING',
          'indirect-data-categories': 'PARTIAL',
          'indirect-data-source': 'MET',
        }),
      ],
      [
        'cluma',
        expect.objectContaining({
          'third-country-transfers': 'MISSING',
          retention: 'MET',
          'right-object-direct-marketing': 'MET',
          'withdraw-consent': 'MET',
          complaint: 'MET',
          'indirect-data-categories': 'PARTIAL',
          'indirect-data-source': 'MET',
        }),
      ],
      [
        'it-voor-ondernemers',
        expect.objectContaining({
          'legitimate-interests': 'MET',
          'third-country-transfers': 'PARTIAL',
          retention: 'PARTIAL',
          'indirect-data-source': 'NOT_APPLICABLE',
        }),
      ],
    ]);
    for (const slug of CONTROLLER_SLUGS) expect(statuses(slug)['statutory-requirement']).toBe('MISSING');
  });

  it('explains the Privacy Commission verdicts with the names and dates a person can check', () => {
    const complaint = results.cloudar.transparency.items.find((i: AnyRecord) => i.key === 'complaint');
    expect(complaint.rationale).toBe(
      "States the right, but names the authority “Privacy Commission”, the body that the Gegevensbeschermingsautoriteit replaced on 2018-05-25, with the predecessor's contact commission@privacycommission.be.",
    );
    expect(quotes(complaint)).toContain('Privacy Commission');
  });
});

describe('the findings on the five policies', () => {
  it('are exactly these, most severe first', () => {
    expect(Object.fromEntries(CONTROLLER_SLUGS.map((slug) => [slug, findings(slug)]))).toEqual({
      cloudar: [
        'MEDIUM OUTDATED_SUPERVISORY_AUTHORITY',
        'MEDIUM PURPOSE_WITHOUT_LEGAL_BASIS',
        'MEDIUM RIGHT_NOT_STATED',
        'MEDIUM RIGHT_NOT_STATED',
        'MEDIUM VAGUE_RETENTION',
      ],
      cloudpiling: [
        'HIGH PRESUMED_CONSENT',
        'MEDIUM RIGHT_NOT_STATED',
        'MEDIUM VAGUE_RETENTION',
        'LOW PURPOSE_WITHOUT_LEGAL_BASIS',
      ],
      cloudware: [
        'MEDIUM OUTDATED_SUPERVISORY_AUTHORITY',
        'MEDIUM SPECIAL_CATEGORY_WITHOUT_CONDITION',
        'MEDIUM RIGHT_NOT_STATED',
        'MEDIUM VAGUE_RETENTION',
        'MEDIUM AUTOMATED_DECISIONS_WITHOUT_SAFEGUARDS',
        'MEDIUM DPO_CONFLICT_OF_INTEREST',
        'MEDIUM FOREIGN_IDENTITY_DOCUMENT_INSTRUCTIONS',
        'LOW PURPOSE_WITHOUT_LEGAL_BASIS',
        'LOW NON_EEA_VENDOR_WITHOUT_TRANSFER_INFORMATION',
      ],
      cluma: [
        'HIGH PRESUMED_CONSENT',
        'HIGH ACCESS_REQUEST_FEE',
        'MEDIUM PURPOSE_WITHOUT_LEGAL_BASIS',
        'LOW NON_EEA_VENDOR_WITHOUT_TRANSFER_INFORMATION',
        'LOW NON_EEA_VENDOR_WITHOUT_TRANSFER_INFORMATION',
      ],
      'it-voor-ondernemers': [
        'HIGH PRESUMED_CONSENT',
        'MEDIUM PURPOSE_WITHOUT_LEGAL_BASIS',
        'MEDIUM TRANSFER_SAFEGUARD_UNSPECIFIED',
      ],
    });
  });

  it('flag the GBA’s predecessor and its old e-mail address (Cloudware, Cloudar)', () => {
    expect(quotes(finding('cloudware', 'OUTDATED_SUPERVISORY_AUTHORITY'))).toEqual([
      'Commissie voor de bescherming van de persoonlijke levenssfeer',
      'commission@privacycommission.be',
    ]);
    expect(quotes(finding('cloudar', 'OUTDATED_SUPERVISORY_AUTHORITY'))).toEqual([
      'Privacy Commission',
      'E: commission @ privacycommission.be',
    ]);
    expect(finding('cloudar', 'OUTDATED_SUPERVISORY_AUTHORITY').message).toContain('replaced on 2018-05-25');
  });

  it('flag Cluma’s fee for a copy of the data', () => {
    const fee = finding('cluma', 'ACCESS_REQUEST_FEE');
    expect(fee).toMatchObject({ severity: 'HIGH', article: '12(5), 15(3)' });
    expect(quotes(fee)).toContain('We kunnen een klein bedrag factureren voor deze dienst.');
  });

  it('flag consent presumed from use (CloudPiling, Cluma, IT voor ondernemers)', () => {
    expect(quotes(finding('cloudpiling', 'PRESUMED_CONSENT'))).toEqual([
      'Door onze website of ons platform te gebruiken en uw persoonsgegevens mee te delen, gaat u uitdrukkelijk akkoord met de wijze waarop wij uw persoonsgegevens verzamelen en verwerken.',
    ]);
    expect(quotes(finding('cluma', 'PRESUMED_CONSENT'))).toEqual([
      'Door onze website te gebruiken gaat u akkoord met onze Privacyverklaring en aanvaardt u de algemene voorwaarden ervan.',
    ]);
    expect(finding('it-voor-ondernemers', 'PRESUMED_CONSENT').message).toContain(
      '“Door de Website te bezoeken of het invullen van het contactformulier, aanvaardt u ons Privacybeleid en stemt u ermee in',
    );
  });

  it('flag the Dutch BSN in Cloudware’s identity-document instructions', () => {
    const bsn = finding('cloudware', 'FOREIGN_IDENTITY_DOCUMENT_INSTRUCTIONS');
    expect(bsn.message).toContain('Burgerservicenummer (BSN)');
    expect(quotes(bsn)).toContain('Burgerservicenummer (BSN) zwart. Dit ter bescherming van uw privacy.');
  });

  it('flag retention that is only "as long as necessary" (CloudPiling, Cloudware, Cloudar) and not Cluma’s account rule', () => {
    expect(quotes(finding('cloudpiling', 'VAGUE_RETENTION'))).toEqual([
      'CloudPiling zal uw persoonsgegevens bewaren en verwerken zolang noodzakelijk ter realisatie van de rechtsgronden.',
    ]);
    expect(finding('cloudar', 'VAGUE_RETENTION').message).toContain(
      '“Cloudar commits itself not to keep your personal information longer than necessary within the purpose of the processing.”',
    );
    expect(finding('cluma', 'VAGUE_RETENTION')).toBeUndefined();
  });

  it('flag Cloudware’s biometric data without an Art. 9(2) condition, and Cluma’s US-parented processors', () => {
    expect(quotes(finding('cloudware', 'SPECIAL_CATEGORY_WITHOUT_CONDITION'))).toEqual([
      'Biometrische gegevens: Zoals vingerafdrukken of gezichtsherkenning, indien gebruikt voor',
      'login',
    ]);
    const vendors = results.cluma.findings.filter(
      (f: AnyRecord) => f.code === 'NON_EEA_VENDOR_WITHOUT_TRANSFER_INFORMATION',
    );
    expect(vendors.map((f: AnyRecord) => f.message.split(' as a processor')[0])).toEqual([
      'Names Google Analytics (Google Ireland Limited)',
      'Names PayPal (PayPal (Europe) S.à r.l. et Cie, S.C.A.)',
    ]);
  });
});

describe('the cost of the analysis', () => {
  it('runs as many SQL statements for 30 controllers as for 5 (facts are loaded through batched loaders)', async () => {
    const query = `{ controllers(first: 100) { nodes { slug transparency { score items { status ${EVIDENCE} } }
      findings { code ${EVIDENCE} } dpv } } }`;
    const large = await createTestApi({ seedsDir: multipliedSeeds(6) });
    try {
      const count = async (target: TestApi) => {
        const before = target.counter.count;
        const result = await target.run<{ controllers: { nodes: AnyRecord[] } }>(query);
        expect(result.errors).toBeUndefined();
        return { rows: result.data!.controllers.nodes.length, statements: target.counter.count - before };
      };
      const small = await count(api);
      const big = await count(large);
      expect([small.rows, big.rows]).toEqual([5, 30]);
      expect(big.statements).toBe(small.statements);
      expect(small.statements).toBeLessThan(40);
    } finally {
      await large.close();
    }
  });
});
