import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { FindingCode, FindingSeverity } from '../analysis/model';
import { Evidence } from '../entities';

registerEnumType(FindingSeverity, {
  name: 'FindingSeverity',
  description: 'How serious a finding is.',
  valuesConfig: {
    HIGH: { description: 'The text says something the GDPR does not allow.' },
    MEDIUM: { description: 'Information the GDPR requires is missing, outdated or too vague to be of use.' },
    LOW: { description: 'Likely a problem, worth checking with the controller; the text alone does not settle it.' },
  },
});

registerEnumType(FindingCode, {
  name: 'FindingCode',
  description: 'The rule that produced a finding.',
  valuesConfig: {
    OUTDATED_SUPERVISORY_AUTHORITY: {
      description:
        'The policy names the supervisory authority by a predecessor’s name or gives its old contact details.',
    },
    ACCESS_REQUEST_FEE: {
      description: 'The policy may charge for a request beyond what Art. 12(5) and 15(3) allow.',
    },
    PRESUMED_CONSENT: { description: 'The policy takes merely using the website as consent (Art. 4(11), 7).' },
    VAGUE_RETENTION: { description: 'Retention is only "as long as necessary", with no period or criteria.' },
    NON_EEA_VENDOR_WITHOUT_TRANSFER_INFORMATION: {
      description: 'A named vendor outside the EEA (or with a parent outside it), and no transfer information.',
    },
    TRANSFER_SAFEGUARD_UNSPECIFIED: {
      description: 'Transfers outside the EEA are stated, but no transfer tool of Chapter V is named.',
    },
    PURPOSE_WITHOUT_LEGAL_BASIS: { description: 'Purposes with no lawful basis tied to them.' },
    RIGHT_NOT_STATED: { description: 'A data-subject right the policy must state and does not.' },
    SPECIAL_CATEGORY_WITHOUT_CONDITION: {
      description: 'A special category of data (Art. 9) with no Art. 9(2) condition stated.',
    },
    FOREIGN_IDENTITY_DOCUMENT_INSTRUCTIONS: {
      description: 'Identity-document instructions name another country’s identification number.',
    },
    AUTOMATED_DECISIONS_WITHOUT_SAFEGUARDS: {
      description: 'Automated decisions are stated without the right or safeguards of Art. 22.',
    },
    DPO_CONFLICT_OF_INTEREST: { description: 'The DPO is also the controller’s manager (Art. 38(6)).' },
  },
});

/** An issue a rule found in a policy (see src/analysis/findings). */
@ObjectType({ description: 'An issue a rule found in a policy, with the evidence it rests on.' })
export class Finding {
  @Field(() => FindingCode, { description: 'The rule that found it.' })
  code: FindingCode;

  @Field(() => FindingSeverity, { description: 'How serious it is.' })
  severity: FindingSeverity;

  @Field({ description: 'GDPR article(s) it is about, e.g. `12(5), 15(3)`.' })
  article: string;

  @Field({ description: 'What is wrong and why, in words a person can check against the evidence.' })
  message: string;

  @Field(() => [Evidence], { description: 'The spans of the document the finding rests on, in document order.' })
  evidence: Evidence[];
}
