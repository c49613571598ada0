import type { ControllerPageQuery } from '../generated/graphql';
import type { EvidencedFact, TextSpan } from './evidence-segments';
import { FINDING_LABELS, TOPIC_LABELS } from './labels';

export type ControllerDetail = NonNullable<ControllerPageQuery['controller']>;

/** A fact of the controller page: where it is (its anchor), what to call it, and its spans in the policy text. */
export interface PageFact extends EvidencedFact {
  /** Short name for lists of facts, e.g. "Purpose: Klantenbeheer". */
  title: string;
}

interface Evidenced {
  evidence: readonly { start: number; end: number; document: { id: string } }[];
}

/**
 * Every fact of the page with evidence, in page order, each under the anchor the page gives it: `identity`, `dpo`,
 * `authority`, `legal-basis-N`, `purpose-N`, `data-category-N`, `processor-N`, `recipient-N`, `right-N`,
 * `rights-request`, `statement-N`, `finding-N` (N from 1, in the API's order) and `transparency-<key>`. Only spans of
 * the controller's own document are kept (the text shown beside the facts).
 */
export function controllerFacts(controller: ControllerDetail): PageFact[] {
  const documentId = controller.document.id;
  const spans = (item: Evidenced): TextSpan[] =>
    item.evidence.filter((evidence) => evidence.document.id === documentId).map(({ start, end }) => ({ start, end }));
  const facts: PageFact[] = [{ anchor: 'identity', title: `Controller: ${controller.name}`, spans: spans(controller) }];
  if (controller.dpo) {
    facts.push({
      anchor: 'dpo',
      title: `DPO: ${controller.dpo.name ?? controller.dpo.organization ?? 'named'}`,
      spans: spans(controller.dpo),
    });
  }
  if (controller.supervisoryAuthorityReference) {
    const reference = controller.supervisoryAuthorityReference;
    facts.push({ anchor: 'authority', title: `Supervisory authority: ${reference.namedAs}`, spans: spans(reference) });
  }
  controller.legalBasisClaims.forEach((claim, index) =>
    facts.push({
      anchor: `legal-basis-${index + 1}`,
      title: `Lawful basis: ${claim.legalBasis.name}`,
      spans: spans(claim),
    }),
  );
  controller.purposes.forEach((purpose, index) =>
    facts.push({ anchor: `purpose-${index + 1}`, title: `Purpose: ${purpose.label}`, spans: spans(purpose) }),
  );
  controller.dataCategories.forEach((item, index) =>
    facts.push({ anchor: `data-category-${index + 1}`, title: `Personal data: ${item.label}`, spans: spans(item) }),
  );
  controller.processors.forEach((engagement, index) =>
    facts.push({
      anchor: `processor-${index + 1}`,
      title: `Vendor: ${engagement.processor.name}`,
      spans: spans(engagement),
    }),
  );
  controller.recipients.forEach((recipient, index) =>
    facts.push({ anchor: `recipient-${index + 1}`, title: `Recipients: ${recipient.label}`, spans: spans(recipient) }),
  );
  controller.rights.forEach((statement, index) =>
    facts.push({ anchor: `right-${index + 1}`, title: `Right: ${statement.right.name}`, spans: spans(statement) }),
  );
  if (controller.rightsRequest) {
    facts.push({ anchor: 'rights-request', title: 'How to exercise rights', spans: spans(controller.rightsRequest) });
  }
  controller.statements.forEach((statement, index) =>
    facts.push({
      anchor: `statement-${index + 1}`,
      title: `${TOPIC_LABELS[statement.topic]}: ${statement.description}`,
      spans: spans(statement),
    }),
  );
  controller.findings.forEach((finding, index) =>
    facts.push({
      anchor: `finding-${index + 1}`,
      title: `Finding: ${FINDING_LABELS[finding.code]}`,
      spans: spans(finding),
    }),
  );
  for (const item of controller.transparency.items) {
    facts.push({
      anchor: `transparency-${item.key}`,
      title: `Art. ${item.article}: ${item.requirement}`,
      spans: spans(item),
    });
  }
  return facts;
}

/** The passage a URL fragment `text-<start>-<end>` names (a search hit's link), if it is one. */
export function passageFromHash(hash: string): TextSpan | undefined {
  const match = /^#?text-(\d+)-(\d+)$/.exec(hash);
  if (!match) return undefined;
  const start = Number(match[1]);
  const end = Number(match[2]);
  return end > start ? { start, end } : undefined;
}
