import { Resolver } from 'type-graphql';
import {
  DataCategory,
  LegalBasis,
  LegalBasisCode,
  PurposeCategory,
  RecipientCategory,
  Right,
  RightCode,
  SupervisoryAuthority,
} from '../entities';
import { TermResolver } from './term.resolver';

@Resolver(() => LegalBasis)
export class LegalBasisResolver extends TermResolver({
  type: LegalBasis,
  list: 'legalBases',
  one: 'legalBasis',
  key: { name: 'code', type: () => LegalBasisCode, description: 'The basis code, e.g. CONSENT.' },
  noun: 'lawful basis of GDPR Art. 6(1)',
  byKey: (l) => l.legalBasisByCode,
  controllers: (l) => l.controllersOfLegalBasis,
  controllersDescription: 'Controllers that rely on this basis, in general or for a purpose',
}) {}

@Resolver(() => Right)
export class RightResolver extends TermResolver({
  type: Right,
  list: 'rights',
  one: 'right',
  key: { name: 'code', type: () => RightCode, description: 'The right code, e.g. ACCESS.' },
  noun: 'data-subject right',
  byKey: (l) => l.rightByCode,
  controllers: (l) => l.controllersOfRight,
  controllersDescription: 'Controllers whose policy grants this right',
}) {}

@Resolver(() => DataCategory)
export class DataCategoryResolver extends TermResolver({
  type: DataCategory,
  list: 'dataCategories',
  one: 'dataCategory',
  key: { name: 'code', type: () => String, description: 'The category code, e.g. `ip-address`.' },
  noun: 'personal data category',
  byKey: (l) => l.dataCategoryByCode,
  controllers: (l) => l.controllersOfDataCategory,
  controllersDescription: 'Controllers that process data of this category',
}) {}

@Resolver(() => PurposeCategory)
export class PurposeCategoryResolver extends TermResolver({
  type: PurposeCategory,
  list: 'purposeCategories',
  one: 'purposeCategory',
  key: { name: 'code', type: () => String, description: 'The DPV code, e.g. `Marketing`.' },
  noun: 'purpose category',
  byKey: (l) => l.purposeCategoryByCode,
  controllers: (l) => l.controllersOfPurposeCategory,
  controllersDescription: 'Controllers with a purpose of this category',
}) {}

@Resolver(() => RecipientCategory)
export class RecipientCategoryResolver extends TermResolver({
  type: RecipientCategory,
  list: 'recipientCategories',
  one: 'recipientCategory',
  key: { name: 'code', type: () => String, description: 'The category code, e.g. `accountant`.' },
  noun: 'category of recipients',
  byKey: (l) => l.recipientCategoryByCode,
  controllers: (l) => l.controllersOfRecipientCategory,
  controllersDescription: 'Controllers that name this category of recipients',
}) {}

@Resolver(() => SupervisoryAuthority)
export class SupervisoryAuthorityResolver extends TermResolver({
  type: SupervisoryAuthority,
  list: 'supervisoryAuthorities',
  one: 'supervisoryAuthority',
  key: { name: 'slug', type: () => String, description: 'The authority slug, e.g. `gba`.' },
  noun: 'supervisory authority',
  byKey: (l) => l.authorityBySlug,
  controllers: (l) => l.controllersOfAuthority,
  controllersDescription: 'Controllers whose policy refers people to this authority (under any of its names)',
}) {}
