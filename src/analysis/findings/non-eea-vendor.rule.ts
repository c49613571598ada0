import { ProcessorRole } from '../../entities';
import { nonEeaVendors, readTransfers } from '../assessments';
import { mergeEvidence } from '../evidence';
import { countryName } from '../geography';
import { Finding, FindingCode, FindingSeverity } from '../model';
import { PolicyFacts } from '../policy-facts';

/**
 * Fires for each named vendor that suggests data leave the EEA (a processor established outside it or with a group
 * parent outside it, a system whose vendor is established outside it) when the policy does not state that transfers
 * take place (it is silent, or says none do). MEDIUM for a processor established outside the EEA, LOW otherwise.
 */
export function nonEeaVendorRule(facts: PolicyFacts): Finding[] {
  const { occurs, statement } = readTransfers(facts);
  if (occurs === true) return [];
  const silence =
    occurs === false
      ? 'although the policy states that no data leave the EEA'
      : 'yet the policy says nothing about transfers outside the EEA or their safeguards';
  return nonEeaVendors(facts).map(({ engagement, established, country }) => {
    const { name, legalName, country: entityCountry } = engagement.processor;
    const entity = legalName ? `${name} (${legalName})` : name;
    const message =
      engagement.role !== ProcessorRole.PROCESSOR
        ? `Says it uses ${engagement.service ?? name} from ${entity}, established in ${countryName(country)}. If personal data are stored in or pass through it, that is a transfer outside the EEA (Art. 44), ${silence}.`
        : established
          ? `Names ${entity} as a processor. It is established in ${countryName(country)}, outside the EEA, so giving it personal data is a transfer (Art. 44), ${silence}.`
          : `Names ${entity} as a processor. It contracts from ${countryName(entityCountry ?? '')}, but its group's parent is in ${countryName(country)}, so personal data may well be transferred outside the EEA, ${silence}.`;
    return {
      code: FindingCode.NON_EEA_VENDOR_WITHOUT_TRANSFER_INFORMATION,
      severity:
        established && engagement.role === ProcessorRole.PROCESSOR ? FindingSeverity.MEDIUM : FindingSeverity.LOW,
      article: '13(1)(f), 44-49',
      message,
      evidence: mergeEvidence(engagement.evidence, statement?.evidence),
    };
  });
}
