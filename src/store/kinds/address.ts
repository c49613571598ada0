import { Address } from '../../entities/address';
import { AddressFacts } from '../../policy/fact-file';

/** An address of the fact-file shape as the embedded columns of an entity (every part null when absent). */
export function addressColumns(a: AddressFacts | null | undefined): Address {
  return {
    street: a?.street ?? null,
    postalCode: a?.postalCode ?? null,
    city: a?.city ?? null,
    country: a?.country ?? null,
  } as Address;
}

/** The embedded address columns of an entity in the fact-file shape (null when every part is null). */
export function addressFacts(a: Address | null | undefined): AddressFacts | null {
  if (!a || (a.street === null && a.postalCode === null && a.city === null && a.country === null)) return null;
  return Object.assign(new AddressFacts(), {
    street: a.street,
    postalCode: a.postalCode,
    city: a.city,
    country: a.country,
  });
}
