import { LegalBasisCode, RightCode } from '../entities/enums';

const { CONSENT, CONTRACT, LEGAL_OBLIGATION, LEGITIMATE_INTERESTS } = LegalBasisCode;

/** A retention rule as a policy words it, with its ISO 8601 duration where it gives one. */
export interface RetentionTemplate {
  nl: string;
  en: string;
  duration: string | null;
}

/** A purpose of processing: its DPV category, wording, usual legal bases and the data it usually needs. */
export interface PurposeTemplate {
  key: string;
  /** English name (the `name` of the purpose fact). */
  name: string;
  category: string;
  /** The purpose as a policy words it, to follow "om ..." / "to ..." (lower case). */
  nl: string;
  en: string;
  /** Alternative sets of legal bases; one is drawn. */
  bases: LegalBasisCode[][];
  /** Data categories a policy ties to it; a subset is drawn. */
  data: string[];
  retention: RetentionTemplate[];
}

const UNTIL_UNSUBSCRIBE: RetentionTemplate = {
  nl: 'tot u zich uitschrijft',
  en: 'until you unsubscribe',
  duration: null,
};
const AS_LONG_AS_NEEDED: RetentionTemplate = {
  nl: 'zolang als nodig is voor dit doel',
  en: 'for as long as necessary for this purpose',
  duration: null,
};

