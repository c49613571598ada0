import type { Vocabulary } from '../../policy/vocabulary';
import { ParsedDocument } from '../parse';
import { buildPolicyText } from '../structure';
import { extractAuthority } from './authority.extractor';
import { extractController } from './controller.extractor';
import { extractCookies } from './cookies.extractor';
import { extractDataCategories } from './data-categories.extractor';
import { extractDocument } from './document.extractor';
import { extractDpo } from './dpo.extractor';
import { assertEvidence } from './evidence';
import { ExtractedPolicy } from './extracted-policy';
import { extractLegalBases } from './legal-bases.extractor';
import { extractProcessors } from './processors.extractor';
import { extractPurposes } from './purposes.extractor';
import { extractRecipients } from './recipients.extractor';
import { extractRetention } from './retention.extractor';
import { extractRightsRequest } from './rights-request.extractor';
import { extractRights } from './rights.extractor';
import { extractAutomatedDecisions, extractMinimumAge, extractTransfers } from './statements.extractor';

/**
 * Reads draft facts from a parsed policy: every slot of the fact-file shape (FactFile), each fact with located
 * evidence into `parsed.text` and a confidence in 0..1. `vocabulary` is the seed vocabulary; the ingest catalogues
 * (vendors, authorities) extend it. Pure: no database, no I/O apart from loading a spelling dictionary once.
 * Throws EvidenceInvariantError only on an internal bug (a span that does not slice its quote), never on input.
 */
export function extractPolicy(parsed: ParsedDocument, vocabulary: Vocabulary): ExtractedPolicy {
  const doc = buildPolicyText(parsed);
  const controller = extractController(doc);
  const dpo = extractDpo(doc);
  const policy: ExtractedPolicy = {
    document: extractDocument(doc),
    controller,
    dpo,
    supervisoryAuthority: extractAuthority(doc, vocabulary),
    legalBases: extractLegalBases(doc),
    dataCategories: extractDataCategories(doc, vocabulary),
    purposes: extractPurposes(doc, vocabulary),
    processors: extractProcessors(doc, vocabulary, controller.name),
    recipients: extractRecipients(doc, vocabulary),
    rights: extractRights(doc),
    rightsRequest: extractRightsRequest(doc, controller.email, dpo?.email ?? null),
    retention: extractRetention(doc),
    cookies: extractCookies(doc),
    minimumAge: extractMinimumAge(doc),
    automatedDecisionMaking: extractAutomatedDecisions(doc),
    transfersOutsideEEA: extractTransfers(doc),
    warnings: [...parsed.warnings],
  };
  assertEvidence(parsed.text, policy);
  return policy;
}
