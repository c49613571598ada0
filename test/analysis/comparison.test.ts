import { compareControllers, transparencyReport } from '../../src/analysis';
import { LegalBasisCode, ProcessorRole, RightCode } from '../../src/entities';
import { multipliedSeeds } from '../support/seed-fixtures';
import { CONTROLLER_SLUGS } from '../support/operations';
import { createTestApi, TestApi } from '../support/test-api';
import {
  basis,
  category,
  compliantPolicy,
  disclosure,
  engagement,
  policyWith,
  rightTerm,
} from './policy-facts.fixture';

type AnyRecord = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const CELL = 'controller { slug } present value status evidence { quote start end document { slug } }';
const MATRIX = `columns { slug } rows { key label cells { ${CELL} } }`;
const COMPARE = /* GraphQL */ `
  query Compare($controllers: [String!]!) {
    compare(controllers: $controllers) {
      controllers { slug }
      rights { ${MATRIX} }
      legalBases { ${MATRIX} }
      dataCategories { ${MATRIX} }
      processors { ${MATRIX} }
      transparency { ${MATRIX} }
    }
  }
`;
const MATRICES = ['rights', 'legalBases', 'dataCategories', 'processors', 'transparency'];

let api: TestApi;
beforeAll(async () => {
  api = await createTestApi();
});
afterAll(() => api.close());

async function compare(controllers: string[]) {
  const result = await api.run<{ compare: AnyRecord }>(COMPARE, { controllers });
  expect(result.errors).toBeUndefined();
  return result.data!.compare;
}

/** Every non-empty subset of the five controllers, in a rotating order (so that columns are not always sorted). */
function subsets(): string[][] {
  const all: string[][] = [];
  for (let mask = 1; mask < 1 << CONTROLLER_SLUGS.length; mask++) {
    const subset = CONTROLLER_SLUGS.filter((_, i) => mask & (1 << i));
    const shift = mask % subset.length;
    all.push([...subset.slice(shift), ...subset.slice(0, shift)]);
  }
  return all;
}

