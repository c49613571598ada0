import { assertEvidence, extractPolicy, parseDocument } from '../../src/ingest';
import { readSeeds } from '../../src/seed/read-seeds';

describe('evidence over the five seed documents', () => {
  const seeds = readSeeds();

  it.each(seeds.policies.map((p) => [p.facts.controller.slug, p] as const))(
    'every span of %s slices its quote from the canonical text',
    async (_slug, policy) => {
      const parsed = await parseDocument(Buffer.from(policy.text, 'utf8'), 'text/plain');
      expect(parsed.text).toBe(policy.text);
      const extracted = extractPolicy(parsed, seeds.vocabulary);
      const spans: { quote: string; start: number; end: number }[] = [];
      const walk = (node: unknown): void => {
        if (Array.isArray(node)) return node.forEach(walk);
        if (!node || typeof node !== 'object') return;
        const r = node as Record<string, unknown>;
        if (typeof r.quote === 'string' && typeof r.start === 'number') spans.push(r as never);
        else Object.values(r).forEach(walk);
      };
      walk(extracted);
      expect(spans.length).toBeGreaterThan(20);
      for (const s of spans) expect(parsed.text.slice(s.start, s.end)).toBe(s.quote);
      expect(() => assertEvidence(parsed.text, extracted)).not.toThrow();
      for (const c of [...extracted.rights, ...extracted.legalBases, ...extracted.dataCategories]) {
        expect(c.confidence).toBeGreaterThan(0);
        expect(c.confidence).toBeLessThanOrEqual(1);
      }
    },
  );

  it('assertEvidence throws on a span that does not slice its quote', () => {
    expect(() => assertEvidence('abcdef', { evidence: [{ quote: 'abd', start: 0, end: 3 }] })).toThrow(
      /not at \[0, 3\)/,
    );
  });
});
