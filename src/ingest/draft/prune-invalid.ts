import { KnownTerms, PolicyProblem, validatePolicy, ValidPolicy } from '../../policy/validate-policy';
import { DraftPolicy } from './draft-policy';

type Plain = Record<string, unknown>;

/** The two parts of the fact file whose fields are dropped one by one (a bad phone number leaves the rest). */
const OWN_FIELDS = new Set(['controller', 'document']);
/** Fields without which the identity or the document is no fact at all. */
const REQUIRED = new Set(['slug', 'name', 'evidence', 'file', 'sourceFile', 'title', 'language']);

/** `purposes[2].retention.duration` -> ['purposes', 2, 'retention']; `controller.phone` -> ['controller', null, 'phone']. */
function placeOf(path: string): { slot: string; index: number | null; field: string | null } {
  const match = /^(\w+)(?:\[(\d+)\])?(?:\.(\w+))?/.exec(path);
  if (!match) return { slot: path, index: null, field: null };
  return { slot: match[1], index: match[2] === undefined ? null : Number(match[2]), field: match[3] ?? null };
}

/**
 * Removes what one problem is about from `facts`: the field of the identity or the document, else the whole fact
 * (`purposes[2]`, `dpo`). Returns what was dropped ('' when it already was), or null when it cannot be (a required
 * field of the identity).
 */
function dropAt(facts: Plain, problem: PolicyProblem, dropped: Set<object>): string | null {
  const { slot, index, field } = placeOf(problem.path);
  const value = facts[slot];
  if (OWN_FIELDS.has(slot)) {
    if (!field || REQUIRED.has(field) || !value || typeof value !== 'object') return null;
    delete (value as Plain)[field];
    return `${slot}.${field}`;
  }
  if (Array.isArray(value) && index !== null && value[index]) {
    if (dropped.has(value[index] as object)) return '';
    dropped.add(value[index] as object);
    return `${slot}[${index}]`;
  }
  if (value && index === null) {
    delete facts[slot];
    return slot;
  }
  // Already left out for another problem of the same fact this round.
  return value === undefined || Array.isArray(value) ? '' : null;
}

/** Where a fact stands in the fact file (`purposes[2]`), by the object itself: the places of the confidences. */
function placesOf(facts: Plain): Map<object, string> {
  const places = new Map<object, string>();
  for (const [slot, value] of Object.entries(facts)) {
    if (Array.isArray(value)) value.forEach((fact, i) => places.set(fact as object, `${slot}[${i}]`));
    else if (value && typeof value === 'object') places.set(value, slot);
  }
  return places;
}

/** What passed the gate, the extractor's confidence per fact place, and what was left out and why. */
export interface PrunedDraft {
  policy: ValidPolicy;
  confidences: Map<string, number>;
  /** Where each fact object of the draft that passed stands (`purposes[2]`). */
  places: Map<object, string>;
  warnings: string[];
}

/**
 * Passes a draft through the one gate (validatePolicy) and leaves out what the gate refuses, fact by fact (a phone
 * that is no E.164 number, a vendor slug the vocabulary lacks), with a warning each, until the rest passes. Null when
 * the identity itself cannot pass (no name, no evidence). Pure; `draft.facts` is changed in place.
 */
export function pruneInvalid(draft: DraftPolicy, text: string, known: KnownTerms): PrunedDraft | null {
  const warnings: string[] = [];
  for (let round = 0; round < 100; round++) {
    const { policy, problems } = validatePolicy({ facts: draft.facts, text }, known);
    if (policy) {
      const confidences = new Map<string, number>();
      const places = placesOf(draft.facts);
      for (const [fact, place] of places) {
        const sure = draft.confidence.get(fact);
        if (sure !== undefined) confidences.set(place, Math.round(sure * 1000) / 1000);
      }
      return { policy, confidences, places, warnings };
    }
    const dropped = new Set<object>();
    for (const problem of problems) {
      const what = dropAt(draft.facts, problem, dropped);
      if (what === null) return null;
      if (what) warnings.push(`left out ${what}: ${problem.path} ${problem.message}`);
    }
    for (const [slot, value] of Object.entries(draft.facts))
      if (Array.isArray(value)) {
        const kept = value.filter((fact) => !dropped.has(fact as object));
        if (kept.length) draft.facts[slot] = kept;
        else delete draft.facts[slot];
      }
  }
  return null;
}