describe('compare(controllers)', () => {
  it('renders a matrix for every subset of the five controllers: columns in the order asked, one cell per column', async () => {
    const cases = subsets();
    expect(cases).toHaveLength(31);
    for (const slugs of cases) {
      const comparison = await compare(slugs);
      expect(comparison.controllers.map((c: AnyRecord) => c.slug)).toEqual(slugs);
      for (const name of MATRICES) {
        const matrix = comparison[name];
        expect(matrix.columns.map((c: AnyRecord) => c.slug)).toEqual(slugs);
        // Only a selection of policies that name no vendor has an empty vendor matrix.
        if (name !== 'processors' || slugs.some((s) => ['cloudar', 'cloudware', 'cluma'].includes(s)))
          expect(matrix.rows.length).toBeGreaterThan(0);
        for (const row of matrix.rows) {
          expect(row.cells.map((c: AnyRecord) => c.controller.slug)).toEqual(slugs);
          for (const cell of row.cells) {
            if (name !== 'transparency') expect(cell.present).toBe(cell.evidence.length > 0);
            for (const e of cell.evidence) expect(e.document.slug).toBe(cell.controller.slug);
          }
        }
        // Data categories and vendors: only terms that at least one compared controller has.
        if (name === 'dataCategories' || name === 'processors')
          for (const row of matrix.rows) expect(row.cells.some((c: AnyRecord) => c.present)).toBe(true);
      }
    }
  });

  it('gives every right and lawful basis a row, and the transparency statuses of the controller reports', async () => {
    const comparison = await compare(['cluma', 'cloudar']);
    expect(comparison.rights.rows.map((r: AnyRecord) => r.key)).toEqual(Object.values(RightCode));
    expect(comparison.legalBases.rows.map((r: AnyRecord) => r.key)).toEqual(Object.values(LegalBasisCode));
    const restriction = comparison.rights.rows.find((r: AnyRecord) => r.key === 'RESTRICTION');
    expect(restriction.cells.map((c: AnyRecord) => [c.controller.slug, c.present, c.value])).toEqual([
      ['cluma', true, 'Under certain conditions.'],
      ['cloudar', false, null],
    ]);
    const consent = comparison.legalBases.rows.find((r: AnyRecord) => r.key === 'CONSENT');
    expect(consent.cells[0]).toMatchObject({ present: true, value: 'stated in general; Direct marketing by e-mail' });

    const reports = await api.run<{ a: AnyRecord; b: AnyRecord }>(
      '{ a: controller(slug: "cluma") { transparency { items { key status } } } b: controller(slug: "cloudar") { transparency { items { key status } } } }',
    );
    const statuses = comparison.transparency.rows.map((r: AnyRecord) => [
      r.key,
      r.cells.map((c: AnyRecord) => c.status),
    ]);
    expect(statuses).toEqual(
      reports.data!.a.transparency.items.map((item: AnyRecord, i: number) => [
        item.key,
        [item.status, reports.data!.b.transparency.items[i].status],
      ]),
    );
  });

  it('lists the vendors by name, with each controller’s roles', async () => {
    const comparison = await compare(['cloudware', 'cluma']);
    const analytics = comparison.processors.rows.find((r: AnyRecord) => r.key === 'google-analytics');
    expect(analytics.label).toBe('Google Analytics');
    expect(analytics.cells.map((c: AnyRecord) => c.value)).toEqual([
      null,
      'PROCESSOR: Analytics; DATA_SOURCE: Indirect source of personal data',
    ]);
    const labels = comparison.processors.rows.map((r: AnyRecord) => r.label);
    expect(labels).toEqual([...labels].sort((a, b) => a.localeCompare(b, 'en')));
  });

  it('rejects unknown slugs with BAD_USER_INPUT naming each of them', async () => {
    const result = await api.run(COMPARE, { controllers: ['cluma', 'nobody', 'acme'] });
    expect(result.data).toBeNull();
    expect(result.errors![0]).toMatchObject({
      message:
        'Unknown controller slugs in `controllers`: "nobody", "acme". The `controllers` query lists the known ones.',
      extensions: { code: 'BAD_USER_INPUT', unknownSlugs: ['nobody', 'acme'] },
    });
  });

  it('accepts 1 to 20 distinct slugs', async () => {
    for (const [controllers, message] of [
      [[], 'controllers must contain at least 1 elements'],
      [Array.from({ length: 21 }, (_, i) => `c${i}`), 'controllers must contain no more than 20 elements'],
      [['cluma', 'cluma'], "All controllers's elements must be unique"],
    ] as const) {
      const result = await api.run(COMPARE, { controllers });
      expect(result.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
      expect(result.errors![0].message).toContain(message);
    }
    expect((await compare(['cluma'])).controllers).toEqual([{ slug: 'cluma' }]);
  });
});

describe('compareControllers (pure)', () => {
  it('has a row per data category either policy has, by name, with the policy’s own labels', () => {
    const a = compliantPolicy();
    const b = policyWith((f) => {
      f.controller.slug = 'other';
      f.purposes = [];
      f.dataCategories = [disclosure('biometric', { category: category('biometric', true), label: 'Vingerafdruk' })];
      f.processors = [
        engagement('hoster', ProcessorRole.PROCESSOR, 'BE', null, { dataCategories: [category('backup')] }),
      ];
    });
    const comparison = compareControllers([a, b], {
      rights: [rightTerm(RightCode.ACCESS)],
      legalBases: [basis(LegalBasisCode.CONSENT)],
    });
    expect(comparison.columns).toEqual(['acme', 'other']);
    expect(comparison.dataCategories.rows.map((r) => [r.key, r.cells.map((c) => c.value)])).toEqual([
      ['backup', [null, 'hoster']],
      ['biometric', [null, 'Vingerafdruk']],
      ['email-address', ['email-address', null]],
      ['ip-address', ['ip-address', null]],
      ['name', ['name', null]],
    ]);
    expect(comparison.transparency.rows).toHaveLength(transparencyReport(a).items.length);
  });
});

describe('processorOverlap', () => {
  const OVERLAP =
    'query($min: Int, $among: [String!], $role: ProcessorRole) { processorOverlap(minControllers: $min, controllers: $among, role: $role) { processor { slug } controllers { slug } engagements { role controller { slug } evidence { quote } } } }';

  it('finds no vendor shared by two of the five policies (each names its own)', async () => {
    const result = await api.run<{ processorOverlap: AnyRecord[] }>(OVERLAP, {});
    expect(result.errors).toBeUndefined();
    expect(result.data!.processorOverlap).toEqual([]);
    const all = await api.run<{ processorOverlap: AnyRecord[] }>(OVERLAP, { min: 1 });
    expect(
      all.data!.processorOverlap.map((o) => `${o.processor.slug}:${o.controllers.map((c: AnyRecord) => c.slug)}`),
    ).toEqual([
      'combell:cluma',
      'google-analytics:cluma',
      'google-ads:cluma',
      'facebook:cluma',
      'facebook-ads:cluma',
      'paypal:cluma',
      'mollie:cluma',
      'aws:cloudar',
      'microsoft:cloudware',
      'odoo:cloudware',
      'n-able:cloudware',
      'companyweb:cloudware',
    ]);
  });

  it('finds the vendors several controllers share, among some controllers and in one role', async () => {
    const doubled = await createTestApi({ seedsDir: multipliedSeeds(2) });
    try {
      const shared = await doubled.run<{ processorOverlap: AnyRecord[] }>(OVERLAP, {
        among: ['cluma', 'cluma-2', 'cloudar'],
        role: 'PROCESSOR',
      });
      expect(shared.errors).toBeUndefined();
      expect(
        shared.data!.processorOverlap.map((o) => [o.processor.slug, o.controllers.map((c: AnyRecord) => c.slug)]),
      ).toEqual([
        ['combell', ['cluma', 'cluma-2']],
        ['google-analytics', ['cluma', 'cluma-2']],
        ['paypal', ['cluma', 'cluma-2']],
        ['mollie', ['cluma', 'cluma-2']],
      ]);
      const engagements = shared.data!.processorOverlap[0].engagements;
      expect(engagements.map((e: AnyRecord) => `${e.role} ${e.controller.slug}`).sort()).toEqual([
        'PROCESSOR cluma',
        'PROCESSOR cluma-2',
      ]);
      const everyone = await doubled.run<{ processorOverlap: AnyRecord[] }>(OVERLAP, {});
      expect(everyone.data!.processorOverlap).toHaveLength(12);
    } finally {
      await doubled.close();
    }
  });

  it('rejects unknown slugs and a minimum below 1', async () => {
    const unknown = await api.run(OVERLAP, { among: ['nobody'] });
    expect(unknown.errors![0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', unknownSlugs: ['nobody'] } });
    const zero = await api.run(OVERLAP, { min: 0 });
    expect(zero.errors![0].message).toContain('minControllers must not be less than 1');
  });

  it('counts each controller once, ranks vendors by that count, and bounds every list', async () => {
    const doubled = await createTestApi({ seedsDir: multipliedSeeds(2) });
    try {
      const result = await doubled.run<{ processorOverlap: AnyRecord[] }>(
        `{ processorOverlap(minControllers: 1) { processor { slug } controllerCount controllers { slug }
             engagements { role controller { slug } } } }`,
      );
      expect(result.errors).toBeUndefined();
      const overlap = result.data!.processorOverlap;
      expect(overlap).toHaveLength(12);
      const counts = overlap.map((o) => o.controllerCount);
      expect([...counts].sort((a, b) => b - a)).toEqual(counts);
      for (const o of overlap) {
        const controllers = o.controllers.map((c: AnyRecord) => c.slug);
        expect(controllers).toHaveLength(o.controllerCount);
        expect([...new Set(o.engagements.map((e: AnyRecord) => e.controller.slug))]).toEqual(controllers);
      }
      // Cluma engages Google Analytics as a processor and as a data source: two engagements, one controller.
      const analytics = overlap.find((o) => o.processor.slug === 'google-analytics')!;
      expect(analytics.controllerCount).toBe(2);
      expect(analytics.engagements.map((e: AnyRecord) => `${e.controller.slug} ${e.role}`).sort()).toEqual([
        'cluma DATA_SOURCE',
        'cluma PROCESSOR',
        'cluma-2 DATA_SOURCE',
        'cluma-2 PROCESSOR',
      ]);

      const bounded = await doubled.run<{ processorOverlap: AnyRecord[] }>(
        '{ processorOverlap(minControllers: 1, first: 3) { processor { slug } controllers(first: 1) { slug } engagements(first: 1) { id } } }',
      );
      expect(bounded.errors).toBeUndefined();
      expect(bounded.data!.processorOverlap.map((o) => o.processor.slug)).toEqual(
        overlap.slice(0, 3).map((o) => o.processor.slug),
      );
      for (const o of bounded.data!.processorOverlap) {
        expect(o.controllers).toHaveLength(1);
        expect(o.engagements).toHaveLength(1);
      }
      for (const query of [
        '{ processorOverlap(first: 101) { controllerCount } }',
        '{ processorOverlap { controllers(first: -1) { slug } } }',
        '{ processorOverlap { engagements(first: 101) { id } } }',
      ]) {
        const refused = await doubled.run(query);
        expect(refused.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      }
    } finally {
      await doubled.close();
    }
  });
});
