import { ProcessorRole } from '../entities/enums';
import { ProcessorTerm } from '../policy/vocabulary';
import { Random } from './random';

/** Slug prefix of everything synthetic (controllers, documents, vendors): it never collides with a real slug. */
export const SYNTH_PREFIX = 'synth-';

/** What a vendor does for a controller, in both languages, and the data the text ties to it. */
export interface VendorService {
  role: ProcessorRole;
  nl: string;
  en: string;
  dataCategories: string[];
}

/** A vendor a synthetic policy can name: its vocabulary term and what it is engaged for. */
export interface Vendor {
  term: ProcessorTerm;
  services: VendorService[];
}

const P = ProcessorRole.PROCESSOR;

/**
 * The vendors of the seed vocabulary, with the share of controllers that name each (realistic skew: web analytics
 * and the big clouds are everywhere; payment and niche tools are not). Shares are base rates; the controller's sector
 * raises some (see sectors.ts).
 */
export const HEAD_VENDORS: { slug: string; share: number; services: VendorService[] }[] = [
  {
    slug: 'google-analytics',
    share: 0.5,
    services: [
      {
        role: P,
        nl: 'het meten van het websitebezoek',
        en: 'measuring visits to our website',
        dataCategories: ['ip-address', 'usage-data', 'browser-type'],
      },
    ],
  },
  {
    slug: 'microsoft',
    share: 0.35,
    services: [
      {
        role: P,
        nl: 'e-mail en kantoorsoftware (Microsoft 365)',
        en: 'e-mail and office software (Microsoft 365)',
        dataCategories: ['name', 'email-address', 'message-content'],
      },
      {
        role: P,
        nl: 'het hosten van onze toepassingen in Azure',
        en: 'hosting our applications on Azure',
        dataCategories: [],
      },
    ],
  },
  {
    slug: 'aws',
    share: 0.25,
    services: [
      { role: P, nl: 'de hosting van ons platform', en: 'hosting our platform', dataCategories: [] },
      { role: P, nl: 'het bewaren van back-ups', en: 'storing back-ups', dataCategories: [] },
    ],
  },
  {
    slug: 'combell',
    share: 0.18,
    services: [{ role: P, nl: 'de hosting van onze website', en: 'hosting our website', dataCategories: [] }],
  },
  {
    slug: 'facebook',
    share: 0.12,
    services: [
      {
        role: ProcessorRole.DATA_SOURCE,
        nl: 'contactformulieren op Facebook',
        en: 'lead forms on Facebook',
        dataCategories: ['name', 'email-address'],
      },
      { role: P, nl: 'onze pagina op sociale media', en: 'our social media page', dataCategories: [] },
    ],
  },
  {
    slug: 'facebook-ads',
    share: 0.1,
    services: [
      {
        role: P,
        nl: 'gerichte advertenties op Facebook en Instagram',
        en: 'targeted advertising on Facebook and Instagram',
        dataCategories: ['ip-address', 'browsing-behaviour'],
      },
    ],
  },
  {
    slug: 'google-ads',
    share: 0.12,
    services: [
      {
        role: P,
        nl: 'het meten van onze advertentiecampagnes',
        en: 'measuring our advertising campaigns',
        dataCategories: ['ip-address', 'referrer'],
      },
      {
        role: ProcessorRole.DATA_SOURCE,
        nl: 'gegevens over bezoekers die via een advertentie komen',
        en: 'data on visitors who arrive through an advertisement',
        dataCategories: ['referrer'],
      },
    ],
  },
  {
    slug: 'mollie',
    share: 0.06,
    services: [
      {
        role: P,
        nl: 'de afhandeling van online betalingen',
        en: 'handling online payments',
        dataCategories: ['payment-data', 'name', 'email-address'],
      },
    ],
  },
  {
    slug: 'paypal',
    share: 0.05,
    services: [
      { role: P, nl: 'betalingen via PayPal', en: 'payments through PayPal', dataCategories: ['payment-data'] },
    ],
  },
  {
    slug: 'odoo',
    share: 0.05,
    services: [
      {
        role: ProcessorRole.SYSTEM,
        nl: 'ons ERP- en facturatiesysteem',
        en: 'our ERP and invoicing system',
        dataCategories: ['name', 'address', 'vat-number'],
      },
    ],
  },
  {
    slug: 'n-able',
    share: 0.015,
    services: [
      {
        role: ProcessorRole.SYSTEM,
        nl: 'het beheer op afstand van IT-systemen',
        en: 'remote management of IT systems',
        dataCategories: ['ip-address', 'software-use'],
      },
    ],
  },
  {
    slug: 'companyweb',
    share: 0.02,
    services: [
      {
        role: ProcessorRole.DATA_SOURCE,
        nl: 'het opvragen van bedrijfsgegevens',
        en: 'looking up company information',
        dataCategories: ['company-name', 'enterprise-number'],
      },
    ],
  },
];

