import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { TransparencyStatus } from '../analysis/model';
import { Evidence } from '../entities';

registerEnumType(TransparencyStatus, {
  name: 'TransparencyStatus',
  description: 'How far a policy meets one information requirement of GDPR Art. 13/14.',
  valuesConfig: {
    MET: { description: 'The policy gives the information.' },
    PARTIAL: {
      description: 'The policy gives some of it, or gives it in a form that falls short (see the rationale).',
    },
    MISSING: { description: 'The policy does not give information it must give.' },
    NOT_APPLICABLE: {
      description: 'The requirement does not apply on the facts (e.g. no consent relied on, no DPO designated).',
    },
  },
});

/** One requirement of Art. 13/14 assessed for one controller (see src/analysis/transparency). */
@ObjectType({ description: 'One information requirement of GDPR Art. 13/14, assessed by rules from the facts.' })
export class TransparencyItem {
  @Field({ description: 'Stable key of the requirement, the same for every controller, e.g. `right-access`.' })
  key: string;

  @Field({ description: 'GDPR article, e.g. `13(1)(a)`.' })
  article: string;

  @Field({ description: 'What the article requires, in a few words.' })
  requirement: string;

  @Field(() => TransparencyStatus, { description: 'The verdict, computed by a rule from the facts.' })
  status: TransparencyStatus;

  @Field({ description: 'Why this status, in words a person can check against the evidence.' })
  rationale: string;

  @Field(() => [Evidence], {
    description: 'The spans of the document the verdict rests on, in document order (empty when it rests on silence).',
  })
  evidence: Evidence[];
}

/** The transparency report of a controller. */
@ObjectType({ description: 'How far a policy gives the information GDPR Art. 13 and 14 require (WP260 rev.01 annex).' })
export class TransparencyReport {
  @Field(() => Int, {
    description: '0 to 100: MET counts 1, PARTIAL 1/2 and MISSING 0, over the applicable items.',
  })
  score: number;

  @Field(() => Int, { description: 'Number of items MET.' })
  met: number;

  @Field(() => Int, { description: 'Number of items PARTIAL.' })
  partial: number;

  @Field(() => Int, { description: 'Number of items MISSING.' })
  missing: number;

  @Field(() => Int, { description: 'Number of items NOT_APPLICABLE (not counted in the score).' })
  notApplicable: number;

  @Field(() => [TransparencyItem], { description: 'One item per requirement, in the order of Art. 13 and 14.' })
  items: TransparencyItem[];
}