export const PURPOSES: PurposeTemplate[] = [
  {
    key: 'service',
    name: 'Service provision',
    category: 'ServiceProvision',
    nl: 'onze diensten aan u te leveren',
    en: 'provide our services to you',
    bases: [[CONTRACT]],
    data: ['name', 'email-address', 'phone', 'address', 'company-name', 'vat-number'],
    retention: [
      {
        nl: 'tot 10 jaar na het einde van de overeenkomst',
        en: 'up to 10 years after the contract ends',
        duration: 'P10Y',
      },
      {
        nl: 'tot 5 jaar na het einde van onze samenwerking',
        en: 'up to 5 years after our cooperation ends',
        duration: 'P5Y',
      },
      AS_LONG_AS_NEEDED,
    ],
  },
  {
    key: 'orders',
    name: 'Order processing',
    category: 'ServiceProvision',
    nl: 'uw bestellingen te verwerken en te leveren',
    en: 'process and deliver your orders',
    bases: [[CONTRACT]],
    data: ['name', 'address', 'email-address', 'phone', 'payment-data'],
    retention: [{ nl: 'gedurende 7 jaar', en: 'for 7 years', duration: 'P7Y' }, AS_LONG_AS_NEEDED],
  },
  {
    key: 'payments',
    name: 'Payment management',
    category: 'PaymentManagement',
    nl: 'betalingen af te handelen en facturen op te maken',
    en: 'handle payments and draw up invoices',
    bases: [[CONTRACT], [CONTRACT, LEGAL_OBLIGATION]],
    data: ['name', 'address', 'bank-account', 'payment-data', 'vat-number'],
    retention: [{ nl: 'gedurende 7 jaar', en: 'for 7 years', duration: 'P7Y' }],
  },
  {
    key: 'newsletter',
    name: 'Newsletter',
    category: 'DirectMarketing',
    nl: 'u onze nieuwsbrief te sturen',
    en: 'send you our newsletter',
    bases: [[CONSENT]],
    data: ['name', 'email-address'],
    retention: [UNTIL_UNSUBSCRIBE],
  },
  {
    key: 'marketing',
    name: 'Marketing to customers',
    category: 'Marketing',
    nl: 'u te informeren over onze producten en diensten',
    en: 'inform you about our products and services',
    bases: [[LEGITIMATE_INTERESTS], [CONSENT]],
    data: ['name', 'email-address', 'company-name'],
    retention: [
      UNTIL_UNSUBSCRIBE,
      { nl: 'tot 3 jaar na ons laatste contact', en: 'up to 3 years after our last contact', duration: 'P3Y' },
    ],
  },
  {
    key: 'analytics',
    name: 'Website analytics',
    category: 'ServiceUsageAnalytics',
    nl: 'het gebruik van onze website te analyseren en te verbeteren',
    en: 'analyse and improve the use of our website',
    bases: [[LEGITIMATE_INTERESTS], [CONSENT], [LEGITIMATE_INTERESTS]],
    data: ['ip-address', 'usage-data', 'browser-type', 'operating-system', 'referrer', 'device-type', 'usage-timing'],
    retention: [
      { nl: 'gedurende 26 maanden', en: 'for 26 months', duration: 'P26M' },
      { nl: 'gedurende 14 maanden', en: 'for 14 months', duration: 'P14M' },
    ],
  },
  {
    key: 'security',
    name: 'Security of our systems',
    category: 'EnforceSecurity',
    nl: 'onze systemen te beveiligen en misbruik te voorkomen',
    en: 'secure our systems and prevent abuse',
    bases: [[LEGITIMATE_INTERESTS]],
    data: ['ip-address', 'login-history', 'credentials', 'two-factor-data'],
    retention: [{ nl: 'gedurende 12 maanden', en: 'for 12 months', duration: 'P12M' }, AS_LONG_AS_NEEDED],
  },
  {
    key: 'fraud',
    name: 'Fraud prevention',
    category: 'FraudPreventionAndDetection',
    nl: 'fraude op te sporen en te voorkomen',
    en: 'detect and prevent fraud',
    bases: [[LEGITIMATE_INTERESTS], [LEGITIMATE_INTERESTS, LEGAL_OBLIGATION]],
    data: ['ip-address', 'payment-data', 'identification-data'],
    retention: [AS_LONG_AS_NEEDED],
  },
  {
    key: 'compliance',
    name: 'Legal and accounting obligations',
    category: 'LegalCompliance',
    nl: 'te voldoen aan onze wettelijke en boekhoudkundige verplichtingen',
    en: 'comply with our legal and accounting obligations',
    bases: [[LEGAL_OBLIGATION]],
    data: ['name', 'address', 'vat-number', 'enterprise-number', 'financial-data'],
    retention: [
      { nl: 'gedurende 7 jaar, zoals de wet voorschrijft', en: 'for 7 years, as the law requires', duration: 'P7Y' },
      { nl: 'gedurende 10 jaar', en: 'for 10 years', duration: 'P10Y' },
    ],
  },
  {
    key: 'support',
    name: 'Answering questions',
    category: 'CustomerCare',
    nl: 'uw vragen en klachten te beantwoorden',
    en: 'answer your questions and complaints',
    bases: [[LEGITIMATE_INTERESTS], [CONTRACT], [CONSENT]],
    data: ['name', 'email-address', 'phone', 'message-content', 'uploaded-content'],
    retention: [{ nl: 'gedurende 1 jaar', en: 'for 1 year', duration: 'P1Y' }, AS_LONG_AS_NEEDED],
  },
  {
    key: 'recruitment',
    name: 'Recruitment',
    category: 'RecruitmentManagement',
    nl: 'sollicitaties te beoordelen',
    en: 'assess job applications',
    bases: [[CONSENT], [LEGITIMATE_INTERESTS], [CONTRACT]],
    data: ['name', 'email-address', 'phone', 'cv', 'education', 'motivation-letter', 'date-of-birth'],
    retention: [
      { nl: 'tot 1 jaar na de sollicitatie', en: 'up to 1 year after the application', duration: 'P1Y' },
      { nl: 'gedurende 2 jaar', en: 'for 2 years', duration: 'P2Y' },
    ],
  },
  {
    key: 'account',
    name: 'Account management',
    category: 'AccountManagement',
    nl: 'uw klantaccount te beheren',
    en: 'manage your customer account',
    bases: [[CONTRACT]],
    data: ['name', 'email-address', 'credentials', 'account-history'],
    retention: [
      {
        nl: 'tot 2 jaar nadat u uw account afsluit',
        en: 'up to 2 years after you close your account',
        duration: 'P2Y',
      },
      AS_LONG_AS_NEEDED,
    ],
  },
  {
    key: 'identity',
    name: 'Customer due diligence',
    category: 'IdentityVerification',
    nl: 'uw identiteit te controleren, zoals de antiwitwaswetgeving oplegt',
    en: 'verify your identity, as anti-money-laundering law requires',
    bases: [[LEGAL_OBLIGATION]],
    data: ['national-id', 'identity-document', 'date-of-birth', 'place-of-birth', 'nationality', 'name'],
    retention: [{ nl: 'gedurende 10 jaar', en: 'for 10 years', duration: 'P10Y' }],
  },
  {
    key: 'advertising',
    name: 'Targeted advertising',
    category: 'Advertising',
    nl: 'u gerichte advertenties te tonen',
    en: 'show you targeted advertisements',
    bases: [[CONSENT]],
    data: ['ip-address', 'browsing-behaviour', 'device-type', 'location'],
    retention: [{ nl: 'gedurende 13 maanden', en: 'for 13 months', duration: 'P13M' }],
  },
  {
    key: 'personalisation',
    name: 'Personalisation',
    category: 'ServicePersonalisation',
    nl: 'onze website aan uw voorkeuren aan te passen',
    en: 'tailor our website to your preferences',
    bases: [[CONSENT], [LEGITIMATE_INTERESTS]],
    data: ['browsing-behaviour', 'usage-data', 'location'],
    retention: [AS_LONG_AS_NEEDED],
  },
  {
    key: 'vendors',
    name: 'Supplier management',
    category: 'VendorManagement',
    nl: 'onze relatie met leveranciers en partners te beheren',
    en: 'manage our relationship with suppliers and partners',
    bases: [[CONTRACT], [LEGITIMATE_INTERESTS]],
    data: ['name', 'email-address', 'phone', 'company-name', 'vat-number'],
    retention: [{ nl: 'gedurende 7 jaar', en: 'for 7 years', duration: 'P7Y' }],
  },
  {
    key: 'statistics',
    name: 'Statistics',
    category: 'ResearchAndStatistics',
    nl: 'anonieme statistieken op te maken',
    en: 'compile anonymous statistics',
    bases: [[LEGITIMATE_INTERESTS]],
    data: ['usage-data', 'location'],
    retention: [AS_LONG_AS_NEEDED],
  },
  {
    key: 'communication',
    name: 'Communication about your file',
    category: 'CommunicationManagement',
    nl: 'met u te communiceren over uw dossier',
    en: 'communicate with you about your file',
    bases: [[CONTRACT], [LEGITIMATE_INTERESTS]],
    data: ['email-address', 'phone', 'message-content'],
    retention: [AS_LONG_AS_NEEDED],
  },
];

