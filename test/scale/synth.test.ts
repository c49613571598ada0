import { DataSource } from 'typeorm';
import { Controller, Evidence, PolicyDocument, Processor } from '../../src/entities';
import { loadSeeds, readSeeds } from '../../src/seed';
import { readDataVersion } from '../../src/store/transaction';
import { FactFile, isValidEnterpriseNumber } from '../../src/policy/fact-file';
import * as gate from '../../src/policy/validate-policy';
import {
  admitGenerated,
  GeneratedDraft,
  generateDraft,
  generatePolicy,
  GeneratorContext,
  generatorTerms,
  loadSynth,
  synthSlug,
  tailVendors,
  Zipf,
} from '../../src/synth';
import { createTestApi, TestApi } from '../support/test-api';
import { TEST_ENGINE } from '../support/test-database';

const seeds = readSeeds();
const context = (seed = 1): GeneratorContext => ({
  seed,
  vocabulary: seeds.vocabulary,
  tail: tailVendors(seed, 400),
  tailZipf: new Zipf(400, 1),
  tailMean: 1.5,
});

describe('generatePolicy', () => {
  const policies = Array.from({ length: 300 }, (_, i) => generatePolicy(i + 1, context()));

  it('cites real spans of the text it writes: text.slice(start, end) === quote for every piece of evidence', () => {
    let spans = 0;
    for (const policy of policies) {
      for (const [refs, located] of policy.evidence) {
        expect(located.map((l) => l.quote)).toEqual(refs.map((r) => r.quote));
        for (const span of located) {
          expect(policy.text.slice(span.start, span.end)).toBe(span.quote);
          spans++;
        }
      }
    }
    expect(spans / policies.length).toBeGreaterThan(30);
  });

  it('is reproducible: the same seed and index give the same policy, another seed another one', () => {
    expect(generatePolicy(42, context())).toEqual(policies[41]);
    expect(generatePolicy(42, context(2)).text).not.toBe(policies[41].text);
  });

  it('writes valid facts over the seed vocabulary, in Dutch and English, with every fact evidenced', () => {
    const codes = (terms: { code: string }[]) => new Set(terms.map((t) => t.code));
    const dataCategories = codes(seeds.vocabulary.dataCategories);
    const purposeCategories = codes(seeds.vocabulary.purposeCategories);
    const vendors = new Set([...seeds.vocabulary.processors, ...context().tail.map((v) => v.term)].map((p) => p.slug));
    for (const { facts } of policies) {
      expect(facts.controller.slug).toMatch(/^synth-\d{5}$/);
      if (facts.controller.enterpriseNumber)
        expect(isValidEnterpriseNumber(facts.controller.enterpriseNumber)).toBe(true);
      if (facts.controller.phone) expect(facts.controller.phone).toMatch(/^\+32\d{8}$/);
      for (const d of facts.dataCategories ?? []) expect(dataCategories.has(d.category)).toBe(true);
      for (const p of facts.purposes ?? []) {
        expect(purposeCategories.has(p.category)).toBe(true);
        for (const code of p.dataCategories ?? []) expect(dataCategories.has(code)).toBe(true);
        expect(p.evidence.length).toBeGreaterThan(0);
      }
      for (const e of facts.processors ?? []) expect(vendors.has(e.processor)).toBe(true);
    }
    const languages = new Set(policies.map((p) => p.facts.document.language));
    expect(languages).toEqual(new Set(['nl', 'en']));
  });

  it('draws vendors with a realistic skew: a few everywhere, a long tail', () => {
    const engaged = new Map<string, number>();
    for (const { facts } of policies)
      for (const e of facts.processors ?? []) engaged.set(e.processor, (engaged.get(e.processor) ?? 0) + 1);
    const ranked = [...engaged].sort((a, b) => b[1] - a[1]);
    expect(ranked.slice(0, 3).map(([slug]) => slug)).toEqual(expect.arrayContaining(['google-analytics', 'microsoft']));
    expect(ranked[0][1]).toBeGreaterThan(policies.length / 3);
    const tail = ranked.filter(([slug]) => slug.startsWith('synth-'));
    expect(tail.length).toBeGreaterThan(50);
    expect(tail.filter(([, n]) => n === 1).length).toBeGreaterThan(10);
  });
});

