import { LegalBasisCode } from '../../entities';
import { mergeEvidence, quoted, textOf } from '../evidence';
import { Finding, FindingCode, FindingSeverity } from '../model';
import { ART9_CONDITION } from '../patterns';
import { PolicyFacts } from '../policy-facts';

/**
 * Fires for each special category of data (Art. 9(1): the vocabulary marks them, e.g. biometric data) that the policy
 * processes without stating a condition of Art. 9(2) for it: explicit consent or a reference to Art. 9 in the item
 * itself, the purposes it serves, the lawful bases the policy states or the purposes based on consent.
 */
export function specialCategoryWithoutConditionRule(facts: PolicyFacts): Finding[] {
  const codes = [
    ...new Set([
      ...facts.dataCategories.filter((d) => d.category.special).map((d) => d.category.code),
      ...facts.purposes.flatMap((p) => p.dataCategories.filter((c) => c.special).map((c) => c.code)),
    ]),
  ];
  return codes.flatMap((code) => {
    const items = facts.dataCategories.filter((d) => d.category.code === code);
    const purposes = facts.purposes.filter((p) => p.dataCategories.some((c) => c.code === code));
    const consentPurposes = facts.purposes.filter((p) => p.legalBases.some((b) => b.code === LegalBasisCode.CONSENT));
    const text = [
      ...items.map((d) => textOf([d.label, d.context], d.evidence)),
      ...[...purposes, ...consentPurposes].map((p) => textOf([p.name, p.label], p.evidence)),
      ...facts.legalBasisClaims.map((c) => textOf([], c.evidence)),
    ].join('\n');
    if (ART9_CONDITION.test(text)) return [];
    const category = items[0]?.category ?? purposes[0].dataCategories.find((c) => c.code === code);
    const label = items[0]?.label ?? category?.name ?? code;
    return [
      {
        code: FindingCode.SPECIAL_CATEGORY_WITHOUT_CONDITION,
        severity: FindingSeverity.MEDIUM,
        article: '9(2), 13(1)(c)',
        message: `Processes ${quoted(label)} (${category?.name ?? code}), a special category of personal data (Art. 9(1)), but states no condition of Art. 9(2) for it, such as explicit consent; WP260 rev.01 asks for the provision of Art. 9 to be named.`,
        evidence: mergeEvidence(...(items.length ? items : purposes).map((f) => f.evidence)),
      },
    ];
  });
}
