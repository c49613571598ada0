/**
 * The facts of one policy version in one shape, as class-validator classes: the seed files (seeds/facts/*.yaml), the
 * curation mutations (each class is also the GraphQL input of its fact: `PurposeInput`, ...) and the extractor's
 * drafts all use it. validatePolicy checks a whole file, validateFact one fact; both report every violation with its
 * path.
 */
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsEmail,
  IsEnum,
  IsIn,
  IsInt,
  IsISO31661Alpha2,
  IsOptional,
  IsString,
  IsUrl,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  registerDecorator,
  ValidateNested,
  ValidationOptions,
} from 'class-validator';
import { Field, InputType, Int } from 'type-graphql';
import { LegalBasisCode, ProcessorRole, RequestChannel, RightCode } from '../entities/enums';

export const KEBAB = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const E164 = /^\+[1-9]\d{6,14}$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
// ISO 8601 durations as policies use them: P10Y, P3Y, P30D, P1M, P2W, PT72H.
const ISO_DURATION = /^P(?!$)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+S)?)?$/;
export const URL_OPTIONS = { require_protocol: true, protocols: ['http', 'https'] };
/** The longest text a label, description or quote may have. */
const MAX_TEXT = 4000;
/** The shortest quote: fewer characters do not say where in a document they stand. */
export const MIN_QUOTE = 3;

/** True when a Belgian enterprise number (KBO/BCE) passes its mod-97 check: 97 - (first 8 digits mod 97) = last 2. */
export function isValidEnterpriseNumber(value: string): boolean {
  if (!/^[01]\d{3}\.\d{3}\.\d{3}$/.test(value)) return false;
  const digits = value.replace(/\./g, '');
  return 97 - (Number(digits.slice(0, 8)) % 97) === Number(digits.slice(8));
}

/**
 * True for an EU VAT number written without spaces or dots, as VIES gives it: a country prefix and that country's
 * pattern (NL123456789B01; BE0123456789, whose ten digits are the enterprise number and pass its mod-97 check; ...).
 */
export function isValidVatNumber(value: string): boolean {
  if (/^BE[01]\d{9}$/.test(value)) {
    const digits = value.slice(2);
    return isValidEnterpriseNumber(`${digits.slice(0, 4)}.${digits.slice(4, 7)}.${digits.slice(7)}`);
  }
  return /^(NL\d{9}B\d{2}|FR[0-9A-Z]{2}\d{9}|LU\d{8}|DE\d{9}|ATU\d{8}|DK\d{8}|IE\d{7}[A-W][A-I]?|ES[0-9A-Z]\d{7}[0-9A-Z]|IT\d{11})$/.test(
    value,
  );
}

function IsVatNumber(options?: ValidationOptions) {
  return (object: object, propertyName: string) =>
    registerDecorator({
      name: 'isVatNumber',
      target: object.constructor,
      propertyName,
      options: {
        message:
          '$property must be an EU VAT number without spaces or dots, such as NL123456789B01 or BE0746725497 (mod-97 checked)',
        ...options,
      },
      validator: { validate: (value: unknown) => typeof value === 'string' && isValidVatNumber(value) },
    });
}

function IsEnterpriseNumber(options?: ValidationOptions) {
  return (object: object, propertyName: string) =>
    registerDecorator({
      name: 'isEnterpriseNumber',
      target: object.constructor,
      propertyName,
      options: {
        message: '$property must be a Belgian enterprise number 0xxx.xxx.xxx passing the KBO mod-97 check',
        ...options,
      },
      validator: { validate: (value: unknown) => typeof value === 'string' && isValidEnterpriseNumber(value) },
    });
}

const isoDuration = { message: '$property must be an ISO 8601 duration such as P10Y or P30D' };
const e164 = { message: '$property must be a phone number in E.164 form, such as +3222744800' };

/**
 * A quote that backs a fact. In a seed file it is located by the seed step (`occurrence` says which when the words
 * occur more than once); through the API it may give its offsets instead, which must match the document text exactly.
 */
@InputType('EvidenceInput', {
  description:
    'A verbatim quote of the document that backs a fact: give `start` and `end` (UTF-16 offsets, `text.slice(start, end)` must equal `quote`), or `occurrence` (1-based) when the words occur more than once, or neither when they occur once.',
})
export class EvidenceRef {
  @Field({ description: 'The words, byte-exact as in the document.' })
  @IsString()
  @MinLength(MIN_QUOTE)
  @MaxLength(MAX_TEXT)
  quote: string;