/** A kind of business: its names and how likely each purpose, data category and vendor is. */
export interface Sector {
  key: string;
  nl: string[];
  en: string[];
  /** Probability of each purpose (by key). */
  purposes: Record<string, number>;
  /** Data categories commonly listed besides those of the purposes. */
  data: string[];
  /** Extra share of controllers naming these vendors (on top of their base share). */
  vendors: Record<string, number>;
  legalForms: (string | null)[];
}

export const SECTORS: Sector[] = [
  {
    key: 'webshop',
    nl: ['Webshop', 'Fietsen', 'Wijnhandel', 'Interieur', 'Mode', 'Speelgoed'],
    en: ['Store', 'Cycles', 'Wines', 'Interiors', 'Fashion'],
    purposes: {
      orders: 0.95,
      payments: 0.8,
      newsletter: 0.7,
      analytics: 0.8,
      advertising: 0.4,
      support: 0.6,
      account: 0.6,
      compliance: 0.6,
      fraud: 0.2,
    },
    data: ['name', 'address', 'email-address', 'phone', 'ip-address', 'payment-data', 'account-history'],
    vendors: { mollie: 0.35, paypal: 0.2, 'facebook-ads': 0.15, 'google-ads': 0.1 },
    legalForms: ['BV', 'BV', 'NV', 'CommV', null],
  },
  {
    key: 'it',
    nl: ['IT', 'Software', 'Digital', 'Cloud', 'Systems', 'ICT'],
    en: ['IT', 'Software', 'Digital', 'Cloud Services', 'Systems'],
    purposes: {
      service: 0.95,
      security: 0.7,
      account: 0.5,
      support: 0.7,
      analytics: 0.7,
      marketing: 0.4,
      compliance: 0.6,
      recruitment: 0.3,
      vendors: 0.3,
    },
    data: [
      'name',
      'email-address',
      'phone',
      'company-name',
      'ip-address',
      'credentials',
      'login-history',
      'software-use',
    ],
    vendors: { microsoft: 0.3, aws: 0.25, odoo: 0.05, 'n-able': 0.05 },
    legalForms: ['BV', 'NV', 'NV', null],
  },
  {
    key: 'professional',
    nl: ['Accountancy', 'Advocaten', 'Boekhouding', 'Fiscaal Advies', 'Notariaat', 'Verzekeringen'],
    en: ['Accountants', 'Law Firm', 'Tax Advisers', 'Insurance'],
    purposes: {
      service: 0.95,
      identity: 0.6,
      compliance: 0.9,
      communication: 0.6,
      payments: 0.5,
      marketing: 0.2,
      analytics: 0.4,
      newsletter: 0.3,
    },
    data: [
      'name',
      'address',
      'email-address',
      'phone',
      'national-id',
      'marital-status',
      'financial-data',
      'bank-account',
      'occupation',
    ],
    vendors: { microsoft: 0.35, companyweb: 0.05 },
    legalForms: ['BV', 'BV', 'CommV', 'NV'],
  },
  {
    key: 'local',
    nl: ['Bakkerij', 'Garage', 'Kapsalon', 'Bouw', 'Schrijnwerkerij', 'Tandartspraktijk', 'Kinesitherapie', 'Immo'],
    en: ['Bakery', 'Garage', 'Builders', 'Dental Practice', 'Real Estate'],
    purposes: {
      service: 0.9,
      newsletter: 0.3,
      analytics: 0.5,
      support: 0.5,
      compliance: 0.5,
      communication: 0.3,
      payments: 0.4,
    },
    data: ['name', 'address', 'email-address', 'phone', 'date-of-birth'],
    vendors: { combell: 0.15 },
    legalForms: ['BV', 'BV', 'VOF', null],
  },
  {
    key: 'recruitment',
    nl: ['Interim', 'Jobs', 'Selectie', 'HR Partners'],
    en: ['Recruitment', 'Talent', 'Staffing'],
    purposes: {
      recruitment: 0.98,
      service: 0.6,
      identity: 0.3,
      marketing: 0.3,
      analytics: 0.6,
      compliance: 0.6,
      communication: 0.5,
    },
    data: ['name', 'email-address', 'phone', 'cv', 'education', 'nationality', 'date-of-birth', 'background-check'],
    vendors: { microsoft: 0.2, facebook: 0.15 },
    legalForms: ['NV', 'BV'],
  },
  {
    key: 'platform',
    nl: ['Platform', 'App', 'Online'],
    en: ['Platform', 'App', 'Online'],
    purposes: {
      account: 0.95,
      service: 0.8,
      analytics: 0.9,
      personalisation: 0.5,
      advertising: 0.4,
      security: 0.6,
      statistics: 0.4,
      support: 0.6,
      newsletter: 0.5,
    },
    data: [
      'name',
      'email-address',
      'ip-address',
      'usage-data',
      'device-type',
      'location',
      'credentials',
      'uploaded-content',
    ],
    vendors: { aws: 0.3, 'google-ads': 0.1, 'facebook-ads': 0.1 },
    legalForms: ['NV', 'BV'],
  },
  {
    key: 'nonprofit',
    nl: ['Vzw', 'Vereniging', 'Sportclub', 'Jeugdwerking'],
    en: ['Association', 'Foundation'],
    purposes: { service: 0.8, newsletter: 0.6, communication: 0.5, payments: 0.4, statistics: 0.2, compliance: 0.4 },
    data: ['name', 'address', 'email-address', 'phone', 'date-of-birth'],
    vendors: {},
    legalForms: ['VZW'],
  },
];