/** Kinds of service the long tail of (synthetic) vendors offers. */
const TAIL_SERVICES: VendorService[] = [
  {
    role: P,
    nl: 'het versturen van onze nieuwsbrief',
    en: 'sending our newsletter',
    dataCategories: ['email-address', 'name'],
  },
  { role: P, nl: 'ons CRM-systeem', en: 'our CRM system', dataCategories: ['name', 'email-address', 'phone'] },
  { role: P, nl: 'onze boekhouding', en: 'our bookkeeping', dataCategories: ['name', 'address', 'vat-number'] },
  { role: P, nl: 'de loonadministratie', en: 'payroll', dataCategories: ['name', 'national-id', 'bank-account'] },
  { role: P, nl: 'het maken van back-ups', en: 'making back-ups', dataCategories: [] },
  { role: P, nl: 'onze helpdesk', en: 'our helpdesk', dataCategories: ['name', 'email-address', 'message-content'] },
  { role: P, nl: 'de chatfunctie op onze website', en: 'the chat on our website', dataCategories: ['message-content'] },
  {
    role: P,
    nl: 'het elektronisch ondertekenen van documenten',
    en: 'signing documents electronically',
    dataCategories: ['name', 'email-address'],
  },
  { role: P, nl: 'het plannen van afspraken', en: 'scheduling appointments', dataCategories: ['name', 'phone'] },
  {
    role: P,
    nl: 'de verzending van bestellingen',
    en: 'shipping orders',
    dataCategories: ['name', 'address', 'phone'],
  },
  {
    role: P,
    nl: 'het beheer van sollicitaties',
    en: 'managing job applications',
    dataCategories: ['cv', 'name', 'email-address'],
  },
  { role: P, nl: 'videogesprekken', en: 'video calls', dataCategories: ['name'] },
  {
    role: ProcessorRole.SYSTEM,
    nl: 'ons documentbeheersysteem',
    en: 'our document management system',
    dataCategories: [],
  },
  { role: ProcessorRole.SYSTEM, nl: 'onze wachtwoordkluis', en: 'our password vault', dataCategories: ['credentials'] },
  {
    role: ProcessorRole.DATA_SOURCE,
    nl: 'het aanleveren van prospectiegegevens',
    en: 'supplying prospect data',
    dataCategories: ['company-name', 'email-address'],
  },
  { role: P, nl: 'het hosten van onze webshop', en: 'hosting our web shop', dataCategories: [] },
  {
    role: P,
    nl: 'het analyseren van klantfeedback',
    en: 'analysing customer feedback',
    dataCategories: ['message-content'],
  },
  {
    role: P,
    nl: 'de incasso van openstaande facturen',
    en: 'collecting unpaid invoices',
    dataCategories: ['name', 'address', 'financial-data'],
  },
];

const SYLLABLES = [
  'da',
  'ta',
  'vo',
  'lin',
  'mar',
  'ko',
  'ri',
  'sen',
  'tra',
  'vi',
  'lo',
  'ne',
  'mo',
  'zu',
  'fi',
  'ka',
  'pel',
  'dor',
  'ex',
  'al',
];
const ENDINGS = [
  'ly',
  'io',
  'ra',
  'flow',
  'desk',
  'cloud',
  'mail',
  'hub',
  'soft',
  'works',
  'base',
  'net',
  'sign',
  'pay',
];
const COUNTRIES: [string, number][] = [
  ['BE', 0.34],
  ['NL', 0.2],
  ['DE', 0.09],
  ['FR', 0.08],
  ['IE', 0.05],
  ['US', 0.15],
  ['GB', 0.05],
  ['LU', 0.04],
];
const FORMS: Record<string, string> = {
  BE: 'BV',
  NL: 'B.V.',
  DE: 'GmbH',
  FR: 'SAS',
  IE: 'Limited',
  US: 'Inc.',
  GB: 'Ltd',
  LU: 'S.à r.l.',
};
const TLDS: Record<string, string> = {
  BE: 'be',
  NL: 'nl',
  DE: 'de',
  FR: 'fr',
  IE: 'ie',
  US: 'com',
  GB: 'co.uk',
  LU: 'lu',
};

const capitalise = (s: string) => s[0].toUpperCase() + s.slice(1);

function weighted(random: Random, options: [string, number][]): string {
  let x = random.next() * options.reduce((sum, [, w]) => sum + w, 0);
  for (const [value, weight] of options) if ((x -= weight) < 0) return value;
  return options[options.length - 1][0];
}

/**
 * The long tail: `count` generated vendors (`synth-<name>`), most popular first, each offering one kind of service.
 * Deterministic for a seed. Roughly a sixth is outside the EEA, and some have a parent outside it.
 */
export function tailVendors(seed: number, count: number): Vendor[] {
  const random = new Random(`vendors:${seed}`);
  const vendors: Vendor[] = [];
  const slugs = new Set<string>();
  while (vendors.length < count) {
    const stem = Array.from({ length: random.int(1, 2) }, () => random.pick(SYLLABLES)).join('');
    const name = capitalise(stem + random.pick(ENDINGS));
    const slug = `${SYNTH_PREFIX}${name.toLowerCase()}`;
    if (slugs.has(slug)) continue;
    slugs.add(slug);
    const country = weighted(random, COUNTRIES);
    const parentCountry = country !== 'US' && random.chance(0.1) ? 'US' : null;
    vendors.push({
      term: {
        slug,
        name,
        legalName: `${name} ${FORMS[country]}`,
        website: `https://www.${name.toLowerCase()}.${TLDS[country]}`,
        country,
        parentCountry,
      },
      services: [random.pick(TAIL_SERVICES)],
    });
  }
  return vendors;
}