describe('the gate (validatePolicy) over generated policies', () => {
  const known = generatorTerms(context());
  /** A draft of the generator, its quotes and codes then altered by `alter` (a generator bug). */
  const broken = (index: number, alter: (draft: GeneratedDraft) => void): GeneratedDraft => {
    const draft = generateDraft(index, context());
    alter(draft);
    return draft;
  };
  const refusal = (draft: GeneratedDraft): string => {
    try {
      admitGenerated(draft, known);
    } catch (error) {
      return (error as Error).message;
    }
    throw new Error('the gate accepted a broken draft');
  };

  it('is what makes a generated policy: its facts are the instances the gate builds from a plain fact file', () => {
    const draft = generateDraft(7, context());
    expect(draft.facts).not.toBeInstanceOf(FactFile);
    expect(gate.validatePolicy(draft, known).problems).toEqual([]);
    const policy = generatePolicy(7, context());
    expect(policy.facts).toBeInstanceOf(FactFile);
    expect(policy.text).toBe(draft.text);
  });

  it('accepts every generated policy, a recurring quote located at the place it was written', () => {
    let recurring = 0;
    for (let index = 1; index <= 300; index++) {
      const draft = generateDraft(index, context());
      const { policy, problems } = gate.validatePolicy(draft, known);
      expect(problems).toEqual([]);
      const located = [...policy!.evidence.values()].flat().map((span) => span.start);
      expect(located.sort((a, b) => a - b)).toEqual([...draft.starts].sort((a, b) => a - b));
      recurring += JSON.stringify(draft.facts).split('"occurrence"').length - 1;
    }
    expect(recurring).toBeGreaterThan(300); // the e-mail address, the labels repeated in the purposes, ...
  });

  it("refuses a draft with a quote that is not in the text, an unknown code or a bad phone, with the gate's codes", () => {
    const message = refusal(
      broken(3, (draft) => {
        draft.facts.purposes![0].evidence[0].quote += ' (not in the text)';
        draft.facts.dataCategories![0].category = 'no-such-category';
      }),
    );
    expect(message).toContain('synth-00003');
    expect(message).toMatch(/EVIDENCE_NOT_FOUND at purposes\[0\]\.evidence\[0\]/);
    expect(message).toMatch(/UNKNOWN_REFERENCE at dataCategories\[0\]\.category/);
    expect(refusal(broken(3, (draft) => (draft.facts.controller.phone = '051 24 45 00')))).toMatch(
      /INVALID at controller\.phone/,
    );
  });

  it('refuses a recurring quote without its occurrence, and one that points at another appearance', () => {
    // The controller's e-mail address, which the rights section quotes again.
    const withOccurrence = (draft: GeneratedDraft) => draft.facts.controller.evidence.find((r) => r.occurrence === 1)!;
    expect(refusal(broken(1, (draft) => delete withOccurrence(draft).occurrence))).toMatch(/EVIDENCE_AMBIGUOUS/);
    expect(refusal(broken(1, (draft) => (withOccurrence(draft).occurrence! += 1)))).toMatch(
      /located quotes .* elsewhere than they were written/,
    );
  });
});

