import { FactKey, isClosedClass } from './fact-keys';

export interface Tally {
  tp: number;
  fp: number;
  fn: number;
  /** True positives whose extracted evidence overlaps a gold quote of that fact. */
  onTarget: number;
  /** True positives whose gold fact has located quotes (the denominator of onTarget). */
  withGoldSpans: number;
}

export const emptyTally = (): Tally => ({ tp: 0, fp: 0, fn: 0, onTarget: 0, withGoldSpans: 0 });

function sameFact(gold: FactKey, got: FactKey): boolean {
  return gold.id === got.id && (gold.value === got.value || (gold.alternatives ?? []).includes(got.value));
}

function overlaps(a: FactKey, b: FactKey): boolean {
  return a.spans.some((x) => b.spans.some((y) => x.start < y.end && y.start < x.end));
}

/** Adds one policy's comparison to the tallies, per slot and for the closed-class group. */
export function scorePolicy(gold: FactKey[], got: FactKey[], tallies: Map<string, Tally>): void {
  const tally = (name: string) => {
    const t = tallies.get(name) ?? emptyTally();
    tallies.set(name, t);
    return t;
  };
  const matched = new Set<FactKey>();
  for (const g of gold) {
    const hit = got.find((x) => !matched.has(x) && sameFact(g, x));
    const groups = [g.slot, 'overall', ...(isClosedClass(g) ? ['closed-class'] : [])];
    for (const name of groups) {
      const t = tally(name);
      if (!hit) {
        t.fn++;
        continue;
      }
      t.tp++;
      if (g.spans.length && hit.spans.length) {
        t.withGoldSpans++;
        if (overlaps(g, hit)) t.onTarget++;
      }
    }
    if (hit) matched.add(hit);
  }
  for (const x of got) {
    if (matched.has(x)) continue;
    for (const name of [x.slot, 'overall', ...(isClosedClass(x) ? ['closed-class'] : [])]) tally(name).fp++;
  }
}

/** The gold keys the extraction missed and the extracted keys that match no gold key, as "id=value" labels. */
export function diffPolicy(gold: FactKey[], got: FactKey[]): { missed: string[]; wrong: string[] } {
  const matched = new Set<FactKey>();
  const missed: string[] = [];
  for (const g of gold) {
    const hit = got.find((x) => !matched.has(x) && sameFact(g, x));
    if (hit) matched.add(hit);
    else missed.push(`${g.id}=${g.value}`);
  }
  const wrong = got.filter((x) => !matched.has(x)).map((x) => `${x.id}=${x.value}`);
  return { missed, wrong };
}

export const precision = (t: Tally): number => (t.tp + t.fp === 0 ? NaN : t.tp / (t.tp + t.fp));
export const recall = (t: Tally): number => (t.tp + t.fn === 0 ? NaN : t.tp / (t.tp + t.fn));
