import { IsInt, IsOptional, Length, Matches, MaxLength, Min } from 'class-validator';
import { Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { ReviewState } from '../entities';
import {
  AuthorityReferenceFacts,
  AutomatedDecisionFacts,
  ControllerFacts,
  CookieFacts,
  DataCategoryFacts,
  DataSourceFacts,
  DpoFacts,
  GeneralRetentionFacts,
  LegalBasisFacts,
  MinimumAgeFacts,
  ProcessorFacts,
  PurposeFacts,
  RecipientFacts,
  RightFacts,
  RightsRequestFacts,
  StatementFacts,
  TransferFacts,
} from '../policy/fact-file';
import { FactField } from '../store/kinds';

/** The largest policy text a mutation takes (the request body limit of mutations is set from it). */
export const MAX_POLICY_TEXT = 2_000_000;

/**
 * One fact, of exactly one kind: the field names the kind (the field of the fact file it belongs to), its value is
 * the fact with its evidence. The other fields stay null. Shapes are those of the seed files (seeds/README.md).
 * The fact's own class validates its value; the store checks the rest (references, quotes against the text).
 */
@InputType({ description: 'One fact: set exactly one field, the kind of fact, to the fact with its evidence.' })
export class FactInput {
  @Field(() => DpoFacts, { nullable: true, description: 'The data protection officer.' })
  dpo?: DpoFacts;

  @Field(() => AuthorityReferenceFacts, { nullable: true, description: 'The supervisory authority named.' })
  supervisoryAuthority?: AuthorityReferenceFacts;

  @Field(() => LegalBasisFacts, { nullable: true, description: 'A lawful basis stated in general.' })
  legalBasis?: LegalBasisFacts;

  @Field(() => DataCategoryFacts, { nullable: true, description: 'A personal data item.' })
  dataCategory?: DataCategoryFacts;

  @Field(() => PurposeFacts, { nullable: true, description: 'A purpose.' })
  purpose?: PurposeFacts;

  @Field(() => ProcessorFacts, { nullable: true, description: 'A named vendor.' })
  processor?: ProcessorFacts;

  @Field(() => RecipientFacts, { nullable: true, description: 'A category of recipients.' })
  recipient?: RecipientFacts;

  @Field(() => RightFacts, { nullable: true, description: 'A right.' })
  right?: RightFacts;

  @Field(() => RightsRequestFacts, { nullable: true, description: 'How to exercise the rights.' })
  rightsRequest?: RightsRequestFacts;

  @Field(() => GeneralRetentionFacts, { nullable: true, description: 'A retention rule not tied to one purpose.' })
  retention?: GeneralRetentionFacts;

  @Field(() => DataSourceFacts, { nullable: true, description: 'A source of the data.' })
  dataSource?: DataSourceFacts;

  @Field(() => CookieFacts, { nullable: true, description: 'Cookies of one kind.' })
  cookie?: CookieFacts;

  @Field(() => MinimumAgeFacts, { nullable: true, description: 'The minimum age.' })
  minimumAge?: MinimumAgeFacts;

  @Field(() => AutomatedDecisionFacts, { nullable: true, description: 'Automated decision-making.' })
  automatedDecisionMaking?: AutomatedDecisionFacts;

  @Field(() => TransferFacts, { nullable: true, description: 'Transfers outside the EEA.' })
  transfersOutsideEEA?: TransferFacts;

  @Field(() => StatementFacts, { nullable: true, description: 'A security measure.' })
  security?: StatementFacts;

  @Field(() => StatementFacts, { nullable: true, description: 'Consent presumed from using the site.' })
  presumedConsent?: StatementFacts;
}

/** The fact-file field of each FactInput field (singular in the API, as each input is one fact). */
export const FACT_FIELDS: Record<keyof FactInput, FactField> = {
  dpo: 'dpo',
  supervisoryAuthority: 'supervisoryAuthority',
  legalBasis: 'legalBases',
  dataCategory: 'dataCategories',
  purpose: 'purposes',
  processor: 'processors',
  recipient: 'recipients',
  right: 'rights',
  rightsRequest: 'rightsRequest',
  retention: 'retention',
  dataSource: 'dataSources',
  cookie: 'cookies',
  minimumAge: 'minimumAge',
  automatedDecisionMaking: 'automatedDecisionMaking',
  transfersOutsideEEA: 'transfersOutsideEEA',
  security: 'security',
  presumedConsent: 'presumedConsent',
};

@InputType({ description: 'Adds a fact to a version (a draft, or the published version: a correction).' })
export class FactCreateInput {
  @Field(() => ID, { description: 'The version: a Controller’s id (`controller(slug) { id }` is the published one).' })
  @MaxLength(300)
  controller: string;

  @Field(() => FactInput, { description: 'The fact.' })
  fact: FactInput;
}

@InputType({ description: 'Replaces a fact’s content and evidence.' })
export class FactUpdateInput {
  @Field(() => ID, { description: 'The fact’s id.' })
  @MaxLength(300)
  id: string;

  @Field(() => Int, { description: 'The revision the change is based on: a stale one is a CONFLICT.' })
  @IsInt()
  @Min(1)
  expectedRevision: number;

  @Field(() => FactInput, { description: 'The fact as it should be (of the same kind).' })
  fact: FactInput;
}

@InputType({ description: 'Removes a fact.' })
export class FactDeleteInput {
  @Field(() => ID, { description: 'The fact’s id.' })
  @MaxLength(300)
  id: string;

  @Field(() => Int, { description: 'The revision the deletion is based on: a stale one is a CONFLICT.' })
  @IsInt()
  @Min(1)
  expectedRevision: number;
}

/** A curator's verdict on a proposed fact. */
export enum ReviewDecision {
  ACCEPT = 'ACCEPT',
  REJECT = 'REJECT',
}
registerEnumType(ReviewDecision, {
  name: 'ReviewDecision',
  description: 'A curator’s verdict on a fact of a draft.',
  valuesConfig: {
    ACCEPT: { description: 'The fact is true to the text: it will be published.' },
    REJECT: { description: 'The fact is wrong: it stays in the draft for the record and is dropped on publishing.' },
  },
});

export const DECISIONS = { ACCEPT: ReviewState.ACCEPTED, REJECT: ReviewState.REJECTED } as const;

@InputType({ description: 'Accepts or rejects a fact of a draft.' })
export class FactReviewInput {
  @Field(() => ID, { description: 'The fact’s id.' })
  @MaxLength(300)
  id: string;

  @Field(() => Int, { description: 'The revision the review is based on: a stale one is a CONFLICT.' })
  @IsInt()
  @Min(1)
  expectedRevision: number;

  @Field(() => ReviewDecision, { description: 'Accept or reject.' })
  decision: ReviewDecision;
}

@InputType({ description: 'Replaces a version’s controller identity and contact details.' })
export class ControllerUpdateInput {
  @Field(() => ID, { description: 'The version: a Controller’s id.' })
  @MaxLength(300)
  id: string;

  @Field(() => Int, { description: 'The version’s revision the change is based on: a stale one is a CONFLICT.' })
  @IsInt()
  @Min(1)
  expectedRevision: number;

  @Field(() => ControllerFacts, { description: 'The identity as it should be, with its evidence.' })
  identity: ControllerFacts;
}

@InputType({ description: 'A new version of a controller’s policy: its text.' })
export class PolicyVersionCreateInput {
  @Field({ description: 'The controller’s slug, e.g. `cluma`.' })
  @Matches(/^[a-z0-9]+(-[a-z0-9]+)*$/, { message: 'controller must be a slug such as cluma' })
  controller: string;

  @Field({ description: `The policy’s text, byte-exact as published (at most ${MAX_POLICY_TEXT} characters).` })
  @Length(1, MAX_POLICY_TEXT)
  text: string;

  @Field(() => String, { nullable: true, description: 'The title; the previous version’s when absent.' })
  @IsOptional()
  @MaxLength(500)
  title?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The language (nl, en, fr, de); the previous version’s when absent.',
  })
  @IsOptional()
  @Matches(/^(nl|en|fr|de)$/, { message: 'language must be one of nl, en, fr, de' })
  language?: string | null;

  @Field(() => String, { nullable: true, description: 'Where the text is published.' })
  @IsOptional()
  @MaxLength(2000)
  sourceUrl?: string | null;
}

@InputType({ description: 'Publishes a draft, or discards it.' })
export class PolicyVersionInput {
  @Field(() => ID, { description: 'The draft: a Controller’s id.' })
  @MaxLength(300)
  id: string;

  @Field(() => Int, { description: 'The draft’s revision: a stale one is a CONFLICT.' })
  @IsInt()
  @Min(1)
  expectedRevision: number;
}