describe('loadSynth', () => {
  let api: TestApi;
  let dataSource: DataSource;
  const CONTROLLERS = 300;

  /** The indexes of the schema, by name: a bulk load drops the secondary ones and must build them all again. */
  const indexes = async (): Promise<string[]> => {
    const rows: { name: string; definition: string }[] =
      TEST_ENGINE === 'postgres'
        ? await dataSource.query(
            `SELECT indexname AS name, indexdef AS definition FROM pg_indexes WHERE schemaname = current_schema()`,
          )
        : await dataSource.query(`SELECT name, sql AS definition FROM sqlite_master WHERE type = 'index'`);
    return rows.map((r) => `${r.name}: ${r.definition}`).sort();
  };

  beforeAll(async () => {
    api = await createTestApi();
    dataSource = api.dataSource;
  });
  afterAll(() => api.close());

  it('loads the seeds plus the synthetic corpus, every quote a span of its document, indexes intact', async () => {
    const before = await indexes();
    const summary = await loadSynth(dataSource, { controllers: CONTROLLERS });
    expect(summary.controllers).toBe(CONTROLLERS + 5);
    expect(await indexes()).toEqual(before);

    const slugs = (await dataSource.getRepository(Controller).find({ order: { slug: 'ASC' } })).map((c) => c.slug);
    expect(slugs).toContain('cluma');
    expect(slugs).toContain(synthSlug(1));
    expect(slugs).toContain(synthSlug(CONTROLLERS));
    const documents = await dataSource
      .getRepository(PolicyDocument)
      .find({ select: ['id', 'slug', 'text', 'length', 'controllerId'] });
    const texts = new Map(documents.map((d) => [d.id, d.text]));
    for (const d of documents) expect(d.text.length).toBe(d.length);
    const evidence = await dataSource.getRepository(Evidence).find();
    expect(evidence.length).toBe(summary.evidence);
    for (const e of evidence) expect(texts.get(e.documentId)!.slice(e.start, e.end)).toBe(e.quote);
    expect(await dataSource.getRepository(Processor).countBy({})).toBeGreaterThan(400);
  });

  it('is served by the API: search covers the synthetic passages, filters and vendors see the new controllers', async () => {
    const vendor = context().tail[0].term;
    const result = await api.run<{
      search: { document: { slug: string } }[];
      processor: { controllers: { slug: string }[] };
      controllers: { totalCount: number };
    }>(
      `query($vendor: String!, $word: String!) {
        search(query: $word, first: 5) { document { slug } }
        processor(slug: $vendor) { controllers { slug } }
        controllers(first: 1, filter: { dataCategory: "ip-address", legalBasis: LEGITIMATE_INTERESTS }) { totalCount }
      }`,
      { vendor: vendor.slug, word: vendor.name },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.search.length).toBeGreaterThan(0);
    for (const hit of result.data!.search) expect(hit.document.slug).toMatch(/^synth-/);
    expect(result.data!.processor.controllers.length).toBeGreaterThan(5);
    expect(result.data!.controllers.totalCount).toBeGreaterThan(CONTROLLERS / 10);
  });

  it('keeps the corpus across a start (the seeds are current), and a new corpus changes the data version', async () => {
    const version = await readDataVersion(dataSource);
    expect(await loadSeeds(dataSource)).toBeNull();
    expect(await readDataVersion(dataSource)).toBe(version);
    expect(await dataSource.getRepository(Controller).count()).toBe(CONTROLLERS + 5);

    await loadSynth(dataSource, { controllers: 10 });
    expect(await readDataVersion(dataSource)).toBeGreaterThan(version);
    expect(await dataSource.getRepository(Controller).count()).toBe(15);
    // The seeds own only their own controllers: loading them again keeps the synthetic ones.
    expect(await loadSeeds(dataSource)).toBeNull();
    expect(await dataSource.getRepository(Controller).count()).toBe(15);
    expect(await dataSource.getRepository(Processor).count()).toBeGreaterThan(seeds.vocabulary.processors.length);
  });
  it('writes nothing when the gate refuses one generated policy: the load fails with its problems, rolled back', async () => {
    const before = await dataSource.getRepository(Controller).count();
    const validate = gate.validatePolicy;
    const spy = jest.spyOn(gate, 'validatePolicy').mockImplementation((input, vocabulary) => {
      const facts = input.facts as FactFile;
      if (facts.controller.slug === synthSlug(7)) facts.purposes![0].evidence[0].quote += ' (not in the text)';
      return validate(input, vocabulary);
    });
    try {
      await expect(loadSynth(dataSource, { controllers: 20 })).rejects.toThrow(
        /synth-00007 .*\n.*EVIDENCE_NOT_FOUND at purposes\[0\]\.evidence\[0\]/,
      );
      expect(spy.mock.calls.length).toBeGreaterThanOrEqual(7);
    } finally {
      spy.mockRestore();
    }
    expect(await dataSource.getRepository(Controller).count()).toBe(before);
  });
});