/** Share of policies of each sector. */
export const SECTOR_SHARES: Record<string, number> = {
  webshop: 0.22,
  it: 0.2,
  professional: 0.16,
  local: 0.2,
  recruitment: 0.06,
  platform: 0.08,
  nonprofit: 0.08,
};

export const SURNAMES = [
  'Peeters',
  'Janssens',
  'Maes',
  'Jacobs',
  'Mertens',
  'Willems',
  'Claes',
  'Goossens',
  'Wouters',
  'De Smet',
  'Dubois',
  'Lambert',
  'Dupont',
  'Martens',
  'Hermans',
  'Vermeulen',
  'Pauwels',
  'Aerts',
  'Desmet',
  'Verhoeven',
  'Van den Broeck',
  'Michiels',
  'De Backer',
  'Lemmens',
  'Vandamme',
  'Coppens',
  'Stevens',
  'Segers',
  'Hendrickx',
  'Van Damme',
  'Bogaert',
  'De Clercq',
  'Verstraete',
  'Declercq',
  'Smets',
  'Moens',
  'Cools',
  'Vervoort',
  'Thys',
];
export const FIRST_NAMES = [
  'Jan',
  'Marie',
  'Pieter',
  'An',
  'Luc',
  'Sofie',
  'Tom',
  'Els',
  'Bart',
  'Katrien',
  'Wim',
  'Lies',
  'Koen',
  'Eva',
  'Dirk',
  'Sarah',
  'Joris',
  'Hanne',
  'Stijn',
  'Ellen',
];
export const STREETS = [
  'Kerkstraat',
  'Stationsstraat',
  'Nieuwstraat',
  'Molenstraat',
  'Dorpsstraat',
  'Schoolstraat',
  'Industrielaan',
  'Kortrijksesteenweg',
  'Brusselsesteenweg',
  'Gentsesteenweg',
  'Noorderlaan',
  'Veldstraat',
  'Ambachtenlaan',
  'Leuvensesteenweg',
  'Kapelstraat',
  'Beekstraat',
];
/** Belgian municipalities with their postal code and telephone zone. */
export const CITIES: { postalCode: string; city: string; zone: string }[] = [
  { postalCode: '2000', city: 'Antwerpen', zone: '3' },
  { postalCode: '9000', city: 'Gent', zone: '9' },
  { postalCode: '8000', city: 'Brugge', zone: '50' },
  { postalCode: '3000', city: 'Leuven', zone: '16' },
  { postalCode: '3500', city: 'Hasselt', zone: '11' },
  { postalCode: '8500', city: 'Kortrijk', zone: '56' },
  { postalCode: '8800', city: 'Roeselare', zone: '51' },
  { postalCode: '2800', city: 'Mechelen', zone: '15' },
  { postalCode: '9300', city: 'Aalst', zone: '53' },
  { postalCode: '1000', city: 'Brussel', zone: '2' },
  { postalCode: '3600', city: 'Genk', zone: '89' },
  { postalCode: '8400', city: 'Oostende', zone: '59' },
  { postalCode: '2300', city: 'Turnhout', zone: '14' },
  { postalCode: '9100', city: 'Sint-Niklaas', zone: '3' },
  { postalCode: '2440', city: 'Geel', zone: '14' },
  { postalCode: '8900', city: 'Ieper', zone: '57' },
  { postalCode: '3800', city: 'Sint-Truiden', zone: '11' },
  { postalCode: '9200', city: 'Dendermonde', zone: '52' },
];

