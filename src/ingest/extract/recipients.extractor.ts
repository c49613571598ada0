import type { RecipientFacts } from '../../policy/fact-file';
import type { Vocabulary } from '../../policy/vocabulary';
import { RECIPIENT_PATTERNS, SHARING_CUE } from '../lexicon/recipients';
import { VENDORS } from '../lexicon/vendors';
import { PolicyText } from '../structure';
import { sentenceEvidence } from './evidence';
import { Extracted } from './extracted-policy';
import { inTopic, negated, scan, viewOf } from './scan';

// A list item or sentence that opens with a vendor ("Cloudflare, pour l'hébergement", "Google Firebase (Data storage
// and hosting)") states that vendor's service, a processor fact: its task words name no unnamed recipient.
const NAMED_VENDOR = new RegExp(`^\\s*(?:${VENDORS.flatMap((v) => v.aliases).join('|')})(?![\\p{L}\\d])`, 'u');

/**
 * Unnamed categories of recipients (open class): phrases of the lexicon in sentences about sharing or in a
 * recipients section, coded to the vocabulary; one fact per code. Negated sharing ("wij verkopen uw gegevens niet
 * aan derden") is left out.
 */
export function extractRecipients(doc: PolicyText, vocabulary: Vocabulary): Extracted<RecipientFacts>[] {
  const known = new Set(vocabulary.recipientCategories.map((c) => c.code));
  const out: Extracted<RecipientFacts>[] = [];
  for (const [code, pattern] of RECIPIENT_PATTERNS) {
    if (!known.has(code)) continue;
    const hits = scan(
      doc,
      pattern,
      (s) => s.kind !== 'heading' && (inTopic(doc, s, ['recipients']) || SHARING_CUE.test(viewOf(doc, s))),
    );
    const hit = hits.find(
      (h) =>
        !negated(doc, h.sentence, h.start, h.end, 0) &&
        !/cookie/i.test(viewOf(doc, h.sentence)) &&
        !NAMED_VENDOR.test(viewOf(doc, h.sentence)),
    );
    if (!hit) continue;
    out.push({
      category: code,
      label: doc.text.slice(hit.start, hit.end),
      evidence: [sentenceEvidence(doc, hit.sentence, hit.start, hit.end)],
      confidence: inTopic(doc, hit.sentence, ['recipients']) ? 0.65 : 0.5,
    });
  }
  return out;
}
