import type { ControllerIdentityInput, ReviewIdentityFragment } from '../generated/graphql';
import type { EditableField, Quote } from './review-facts';

/** The identity's fields as the review form shows them, named as in ControllerIdentityInput (the address's too). */
export const IDENTITY_FIELDS: EditableField[] = [
  { name: 'name', label: 'Name', required: true },
  { name: 'legalName', label: 'Legal name' },
  { name: 'legalForm', label: 'Legal form' },
  { name: 'enterpriseNumber', label: 'Enterprise number (0xxx.xxx.xxx)' },
  { name: 'kvkNumber', label: 'KvK number' },
  { name: 'vatNumber', label: 'VAT number' },
  { name: 'street', label: 'Street and number' },
  { name: 'postalCode', label: 'Postal code' },
  { name: 'city', label: 'City' },
  { name: 'country', label: 'Country (ISO code, e.g. BE)' },
  { name: 'email', label: 'E-mail' },
  { name: 'phone', label: 'Phone (E.164)' },
  { name: 'website', label: 'Website' },
  { name: 'representative', label: 'Representative' },
];

const ADDRESS_FIELDS = ['street', 'postalCode', 'city', 'country'] as const;

/** The identity's fields as the form starts with them. */
export function identityValues(identity: ReviewIdentityFragment): Record<string, string> {
  const flat: Record<string, unknown> = { ...identity, ...identity.address };
  return Object.fromEntries(
    IDENTITY_FIELDS.map(({ name }) => [name, typeof flat[name] === 'string' ? flat[name] : '']),
  );
}

/** The ControllerIdentityInput of an edit: the fields as typed (an empty one is null), and the quotes kept or added. */
export function identityInput(values: Record<string, string>, quotes: Quote[]): ControllerIdentityInput {
  const text = (name: string) => values[name]?.trim() || null;
  const address = Object.fromEntries(ADDRESS_FIELDS.map((name) => [name, text(name)]));
  return {
    name: values.name?.trim() ?? '',
    legalName: text('legalName'),
    legalForm: text('legalForm'),
    enterpriseNumber: text('enterpriseNumber'),
    kvkNumber: text('kvkNumber'),
    vatNumber: text('vatNumber'),
    address: Object.values(address).some((value) => value !== null) ? address : null,
    email: text('email'),
    phone: text('phone'),
    website: text('website'),
    representative: text('representative'),
    evidence: quotes.map(({ quote, start, end }) => ({ quote, start, end })),
  };
}
