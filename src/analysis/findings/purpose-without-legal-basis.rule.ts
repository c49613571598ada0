import { mergeEvidence } from '../evidence';
import { basesReliedOn } from '../assessments';
import { Finding, FindingCode, FindingSeverity } from '../model';
import { PolicyFacts } from '../policy-facts';

/**
 * Fires once per policy when purposes have no lawful basis tied to them: LOW when the policy states bases in general
 * that may cover them (without saying which), MEDIUM when no basis it states could (it states none, or only bases it
 * ties to other purposes).
 */
export function purposeWithoutLegalBasisRule(facts: PolicyFacts): Finding[] {
  const untied = facts.purposes.filter((p) => !p.legalBases.length);
  if (!untied.length) return [];
  const names = untied.map((p) => p.name).join('; ');
  const stated = [...basesReliedOn(facts).keys()];
  const tiedElsewhere = new Set(facts.purposes.flatMap((p) => p.legalBases.map((b) => b.code)));
  const general = [...new Set(facts.legalBasisClaims.map((c) => c.basis.code))].filter((c) => !tiedElsewhere.has(c));
  const context = !stated.length
    ? 'The policy states no lawful basis (Art. 6(1)) at all'
    : general.length
      ? `It states ${general.join(', ')} in general, without saying which purposes they cover`
      : `The bases it states (${stated.join(', ')}) are tied to other purposes`;
  return [
    {
      code: FindingCode.PURPOSE_WITHOUT_LEGAL_BASIS,
      severity: general.length ? FindingSeverity.LOW : FindingSeverity.MEDIUM,
      article: '13(1)(c), 6(1)',
      message: `${untied.length} of ${facts.purposes.length} purposes ${untied.length === 1 ? 'has' : 'have'} no lawful basis tied to ${untied.length === 1 ? 'it' : 'them'}: ${names}. ${context}, so a reader cannot tell on what ground these data are processed, nor which rights (objection, portability, withdrawal of consent) apply to them.`,
      evidence: mergeEvidence(...untied.map((p) => p.evidence)),
    },
  ];
}