  @Field(() => Int, { nullable: true, description: 'Which occurrence of the words (1-based), when they recur.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  occurrence?: number;

  @Field(() => Int, { nullable: true, description: 'Start offset in the document text (UTF-16, inclusive).' })
  @IsOptional()
  @IsInt()
  @Min(0)
  start?: number;

  @Field(() => Int, { nullable: true, description: 'End offset in the document text (UTF-16, exclusive).' })
  @IsOptional()
  @IsInt()
  @Min(0)
  end?: number;
}

/** What every fact has (type-graphql gives the field to every input that extends a registered input type). */
@InputType('FactEvidenceInput', { description: 'The evidence every fact input has.' })
abstract class Evidenced {
  @Field(() => [EvidenceRef], { description: 'The quotes that back the fact: at least one, at most 50.' })
  @IsArray()
  @ArrayMinSize(1, { message: '$property must hold at least one quote: every fact carries its evidence' })
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => EvidenceRef)
  evidence: EvidenceRef[];
}

@InputType('AddressInput', { description: 'A postal address; every part may be null.' })
export class AddressFacts {
  @Field(() => String, { nullable: true, description: 'Street and number.' })
  @IsOptional()
  @IsString()
  street?: string | null;

  @Field(() => String, { nullable: true, description: 'Postal code.' })
  @IsOptional()
  @IsString()
  postalCode?: string | null;

  @Field(() => String, { nullable: true, description: 'City.' })
  @IsOptional()
  @IsString()
  city?: string | null;

  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-2 country code, e.g. BE.' })
  @IsOptional()
  @IsISO31661Alpha2()
  country?: string | null;
}

/** The document's own facts (seed files only: through the API a document version is created with its text). */
export class DocumentFacts {
  @Matches(KEBAB) slug: string;
  @Matches(/^[a-z0-9-]+\.txt$/) file: string;
  @IsString() sourceFile: string;
  @IsString() @MinLength(1) title: string;
  @IsIn(['nl', 'en', 'fr', 'de'], {
    message: '$property must be an ISO 639-1 code of a supported language (nl, en, fr, de)',
  })
  language: string;
  @IsOptional() @Matches(ISO_DATE, { message: '$property must be an ISO 8601 date (YYYY-MM-DD)' }) lastUpdated?:
    string | null;
  @IsOptional() @ValidateNested({ each: true }) @Type(() => EvidenceRef) lastUpdatedEvidence?: EvidenceRef[];
}

@InputType('ControllerIdentityInput', {
  description: 'The controller’s identity and contact details as the policy gives them; null where it is silent.',
})
export class ControllerFacts extends Evidenced {
  /** The controller's slug: in a seed file it names the controller; through the API it is the version's own. */
  @Matches(KEBAB) slug: string;

  @Field({ description: 'Common name, e.g. Cluma.' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name: string;

  @Field(() => String, { nullable: true, description: 'Legal name, e.g. Cluma Engineering NV.' })
  @IsOptional()
  @IsString()
  legalName?: string | null;

  @Field(() => String, { nullable: true, description: 'Legal form as the policy gives it (NV, BV, ...).' })
  @IsOptional()
  @IsString()
  legalForm?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Belgian enterprise number 0xxx.xxx.xxx; it must pass the KBO mod-97 check.',
  })
  @IsOptional()
  @IsEnterpriseNumber()
  enterpriseNumber?: string | null;

