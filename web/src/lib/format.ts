/** The member states of the EEA (EU 27 plus Iceland, Liechtenstein and Norway), ISO 3166-1 alpha-2. */
const EEA = new Set(
  'AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE IS LI NO'.split(' '),
);

/** Whether a country (ISO 3166-1 alpha-2) is in the EEA; false for null. */
export function isEEA(country: string | null | undefined): boolean {
  return !!country && EEA.has(country.toUpperCase());
}

/** Whether a vendor's data may leave the EEA: its contracting entity or its group's parent is outside it. */
export function isOutsideEEA(vendor: { country?: string | null; parentCountry?: string | null }): boolean {
  return (!!vendor.country && !isEEA(vendor.country)) || (!!vendor.parentCountry && !isEEA(vendor.parentCountry));
}

const regionNames = new Intl.DisplayNames(['en'], { type: 'region' });
const languageNames = new Intl.DisplayNames(['en'], { type: 'language' });

/** "Belgium" for BE; the code itself when the browser does not know it. */
export function countryName(code: string | null | undefined): string {
  if (!code) return '';
  try {
    return regionNames.of(code.toUpperCase()) ?? code;
  } catch {
    return code;
  }
}

/** "Dutch" for nl. */
export function languageName(code: string): string {
  try {
    return languageNames.of(code) ?? code;
  } catch {
    return code;
  }
}

const DURATION = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/;
const UNITS = ['year', 'month', 'week', 'day', 'hour', 'minute', 'second'];

/** An ISO 8601 duration in words: P10Y → "10 years", P1Y6M → "1 year 6 months"; unknown forms as given. */
export function formatDuration(iso: string): string {
  const match = DURATION.exec(iso);
  if (!match || iso === 'P' || iso.endsWith('T')) return iso;
  const parts = match
    .slice(1)
    .map((value, index) => (value === undefined ? '' : `${Number(value)} ${UNITS[index]}${value === '1' ? '' : 's'}`))
    .filter(Boolean);
  return parts.length ? parts.join(' ') : iso;
}

/** "Drukpersstraat 35, 1000 Brussel, Belgium" from the parts that are known. */
export function formatAddress(
  address: { street?: string | null; postalCode?: string | null; city?: string | null; country?: string | null } | null,
): string {
  if (!address) return '';
  const place = [address.postalCode, address.city].filter(Boolean).join(' ');
  return [address.street, place, countryName(address.country)].filter(Boolean).join(', ');
}
