import { identityInput, identityValues } from '../../web/src/lib/identity-input';

const identity = {
  id: 'Q29udHJvbGxlcjox',
  name: 'Cluma',
  legalName: 'Cluma Engineering NV',
  legalForm: 'NV',
  enterpriseNumber: null,
  kvkNumber: null,
  vatNumber: null,
  email: 'privacy@cluma.be',
  phone: null,
  website: null,
  representative: null,
  address: { street: 'Kerkstraat 1', postalCode: '8500', city: 'Kortrijk', country: 'BE' },
  evidence: [],
};
const quotes = [{ quote: 'Cluma', start: 10, end: 15 }];

describe('the identity form of the review (web/src/lib/identity-input)', () => {
  it('starts with the identity’s fields, the address’s among them, an absent one empty', () => {
    const values = identityValues(identity);
    expect(values).toMatchObject({ name: 'Cluma', legalForm: 'NV', city: 'Kortrijk', phone: '', vatNumber: '' });
  });

  it('gives back the same identity when nothing was typed, with the quotes as its evidence', () => {
    const { id: _id, evidence: _evidence, ...fields } = identity;
    expect(identityInput(identityValues(identity), quotes)).toEqual({ ...fields, evidence: quotes });
  });

  it('sends an emptied field as null, trimmed text as typed, and no address when all its parts are empty', () => {
    const values: Record<string, string> = { ...identityValues(identity), email: '  ', legalName: ' Cluma BV ' };
    for (const part of ['street', 'postalCode', 'city', 'country']) values[part] = '';
    expect(identityInput(values, quotes)).toMatchObject({ email: null, legalName: 'Cluma BV', address: null });
  });
});