export const LEGAL_BASIS_WORDS: Record<LegalBasisCode, { nl: string; en: string }> = {
  CONSENT: { nl: 'uw toestemming', en: 'your consent' },
  CONTRACT: { nl: 'de uitvoering van een overeenkomst met u', en: 'the performance of a contract with you' },
  LEGAL_OBLIGATION: { nl: 'een wettelijke verplichting', en: 'a legal obligation' },
  VITAL_INTERESTS: { nl: 'de bescherming van uw vitale belangen', en: 'the protection of your vital interests' },
  PUBLIC_TASK: { nl: 'een taak van algemeen belang', en: 'a task carried out in the public interest' },
  LEGITIMATE_INTERESTS: { nl: 'ons gerechtvaardigd belang', en: 'our legitimate interests' },
};

/** Each right with the share of policies that state it and its wording. */
export const RIGHTS: { code: RightCode; share: number; nl: string; en: string }[] = [
  {
    code: RightCode.ACCESS,
    share: 0.97,
    nl: 'het recht op inzage in uw persoonsgegevens',
    en: 'the right to access your personal data',
  },
  {
    code: RightCode.RECTIFICATION,
    share: 0.95,
    nl: 'het recht om onjuiste gegevens te laten verbeteren',
    en: 'the right to have inaccurate data rectified',
  },
  {
    code: RightCode.ERASURE,
    share: 0.93,
    nl: 'het recht om uw gegevens te laten wissen',
    en: 'the right to have your data erased',
  },
  {
    code: RightCode.RESTRICTION,
    share: 0.7,
    nl: 'het recht op beperking van de verwerking',
    en: 'the right to restriction of processing',
  },
  {
    code: RightCode.PORTABILITY,
    share: 0.75,
    nl: 'het recht op overdraagbaarheid van uw gegevens',
    en: 'the right to data portability',
  },
  {
    code: RightCode.OBJECTION,
    share: 0.8,
    nl: 'het recht om bezwaar te maken tegen de verwerking',
    en: 'the right to object to the processing',
  },
  {
    code: RightCode.OBJECT_DIRECT_MARKETING,
    share: 0.35,
    nl: 'het recht om bezwaar te maken tegen direct marketing',
    en: 'the right to object to direct marketing',
  },
  {
    code: RightCode.AUTOMATED_DECISION,
    share: 0.15,
    nl: 'het recht om niet onderworpen te worden aan geautomatiseerde besluitvorming',
    en: 'the right not to be subject to automated decision-making',
  },
  {
    code: RightCode.WITHDRAW_CONSENT,
    share: 0.6,
    nl: 'het recht om uw toestemming op elk moment in te trekken',
    en: 'the right to withdraw your consent at any time',
  },
  {
    code: RightCode.COMPLAINT,
    share: 0.85,
    nl: 'het recht om een klacht in te dienen bij de toezichthoudende autoriteit',
    en: 'the right to lodge a complaint with the supervisory authority',
  },
];

