/** Member states of the European Economic Area: the 27 EU member states plus Iceland, Liechtenstein and Norway. */
export const EEA_COUNTRIES: ReadonlySet<string> = new Set([
  'AT',
  'BE',
  'BG',
  'HR',
  'CY',
  'CZ',
  'DK',
  'EE',
  'FI',
  'FR',
  'DE',
  'GR',
  'HU',
  'IE',
  'IT',
  'LV',
  'LT',
  'LU',
  'MT',
  'NL',
  'PL',
  'PT',
  'RO',
  'SK',
  'SI',
  'ES',
  'SE',
  'IS',
  'LI',
  'NO',
]);

/** Whether an ISO 3166-1 alpha-2 code is a country outside the EEA (false for null: unknown is not outside). */
export function isOutsideEEA(country: string | null | undefined): country is string {
  return !!country && !EEA_COUNTRIES.has(country.toUpperCase());
}

const regionNames = new Intl.DisplayNames(['en'], { type: 'region' });

/** "United States (US)" for `US`; the code alone when the runtime does not know it. */
export function countryName(code: string): string {
  let name: string | undefined;
  try {
    name = regionNames.of(code.toUpperCase());
  } catch {
    name = undefined;
  }
  return name && name !== code ? `${name} (${code.toUpperCase()})` : code.toUpperCase();
}
