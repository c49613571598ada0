import { countryName } from '../geography';
import { mergeEvidence, spansMatching, textOf } from '../evidence';
import { Finding, FindingCode, FindingSeverity } from '../model';
import { IDENTITY_DOCUMENT_WORDS, NATIONAL_IDENTIFIERS } from '../patterns';
import { PolicyFacts } from '../policy-facts';

/**
 * Fires when the instructions for the identity document a person must send name a national identification number
 * of another country than the controller's (e.g. the Dutch BSN on a Belgian policy): instructions copied from
 * another country's template, which do not tell people what to black out on their own documents.
 */
export function foreignIdentityDocumentRule(facts: PolicyFacts): Finding[] {
  const country = facts.controller.address?.country?.toUpperCase();
  if (!country) return [];
  const request = facts.rightsRequest;
  const documents = facts.dataCategories.filter((d) => d.category.code === 'identity-document');
  const spans = mergeEvidence(
    spansMatching(request?.evidence ?? [], IDENTITY_DOCUMENT_WORDS),
    ...documents.map((d) => d.evidence),
  );
  const text = textOf([request?.identityProof, ...documents.flatMap((d) => [d.label, d.context])], spans);
  if (!request?.identityProof && !documents.length) return [];
  const home = NATIONAL_IDENTIFIERS.find((id) => id.country === country);
  const homeMentioned = !!home && home.pattern.test(text);
  return NATIONAL_IDENTIFIERS.filter((id) => id.country !== country && id.pattern.test(text)).map((id) => ({
    code: FindingCode.FOREIGN_IDENTITY_DOCUMENT_INSTRUCTIONS,
    severity: FindingSeverity.MEDIUM,
    article: '5(1)(c), 12(6)',
    message: `The instructions for the identity document a person must send refer to the ${id.name}, an identification number of ${countryName(id.country)}, while the controller is in ${countryName(country)}${home && !homeMentioned ? `, where identity documents carry the ${home.name} instead, which the instructions do not mention` : ''}. The instructions come from another country's rules and do not tell people what to black out on their own document.`,
    evidence: spans.length ? spans : (request?.evidence ?? []),
  }));
}