export const RECIPIENT_WORDS: Record<string, { nl: string; en: string }> = {
  'it-provider': { nl: 'onze IT-leverancier', en: 'our IT supplier' },
  accountant: { nl: 'onze boekhouder', en: 'our accountant' },
  'service-provider': {
    nl: 'dienstverleners die in onze opdracht werken',
    en: 'service providers working on our behalf',
  },
  'customer-service-provider': { nl: 'onze klantendienstverlener', en: 'our customer service provider' },
  'hosting-provider': { nl: 'onze hostingprovider', en: 'our hosting provider' },
  'analytics-provider': { nl: 'analysediensten', en: 'analytics services' },
  'payment-provider': { nl: 'betaaldienstverleners', en: 'payment service providers' },
  'advertising-partner': { nl: 'advertentiepartners', en: 'advertising partners' },
  'public-authorities': {
    nl: 'overheidsinstanties, wanneer de wet ons daartoe verplicht',
    en: 'public authorities, where the law requires it',
  },
  acquirer: { nl: 'een overnemer van ons bedrijf', en: 'a company that acquires our business' },
};

export const MONTHS = {
  nl: [
    'januari',
    'februari',
    'maart',
    'april',
    'mei',
    'juni',
    'juli',
    'augustus',
    'september',
    'oktober',
    'november',
    'december',
  ],
  en: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
};