  @Field(() => String, { nullable: true, description: 'Dutch Chamber of Commerce (KvK) number: 8 digits.' })
  @IsOptional()
  @Matches(/^\d{8}$/, { message: '$property must be a Dutch KvK number of 8 digits, such as 12345678' })
  kvkNumber?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'EU VAT number without spaces or dots, e.g. NL123456789B01 (a Belgian one passes the mod-97 check).',
  })
  @IsOptional()
  @IsVatNumber()
  vatNumber?: string | null;

  @Field(() => AddressFacts, { nullable: true, description: 'Registered address.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => AddressFacts)
  address?: AddressFacts | null;

  @Field(() => String, { nullable: true, description: 'Contact e-mail address.' })
  @IsOptional()
  @IsEmail()
  email?: string | null;

  @Field(() => String, { nullable: true, description: 'Phone number in E.164 form, e.g. +3251244500.' })
  @IsOptional()
  @Matches(E164, e164)
  phone?: string | null;

  @Field(() => String, { nullable: true, description: 'Website, with its scheme (https://...).' })
  @IsOptional()
  @IsUrl(URL_OPTIONS)
  website?: string | null;

  @Field(() => String, { nullable: true, description: 'Person the policy names as representative or contact.' })
  @IsOptional()
  @IsString()
  representative?: string | null;
}

@InputType('DpoInput', { description: 'The data protection officer the policy names.' })
export class DpoFacts extends Evidenced {
  @Field(() => String, { nullable: true, description: 'Name of the officer.' })
  @IsOptional()
  @IsString()
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'Organisation of an external officer.' })
  @IsOptional()
  @IsString()
  organization?: string | null;

  @Field(() => String, { nullable: true, description: 'E-mail address.' })
  @IsOptional()
  @IsEmail()
  email?: string | null;

  @Field(() => String, { nullable: true, description: 'Phone number (E.164).' })
  @IsOptional()
  @Matches(E164, e164)
  phone?: string | null;

  @Field(() => AddressFacts, { nullable: true, description: 'Postal address.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => AddressFacts)
  address?: AddressFacts | null;
}

@InputType('StatedContactInput', { description: 'Contact details of the authority as the policy gives them.' })
export class StatedContact {
  @Field(() => String, { nullable: true, description: 'Address as the policy gives it.' })
  @IsOptional()
  @IsString()
  address?: string | null;

  @Field(() => String, { nullable: true, description: 'Phone (E.164).' })
  @IsOptional()
  @Matches(E164, e164)
  phone?: string | null;

  @Field(() => String, { nullable: true, description: 'Fax (E.164).' })
  @IsOptional()
  @Matches(E164, e164)
  fax?: string | null;

  @Field(() => String, { nullable: true, description: 'E-mail address.' })
  @IsOptional()
  @IsEmail()
  email?: string | null;

  @Field(() => String, { nullable: true, description: 'Website as the policy gives it.' })
  @IsOptional()
  @IsString()
  website?: string | null;
}

@InputType('AuthorityReferenceInput', { description: 'The supervisory authority the policy refers people to.' })
export class AuthorityReferenceFacts extends Evidenced {
  @Field({ description: 'Slug of the authority (e.g. `gba`), whatever name the policy uses.' })
  @Matches(KEBAB)
  authority: string;

  @Field({ description: 'The name the policy uses, clean (it may be a predecessor’s).' })
  @IsString()
  @MinLength(1)
  namedAs: string;

  @Field(() => StatedContact, { nullable: true, description: 'The contact details the policy gives for it.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => StatedContact)
  statedContact?: StatedContact | null;
}

@InputType('LegalBasisClaimInput', { description: 'A lawful basis the policy states in general.' })
export class LegalBasisFacts extends Evidenced {
  @Field(() => LegalBasisCode, { description: 'The basis.' })
  @IsEnum(LegalBasisCode)
  code: LegalBasisCode;
}

@InputType('DataCategoryDisclosureInput', { description: 'A personal data item the policy lists.' })
export class DataCategoryFacts extends Evidenced {
  @Field({ description: 'Code of the data category (e.g. `ip-address`).' })
  @Matches(KEBAB)
  category: string;

  @Field({ description: 'The item as the policy words it, clean.' })
  @IsString()
  @MinLength(1)
  @MaxLength(MAX_TEXT)
  label: string;

  @Field(() => Boolean, { nullable: true, description: 'True when the policy itself calls it special or sensitive.' })
  @IsOptional()
  @IsBoolean()
  sensitive?: boolean;

  @Field(() => String, { nullable: true, description: 'Whose data or when collected, if the policy says.' })
  @IsOptional()
  @IsString()
  context?: string | null;
}

@InputType('RetentionInput', { description: 'How long data is kept.' })
export class RetentionFacts {
  @Field({ description: 'The rule as the policy states it, clean.' })
  @IsString()
  @MinLength(1)
  @MaxLength(MAX_TEXT)
  description: string;

  @Field(() => String, { nullable: true, description: 'The period as an ISO 8601 duration (P10Y), if it gives one.' })
  @IsOptional()
  @Matches(ISO_DURATION, isoDuration)
  duration?: string | null;
}

@InputType('PurposeInput', { description: 'A purpose of processing with what the text ties to it.' })
export class PurposeFacts extends Evidenced {
  @Field({ description: 'English name of the purpose.' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name: string;

  @Field({ description: 'The purpose as the policy words it, clean.' })
  @IsString()
  @MinLength(1)
  @MaxLength(MAX_TEXT)
  label: string;

  @Field({ description: 'DPV purpose category code (e.g. `Marketing`).' })
  @IsString()
  category: string;

  @Field(() => [LegalBasisCode], { nullable: true, description: 'Bases the text ties to this purpose.' })
  @IsOptional()
  @IsEnum(LegalBasisCode, { each: true })
  legalBases?: LegalBasisCode[];

  @Field(() => [String], { nullable: true, description: 'Data category codes the text ties to this purpose.' })
  @IsOptional()
  @Matches(KEBAB, { each: true })
  dataCategories?: string[];

  @Field(() => RetentionFacts, { nullable: true, description: 'Retention the text ties to this purpose.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => RetentionFacts)
  retention?: RetentionFacts | null;
}

@InputType('ProcessorEngagementInput', { description: 'A named vendor and how it takes part.' })
export class ProcessorFacts extends Evidenced {
  @Field({ description: 'Slug of the vendor (e.g. `combell`).' })
  @Matches(KEBAB)
  processor: string;

  @Field(() => ProcessorRole, { description: 'How the vendor takes part.' })
  @IsEnum(ProcessorRole)
  role: ProcessorRole;

  @Field(() => String, { nullable: true, description: 'The service it provides, as the policy describes it.' })
  @IsOptional()
  @IsString()
  service?: string | null;

  @Field(() => [String], { nullable: true, description: 'Data category codes the text says it receives.' })
  @IsOptional()
  @Matches(KEBAB, { each: true })
  dataCategories?: string[];
}

@InputType('RecipientDisclosureInput', { description: 'A category of recipients named without a vendor.' })
export class RecipientFacts extends Evidenced {
  @Field({ description: 'Code of the recipient category (e.g. `accountant`).' })
  @Matches(KEBAB)
  category: string;

  @Field({ description: 'The recipient as the policy words it, clean.' })
  @IsString()
  @MinLength(1)
  label: string;
}

@InputType('RightStatementInput', { description: 'A data-subject right the policy grants.' })
export class RightFacts extends Evidenced {
  @Field(() => RightCode, { description: 'The right.' })
  @IsEnum(RightCode)
  right: RightCode;

  @Field(() => String, { nullable: true, description: 'Conditions or limits the policy attaches.' })
  @IsOptional()
  @IsString()
  conditions?: string | null;
}

@InputType('RightsRequestInput', { description: 'How to exercise the rights.' })
export class RightsRequestFacts extends Evidenced {
  @Field(() => [RequestChannel], { description: 'Every channel the policy offers, in its order.' })
  @IsArray()
  @IsEnum(RequestChannel, { each: true })
  channels: RequestChannel[];

  @Field(() => String, { nullable: true, description: 'E-mail address for requests.' })
  @IsOptional()
  @IsEmail()
  email?: string | null;

  @Field(() => String, { nullable: true, description: 'Postal address for requests.' })
  @IsOptional()
  @IsString()
  postalAddress?: string | null;

  @Field(() => String, { nullable: true, description: 'Promised response time (ISO 8601 duration, e.g. P1M).' })
  @IsOptional()
  @Matches(ISO_DURATION, isoDuration)
  responseTime?: string | null;

  @Field(() => String, { nullable: true, description: 'Proof of identity it asks for, clean.' })
  @IsOptional()
  @IsString()
  identityProof?: string | null;

  @Field(() => String, { nullable: true, description: 'A fee the policy mentions.' })
  @IsOptional()
  @IsString()
  fee?: string | null;
}

@InputType('RetentionStatementInput', { description: 'A retention rule not tied to one purpose.' })
export class GeneralRetentionFacts extends Evidenced {
  @Field({ description: 'The rule as the policy states it, clean.' })
  @IsString()
  @MinLength(1)
  @MaxLength(MAX_TEXT)
  description: string;

  @Field(() => String, { nullable: true, description: 'The period (ISO 8601 duration), if it gives one.' })
  @IsOptional()
  @Matches(ISO_DURATION, isoDuration)
  duration?: string | null;
}

export const DATA_SOURCE_KINDS = ['DATA_SUBJECT', 'THIRD_PARTY', 'PUBLIC_SOURCE', 'AUTOMATED'] as const;
export const COOKIE_KINDS = [
  'ESSENTIAL',
  'FUNCTIONAL',
  'ANALYTICS',
  'MARKETING',
  'THIRD_PARTY',
  'UNSPECIFIED',
] as const;

@InputType('DataSourceInput', { description: 'Where personal data comes from.' })
export class DataSourceFacts extends Evidenced {
  @Field({ description: `One of ${DATA_SOURCE_KINDS.join(', ')}.` })
  @IsIn(DATA_SOURCE_KINDS)
  kind: string;

  @Field({ description: 'The source as the policy describes it, clean.' })
  @IsString()
  @MinLength(1)
  @MaxLength(MAX_TEXT)
  description: string;
}

@InputType('CookieInput', { description: 'Cookies or similar technologies the policy describes.' })
export class CookieFacts extends Evidenced {
  @Field({ description: `One of ${COOKIE_KINDS.join(', ')}.` })
  @IsIn(COOKIE_KINDS)
  kind: string;

  @Field({ description: 'What the policy says about them, clean.' })
  @IsString()
  @MinLength(1)
  @MaxLength(MAX_TEXT)
  description: string;
}

@InputType('MinimumAgeInput', { description: 'The minimum age of the people whose data is collected.' })
export class MinimumAgeFacts extends Evidenced {
  @Field(() => Int, { description: 'The age, 1 to 21.' })
  @IsInt()
  @Min(1)
  @Max(21)
  age: number;
}

@InputType('AutomatedDecisionsInput', { description: 'Whether automated decision-making (Art. 22) is used.' })
export class AutomatedDecisionFacts extends Evidenced {
  @Field({ description: 'True when the policy says it is used, false when it says it is not.' })
  @IsBoolean()
  used: boolean;

  @Field(() => String, { nullable: true, description: 'What the policy says about it, clean.' })
  @IsOptional()
  @IsString()
  description?: string | null;
}

@InputType('TransfersInput', { description: 'Transfers of personal data outside the EEA.' })
export class TransferFacts extends Evidenced {
  @Field({ description: 'True when the policy says data is transferred outside the EEA, false when it says not.' })
  @IsBoolean()
  occurs: boolean;

  @Field(() => String, { nullable: true, description: 'The safeguards it names (e.g. standard contractual clauses).' })
  @IsOptional()
  @IsString()
  safeguards?: string | null;
}

@InputType('StatementInput', { description: 'A statement of the policy (security measures, presumed consent).' })
export class StatementFacts extends Evidenced {
  @Field({ description: 'The statement, summarised in clean language.' })
  @IsString()
  @MinLength(1)
  @MaxLength(MAX_TEXT)
  description: string;
}

/** One fact file: everything read from one policy document. */
export class FactFile {
  @ValidateNested() @Type(() => DocumentFacts) document: DocumentFacts;
  @ValidateNested() @Type(() => ControllerFacts) controller: ControllerFacts;
  @IsOptional() @ValidateNested() @Type(() => DpoFacts) dpo?: DpoFacts | null;
  @IsOptional()
  @ValidateNested()
  @Type(() => AuthorityReferenceFacts)
  supervisoryAuthority?: AuthorityReferenceFacts | null;
  @IsOptional() @ValidateNested({ each: true }) @Type(() => LegalBasisFacts) legalBases?: LegalBasisFacts[];
  @IsOptional() @ValidateNested({ each: true }) @Type(() => DataCategoryFacts) dataCategories?: DataCategoryFacts[];
  @IsOptional() @ValidateNested({ each: true }) @Type(() => PurposeFacts) purposes?: PurposeFacts[];
  @IsOptional() @ValidateNested({ each: true }) @Type(() => ProcessorFacts) processors?: ProcessorFacts[];
  @IsOptional() @ValidateNested({ each: true }) @Type(() => RecipientFacts) recipients?: RecipientFacts[];
  @IsOptional() @ValidateNested({ each: true }) @Type(() => RightFacts) rights?: RightFacts[];
  @IsOptional() @ValidateNested() @Type(() => RightsRequestFacts) rightsRequest?: RightsRequestFacts | null;
  @IsOptional() @ValidateNested() @Type(() => GeneralRetentionFacts) retention?: GeneralRetentionFacts | null;
  @IsOptional() @ValidateNested({ each: true }) @Type(() => DataSourceFacts) dataSources?: DataSourceFacts[];
  @IsOptional() @ValidateNested({ each: true }) @Type(() => CookieFacts) cookies?: CookieFacts[];
  @IsOptional() @ValidateNested() @Type(() => MinimumAgeFacts) minimumAge?: MinimumAgeFacts | null;
  @IsOptional()
  @ValidateNested()
  @Type(() => AutomatedDecisionFacts)
  automatedDecisionMaking?: AutomatedDecisionFacts | null;
  @IsOptional() @ValidateNested() @Type(() => TransferFacts) transfersOutsideEEA?: TransferFacts | null;
  @IsOptional() @ValidateNested({ each: true }) @Type(() => StatementFacts) security?: StatementFacts[];
  @IsOptional() @ValidateNested() @Type(() => StatementFacts) presumedConsent?: StatementFacts | null;
}
