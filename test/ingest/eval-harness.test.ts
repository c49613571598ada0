import 'reflect-metadata';
import path from 'node:path';
import { factKeys, folderSet, formatReport, locateLoosely, precision, recall, runEval } from '../../src/ingest/eval';
import { vocabulary } from './support/extract-text';

describe('eval harness', () => {
  it('scores a labelled folder: precision, recall, evidence on target, gold quotes not found', async () => {
    const policies = folderSet(path.join(__dirname, 'fixtures/eval-mini'));
    expect(policies.map((p) => [p.slug, p.mediaType])).toEqual([['voorbeeld', 'text/markdown']]);
    const report = await runEval('eval-mini', policies, vocabulary);
    const rights = report.tallies.get('rights')!;
    expect(rights).toMatchObject({ tp: 3, fn: 1 });
    expect(recall(rights)).toBeCloseTo(0.75);
    expect(report.tallies.get('supervisoryAuthority')).toMatchObject({ tp: 2, fp: 0, fn: 0 });
    const controller = report.tallies.get('controller')!;
    expect(controller.tp).toBeGreaterThanOrEqual(3);
    expect(report.evidenceValid).toBe(1);
    expect(report.missingGoldQuotes).toEqual(['not in the text']);
    expect(formatReport(report, 'held out')).toMatch(/rights\s+100\.0%\s+75\.0%/);
    expect(precision(report.tallies.get('overall')!)).toBeGreaterThan(0);
  });

  it('locates gold quotes ignoring white space', () => {
    const text = 'Wij verwerken\n\nuw gegevens  zorgvuldig.';
    expect(locateLoosely(text, 'verwerken uw gegevens zorgvuldig')).toEqual({
      quote: 'verwerken\n\nuw gegevens  zorgvuldig',
      start: 4,
      end: 38,
    });
    expect(locateLoosely(text, 'absent')).toBeNull();
  });

  it('counts a controller name by its common or legal name', () => {
    const gold = factKeys(
      { controller: { name: 'Cluma', legalName: 'Cluma Engineering NV', evidence: [] } },
      new Map(),
    );
    const got = factKeys({ controller: { name: 'Cluma Engineering', evidence: [] } }, new Map());
    expect(gold[0].alternatives).toContain(got[0].value);
  });
});
