import { LegalBasisCode, ProcessorRole, RequestChannel, RightCode } from '../entities/enums';
import { startsOf } from '../policy/locate-quote';
import { KnownTerms, knownTerms, validatePolicy, ValidPolicy } from '../policy/validate-policy';
import { Vocabulary } from '../policy/vocabulary';
import {
  CookieFacts,
  DataCategoryFacts,
  DataSourceFacts,
  EvidenceRef,
  FactFile,
  LegalBasisFacts,
  MIN_QUOTE,
  ProcessorFacts,
  PurposeFacts,
  RecipientFacts,
  RightFacts,
} from '../policy/fact-file';
import {
  CITIES,
  FIRST_NAMES,
  LEGAL_BASIS_WORDS,
  MONTHS,
  PURPOSES,
  PurposeTemplate,
  RECIPIENT_WORDS,
  RIGHTS,
  SECTOR_SHARES,
  SECTORS,
  Sector,
  STREETS,
  SURNAMES,
} from './catalogue';
import { Random, Zipf } from './random';
import { HEAD_VENDORS, SYNTH_PREFIX, Vendor, VendorService } from './vendors';

type Language = 'nl' | 'en';

/**
 * A policy text being written: appends text and records where each quote it cites was written, so that, once the
 * text is finished, each quote can say which of its appearances it means (`occurrence`) and the gate locates exactly
 * that span.
 */
class PolicyText {
  private readonly parts: string[] = [];
  private length = 0;
  /** Every quote cited, and the offset it was written at. */
  private readonly cited: { ref: EvidenceRef; start: number }[] = [];

  add(text: string): this {
    this.parts.push(text);
    this.length += text.length;
    return this;
  }

  /** Appends `quote` and adds it to `refs` (the fact's `evidence` list). */
  cite(refs: EvidenceRef[], quote: string): this {
    const ref: EvidenceRef = { quote };
    refs.push(ref);
    this.cited.push({ ref, start: this.length });
    return this.add(quote);
  }

  private sections = 0;

  /** Starts a numbered section: the lines that follow start with a line break. */
  heading(text: string): this {
    return this.add(`\n\n${++this.sections}. ${text}`);
  }

  /**
   * The finished text. Each quote whose words appear more than once in it (before or after the place it was written)
   * gets the `occurrence` of that place, counted as the gate counts (startsOf).
   */
  finish(): { text: string; starts: number[] } {
    const text = this.parts.join('');
    for (const { ref, start } of this.cited) {
      const starts = startsOf(text, ref.quote);
      if (starts.length > 1) ref.occurrence = starts.indexOf(start) + 1;
    }
    return { text, starts: this.cited.map((c) => c.start) };
  }
}

/** Everything the generator draws from: the vocabulary, the vendors and their popularity. */
export interface GeneratorContext {
  seed: number;
  vocabulary: Vocabulary;
  tail: Vendor[];
  tailZipf: Zipf;
  /** Mean number of long-tail vendors a policy names. */
  tailMean: number;
}

const lowerFirst = (s: string) => (s.length > 1 && s[1] === s[1].toLowerCase() ? s[0].toLowerCase() + s.slice(1) : s);
const upperFirst = (s: string) => s[0].toUpperCase() + s.slice(1);
const kebab = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

function list(items: string[], language: Language): string {
  if (items.length < 2) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${language === 'nl' ? 'en' : 'and'} ${items[items.length - 1]}`;
}

function weightedKey(random: Random, shares: Record<string, number>): string {
  const entries = Object.entries(shares);
  let x = random.next() * entries.reduce((sum, [, w]) => sum + w, 0);
  for (const [key, weight] of entries) if ((x -= weight) < 0) return key;
  return entries[entries.length - 1][0];
}

/** A Belgian enterprise number that passes the KBO mod-97 check. */
function enterpriseNumber(random: Random): string {
  const base = random.int(2000000, 9999999); // 0 followed by 7 digits
  const check = 97 - (base % 97);
  const digits = `0${base}${String(check).padStart(2, '0')}`;
  return `${digits.slice(0, 4)}.${digits.slice(4, 7)}.${digits.slice(7)}`;
}

/** An E.164 Belgian landline in a zone, and the way a policy prints it. */
function phone(random: Random, zone: string): { e164: string; printed: string } {
  const subscriber = String(random.int(0, 10 ** (8 - zone.length) - 1)).padStart(8 - zone.length, '0');
  // Printed as Belgians write it: +32 51 24 45 00, +32 3 329 49 33.
  const groups =
    zone.length === 1
      ? [subscriber.slice(0, 3), subscriber.slice(3, 5), subscriber.slice(5)]
      : subscriber.match(/../g)!;
  return { e164: `+32${zone}${subscriber}`, printed: `+32 ${zone} ${groups.join(' ')}` };
}

/** The slug of the `index`-th synthetic controller (1-based): `synth-00001`. */
export const synthSlug = (index: number) => `${SYNTH_PREFIX}${String(index).padStart(5, '0')}`;

/** A generated policy as the gate takes it (a fact file and its text), and the offset of every quote it cites. */
export interface GeneratedDraft {
  facts: FactFile;
  text: string;
  /** Where each quote was written, in the order cited: the spans the gate must locate. */
  starts: number[];
}

/**
 * Writes the `index`-th synthetic policy as the gate's input: a controller of a drawn sector, its policy text in
 * Dutch or English assembled from templates over the seed vocabulary, and the fact file read from it, every quote
 * written into the text (with its `occurrence` when its words recur). Deterministic: the same seed and index give the
 * same draft whatever the size of the corpus. Not yet checked: generatePolicy passes it through the gate.
 */
export function generateDraft(index: number, context: GeneratorContext): GeneratedDraft {
  const random = new Random(`policy:${context.seed}:${index}`);
  const { vocabulary } = context;
  const language: Language = random.chance(0.72) ? 'nl' : 'en';
  const t = (nl: string, en: string) => (language === 'nl' ? nl : en);
  const sectorKey = weightedKey(random, SECTOR_SHARES);
  const sector: Sector = SECTORS.find((s) => s.key === sectorKey)!;
  const slug = synthSlug(index);
  const text = new PolicyText();

  // --- who
  const surname = random.pick(SURNAMES);
  const name = `${surname} ${random.pick(sector[language])}`;
  const legalForm = random.pick(sector.legalForms);
  const legalName = legalForm ? `${name} ${legalForm}` : name;
  const domain = `${kebab(name)}.be`;
  const place = random.pick(CITIES);
  const street = `${random.pick(STREETS)} ${random.int(1, 250)}`;
  const kbo = random.chance(0.8) ? enterpriseNumber(random) : null;
  const tel = random.chance(0.7) ? phone(random, place.zone) : null;
  const email = `${random.pick(['info', 'privacy', 'contact', 'hello'])}@${domain}`;
  const year = random.int(2018, 2025);
  const month = random.int(year === 2018 ? 5 : 1, 12);
  const day = random.int(1, 28);
  const lastUpdated = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;

  const title = t(`Privacyverklaring ${name}`, `Privacy policy ${name}`);
  text.add(`${title}\n`);
  const lastUpdatedEvidence: EvidenceRef[] = [];
  text
    .add('\n')
    .cite(
      lastUpdatedEvidence,
      t(
        `Laatst bijgewerkt op ${day} ${MONTHS.nl[month - 1]} ${year}.`,
        `Last updated on ${day} ${MONTHS.en[month - 1]} ${year}.`,
      ),
    );

  const controllerEvidence: EvidenceRef[] = [];
  text.heading(t('Wie zijn wij?', 'Who we are')).add('\n');
  text.cite(controllerEvidence, legalName);
  text.add(t(', met maatschappelijke zetel te ', ', with its registered office at '));
  text.cite(controllerEvidence, `${street}, ${place.postalCode} ${place.city}`);
  if (kbo) text.add(t(' en ondernemingsnummer ', ' and enterprise number ')).cite(controllerEvidence, kbo);
  text.add(
    t(
      ', is verantwoordelijk voor de verwerking van uw persoonsgegevens. ',
      ', is the controller of your personal data. ',
    ),
  );
  text.add(t('U kunt ons bereiken via ', 'You can reach us at ')).cite(controllerEvidence, email);
  if (tel) text.add(t(' of op het nummer ', ' or by phone on ')).cite(controllerEvidence, tel.printed);
  text.add('.');

  const facts: FactFile = {
    document: {
      slug,
      file: `${slug}.txt`,
      sourceFile: `${slug}.txt`,
      title,
      language,
      lastUpdated,
      lastUpdatedEvidence,
    },
    controller: {
      slug,
      name,
      legalName,
      legalForm,
      enterpriseNumber: kbo,
      address: { street, postalCode: place.postalCode, city: place.city, country: 'BE' },
      email,
      phone: tel?.e164 ?? null,
      website: `https://www.${domain}`,
      representative: null,
      evidence: controllerEvidence,
    },
  };

  // --- DPO
  if (random.chance(sector.key === 'nonprofit' || sector.key === 'local' ? 0.15 : 0.4)) {
    const external = random.chance(0.3);
    const dpoName = `${random.pick(FIRST_NAMES)} ${random.pick(SURNAMES)}`;
    const organization = external ? `${random.pick(SURNAMES)} Privacy Consult` : null;
    const dpoEmail = external ? `dpo@${kebab(organization!)}.be` : `dpo@${domain}`;
    const evidence: EvidenceRef[] = [];
    text.heading(t('Functionaris voor gegevensbescherming', 'Data protection officer')).add('\n');
    text.cite(
      evidence,
      t(
        `Wij hebben een functionaris voor gegevensbescherming aangesteld: ${dpoName}${organization ? ` van ${organization}` : ''}.`,
        `We have appointed a data protection officer: ${dpoName}${organization ? ` of ${organization}` : ''}.`,
      ),
    );
    text.add(t(' U bereikt de functionaris via ', ' You can reach the officer at ')).cite(evidence, dpoEmail);
    text.add('.');
    facts.dpo = { name: dpoName, organization, email: dpoEmail, phone: null, address: null, evidence };
  }

  // --- purposes and the data they need
  const chosen = PURPOSES.filter((p) => random.chance(sector.purposes[p.key] ?? 0.04));
  if (!chosen.length) chosen.push(PURPOSES[0]);
  const tied = new Map<PurposeTemplate, string[]>(
    chosen.map((p) => [p, random.sample(p.data, random.int(Math.min(2, p.data.length), p.data.length))]),
  );
  const dataCodes = new Set<string>([...tied.values()].flat());
  for (const code of sector.data) if (random.chance(0.5)) dataCodes.add(code);
  if (random.chance(0.03)) dataCodes.add('biometric');
  const categories = vocabulary.dataCategories.filter((c) => dataCodes.has(c.code));
  const label = (code: string) => {
    const term = categories.find((c) => c.code === code)!;
    return language === 'nl' ? term.nameNl : term.name;
  };

  text.heading(t('Welke persoonsgegevens verwerken wij?', 'Which personal data we process'));
  text.add('\n').add(t('Wij verwerken de volgende persoonsgegevens:', 'We process the following personal data:'));
  const whose = random.chance(0.3) ? random.pick(['Customers', 'Website visitors', 'Users of our services']) : null;
  facts.dataCategories = categories.map((category): DataCategoryFacts => {
    const evidence: EvidenceRef[] = [];
    const item = label(category.code);
    // A label shorter than the gate's shortest quote ("CV") is quoted with its bullet: the same text, a longer span.
    if (item.length >= MIN_QUOTE) text.add('\n- ').cite(evidence, item);
    else text.add('\n').cite(evidence, `- ${item}`);
    return {
      category: category.code,
      label: language === 'nl' ? category.nameNl : category.name,
      sensitive: category.special,
      context: whose,
      evidence,
    };
  });

  text.heading(t('Waarvoor gebruiken wij uw gegevens?', 'What we use your data for'));
  facts.purposes = chosen.map((p): PurposeFacts => {
    const evidence: EvidenceRef[] = [];
    const bases = random.pick(p.bases);
    const data = tied.get(p)!;
    const retention = random.chance(0.75) ? random.pick(p.retention) : null;
    const wording = language === 'nl' ? p.nl : p.en;
    text.add('\n');
    text.cite(evidence, t(`Wij gebruiken uw gegevens om ${wording}.`, `We use your data to ${wording}.`));
    text.add(' ');
    text.cite(
      evidence,
      t(
        `Hiervoor verwerken wij uw ${list(
          data.map((c) => lowerFirst(label(c))),
          'nl',
        )}, op basis van ${list(
          bases.map((b) => LEGAL_BASIS_WORDS[b].nl),
          'nl',
        )}.`,
        `For this we process your ${list(
          data.map((c) => lowerFirst(label(c))),
          'en',
        )}, on the basis of ${list(
          bases.map((b) => LEGAL_BASIS_WORDS[b].en),
          'en',
        )}.`,
      ),
    );
    if (retention) {
      text.add(' ');
      text.cite(evidence, t(`Deze gegevens bewaren wij ${retention.nl}.`, `We keep these data ${retention.en}.`));
    }
    return {
      name: p.name,
      label: upperFirst(wording),
      category: p.category,
      legalBases: bases,
      dataCategories: data,
      retention: retention
        ? { description: language === 'nl' ? retention.nl : retention.en, duration: retention.duration }
        : null,
      evidence,
    };
  });

  // General statements of legal bases.
  const claimed = [...new Set(facts.purposes.flatMap((p) => p.legalBases ?? []))].filter(() => random.chance(0.6));
  if (claimed.length) {
    text.add('\n').add(t('Wij verwerken uw gegevens op basis van ', 'We process your data on the basis of '));
    facts.legalBases = claimed.map((code, i): LegalBasisFacts => {
      const evidence: EvidenceRef[] = [];
      if (i > 0) text.add(i === claimed.length - 1 ? t(' en ', ' and ') : ', ');
      text.cite(evidence, LEGAL_BASIS_WORDS[code][language]);
      return { code: code as LegalBasisCode, evidence };
    });
    text.add('.');
  }

  // --- vendors: the head by share (raised by sector), and a long tail by popularity
  const engaged = new Map<
    string,
    { vendor: { slug: string; name: string; legalName?: string | null }; service: VendorService }
  >();
  for (const head of HEAD_VENDORS) {
    if (random.chance(Math.min(0.95, head.share + (sector.vendors[head.slug] ?? 0)))) {
      const term = vocabulary.processors.find((p) => p.slug === head.slug);
      if (term) engaged.set(term.slug, { vendor: term, service: random.pick(head.services) });
    }
  }
  for (let n = random.poisson(context.tailMean); n > 0; n--) {
    const vendor = context.tail[context.tailZipf.draw(random)];
    engaged.set(vendor.term.slug, { vendor: vendor.term, service: vendor.services[0] });
  }
  const recipientCodes = random.sample(
    vocabulary.recipientCategories.map((r) => r.code).filter((code) => RECIPIENT_WORDS[code]),
    random.int(0, 3),
  );
  if (engaged.size || recipientCodes.length) {
    text.heading(t('Met wie delen wij uw gegevens?', 'Who we share your data with'));
  }
  facts.processors = [...engaged.values()].map(({ vendor, service }): ProcessorFacts => {
    const evidence: EvidenceRef[] = [];
    const who = vendor.legalName && random.chance(0.4) ? `${vendor.name} (${vendor.legalName})` : vendor.name;
    const what = language === 'nl' ? service.nl : service.en;
    text.add('\n');
    if (service.role === ProcessorRole.DATA_SOURCE)
      text.cite(
        evidence,
        t(`Wij ontvangen gegevens van ${who} voor ${what}.`, `We receive data from ${who} for ${what}.`),
      );
    else if (service.role === ProcessorRole.SYSTEM)
      text.cite(evidence, t(`Wij gebruiken ${who} voor ${what}.`, `We use ${who} for ${what}.`));
    else text.cite(evidence, t(`Voor ${what} doen wij een beroep op ${who}.`, `For ${what} we rely on ${who}.`));
    const shared = service.dataCategories.filter((code) => dataCodes.has(code));
    if (shared.length && service.role !== ProcessorRole.SYSTEM) {
      text.add(' ');
      text.cite(
        evidence,
        t(
          `Daarbij worden uw ${list(
            shared.map((c) => lowerFirst(label(c))),
            'nl',
          )} gedeeld.`,
          `Your ${list(
            shared.map((c) => lowerFirst(label(c))),
            'en',
          )} are shared with it.`,
        ),
      );
    }
    return { processor: vendor.slug, role: service.role, service: upperFirst(what), dataCategories: shared, evidence };
  });
  if (recipientCodes.length) {
    text.add('\n').add(t('Wij kunnen uw gegevens ook delen met ', 'We may also share your data with '));
    facts.recipients = recipientCodes.map((code, i): RecipientFacts => {
      const evidence: EvidenceRef[] = [];
      if (i > 0) text.add(i === recipientCodes.length - 1 ? t(' en ', ' and ') : ', ');
      text.cite(evidence, RECIPIENT_WORDS[code][language]);
      const term = vocabulary.recipientCategories.find((r) => r.code === code)!;
      return { category: code, label: language === 'nl' ? term.nameNl : term.name, evidence };
    });
    text.add('.');
  }

  // --- transfers: stated by half of the policies that name a vendor established (or owned) outside the EEA
  const outside = [...engaged.values()].some(({ vendor }) => {
    const term =
      vocabulary.processors.find((p) => p.slug === vendor.slug) ??
      context.tail.find((v) => v.term.slug === vendor.slug)?.term;
    return term?.country === 'US' || term?.parentCountry === 'US' || term?.country === 'GB';
  });
  if (random.chance(0.5)) {
    const evidence: EvidenceRef[] = [];
    text.heading(t('Doorgifte buiten de EER', 'Transfers outside the EEA'));
    text.add('\n');
    if (outside) {
      const safeguarded = random.chance(0.7);
      text.cite(
        evidence,
        t(
          'Sommige van onze verwerkers bevinden zich buiten de Europese Economische Ruimte.',
          'Some of our processors are established outside the European Economic Area.',
        ),
      );
      if (safeguarded) {
        text.add(' ');
        text.cite(
          evidence,
          t(
            'Wij gebruiken daarvoor de standaardcontractbepalingen van de Europese Commissie.',
            'We rely on the standard contractual clauses of the European Commission.',
          ),
        );
      }
      facts.transfersOutsideEEA = {
        occurs: true,
        safeguards: safeguarded ? 'Standard contractual clauses' : null,
        evidence,
      };
    } else {
      text.cite(
        evidence,
        t(
          'Wij geven uw gegevens niet door buiten de Europese Economische Ruimte.',
          'We do not transfer your data outside the European Economic Area.',
        ),
      );
      facts.transfersOutsideEEA = { occurs: false, safeguards: null, evidence };
    }
  }

  // --- retention, sources, cookies, security
  text.heading(t('Bewaring, herkomst en beveiliging', 'Retention, sources and security'));
  if (random.chance(0.55)) {
    const evidence: EvidenceRef[] = [];
    const fixed = random.chance(0.4);
    text.add('\n');
    text.cite(
      evidence,
      fixed
        ? t(
            'Wij bewaren uw gegevens maximaal 5 jaar na ons laatste contact.',
            'We keep your data for at most 5 years after our last contact.',
          )
        : t('Wij bewaren uw gegevens niet langer dan nodig.', 'We keep your data no longer than necessary.'),
    );
    facts.retention = fixed
      ? { description: 'At most 5 years after the last contact', duration: 'P5Y', evidence }
      : { description: 'As long as necessary', duration: null, evidence };
  }
  const sources: DataSourceFacts[] = [];
  const source = (kind: string, nl: string, en: string, description: string) => {
    const evidence: EvidenceRef[] = [];
    text.add('\n').cite(evidence, t(nl, en));
    sources.push({ kind, description, evidence });
  };
  source(
    'DATA_SUBJECT',
    'Wij verkrijgen uw gegevens rechtstreeks van u, wanneer u een formulier invult of contact met ons opneemt.',
    'We obtain your data directly from you, when you fill in a form or contact us.',
    'Directly from the data subject (forms, contact).',
  );
  if (dataCodes.has('ip-address') || random.chance(0.3))
    source(
      'AUTOMATED',
      'Bij een bezoek aan onze website verzamelen wij automatisch technische gegevens.',
      'When you visit our website, we collect technical data automatically.',
      'Collected automatically when visiting the website.',
    );
  if (random.chance(0.15))
    source(
      'PUBLIC_SOURCE',
      'Wij raadplegen ook publieke bronnen, zoals de Kruispuntbank van Ondernemingen.',
      'We also consult public sources, such as the Crossroads Bank for Enterprises.',
      'Public sources (the Crossroads Bank for Enterprises).',
    );
  facts.dataSources = sources;
  if (random.chance(0.65)) {
    const kinds: [string, string, string, string][] = [
      [
        'ESSENTIAL',
        'Noodzakelijke cookies laten de website werken.',
        'Essential cookies make the website work.',
        'Essential cookies.',
      ],
      [
        'ANALYTICS',
        'Analytische cookies meten hoe bezoekers de website gebruiken.',
        'Analytics cookies measure how visitors use the website.',
        'Analytics cookies.',
      ],
      [
        'MARKETING',
        'Marketingcookies volgen uw surfgedrag voor gerichte advertenties.',
        'Marketing cookies follow your browsing for targeted advertising.',
        'Marketing cookies.',
      ],
      [
        'FUNCTIONAL',
        'Functionele cookies onthouden uw voorkeuren.',
        'Functional cookies remember your preferences.',
        'Functional cookies.',
      ],
    ];
    facts.cookies = kinds
      .filter(([kind]) => kind === 'ESSENTIAL' || random.chance(kind === 'ANALYTICS' ? 0.7 : 0.35))
      .map(([kind, nl, en, description]): CookieFacts => {
        const evidence: EvidenceRef[] = [];
        text.add('\n').cite(evidence, t(nl, en));
        return { kind, description, evidence };
      });
  }
  if (random.chance(0.8)) {
    const evidence: EvidenceRef[] = [];
    text.add('\n');
    text.cite(
      evidence,
      t(
        'Wij nemen passende technische en organisatorische maatregelen, zoals versleuteling en toegangsbeheer.',
        'We take appropriate technical and organisational measures, such as encryption and access control.',
      ),
    );
    facts.security = [
      { description: 'Technical and organisational measures: encryption and access control.', evidence },
    ];
  }
  if (random.chance(0.2)) {
    const evidence: EvidenceRef[] = [];
    const age = random.pick([13, 16, 16, 18]);
    text.add('\n');
    text.cite(
      evidence,
      t(
        `Onze diensten zijn niet bestemd voor personen jonger dan ${age} jaar.`,
        `Our services are not intended for people under ${age}.`,
      ),
    );
    facts.minimumAge = { age, evidence };
  }
  if (random.chance(0.3)) {
    const evidence: EvidenceRef[] = [];
    const used = random.chance(0.1);
    text.add('\n');
    text.cite(
      evidence,
      used
        ? t(
            'Wij maken gebruik van geautomatiseerde besluitvorming bij het beoordelen van aanvragen.',
            'We use automated decision-making to assess applications.',
          )
        : t(
            'Wij nemen geen beslissingen die uitsluitend op geautomatiseerde verwerking berusten.',
            'We take no decisions based solely on automated processing.',
          ),
    );
    facts.automatedDecisionMaking = { used, description: null, evidence };
  }
  if (random.chance(0.05)) {
    const evidence: EvidenceRef[] = [];
    text.add('\n');
    text.cite(
      evidence,
      t(
        'Door onze website te gebruiken, gaat u akkoord met deze privacyverklaring.',
        'By using our website, you agree to this privacy policy.',
      ),
    );
    facts.presumedConsent = { description: 'Claims consent from the mere use of the website.', evidence };
  }

  // --- rights and how to exercise them
  text.heading(t('Uw rechten', 'Your rights'));
  text.add('\n').add(t('U heeft:', 'You have:'));
  const rights = RIGHTS.filter((r) => random.chance(r.share));
  if (!rights.some((r) => r.code === RightCode.ACCESS)) rights.unshift(RIGHTS[0]);
  facts.rights = rights.map((r, i): RightFacts => {
    const evidence: EvidenceRef[] = [];
    text
      .add('\n- ')
      .cite(evidence, r[language])
      .add(i === rights.length - 1 ? '.' : ';');
    return { right: r.code, conditions: null, evidence };
  });
  if (random.chance(0.9)) {
    const evidence: EvidenceRef[] = [];
    const channels: RequestChannel[] = [RequestChannel.EMAIL];
    text.add('\n');
    text.cite(
      evidence,
      t(`U kunt uw rechten uitoefenen via ${email}`, `You can exercise your rights by writing to ${email}`),
    );
    if (random.chance(0.35)) {
      channels.push(RequestChannel.POST);
      text.add(t(' of per post', ' or by post'));
    }
    text.add('.');
    const timely = random.chance(0.6);
    if (timely) text.add(' ').cite(evidence, t('Wij antwoorden binnen één maand.', 'We answer within one month.'));
    const proof = random.chance(0.4);
    if (proof)
      text
        .add(' ')
        .cite(
          evidence,
          t(
            'Wij kunnen u vragen om een kopie van uw identiteitskaart.',
            'We may ask you for a copy of your identity card.',
          ),
        );
    facts.rightsRequest = {
      channels,
      email,
      postalAddress: channels.includes(RequestChannel.POST) ? `${street}, ${place.postalCode} ${place.city}` : null,
      responseTime: timely ? 'P1M' : null,
      identityProof: proof ? 'A copy of the identity card' : null,
      fee: null,
      evidence,
    };
  }
  if (random.chance(0.85)) {
    const evidence: EvidenceRef[] = [];
    const namedAs =
      language === 'nl'
        ? random.chance(0.08)
          ? 'Commissie voor de bescherming van de persoonlijke levenssfeer'
          : random.pick(['Gegevensbeschermingsautoriteit', 'Gegevensbeschermingsautoriteit (GBA)'])
        : random.chance(0.05)
          ? 'Privacy Commission'
          : random.pick(['Data Protection Authority', 'Belgian Data Protection Authority']);
    const withContact = random.chance(0.5);
    text.add('\n');
    text.cite(
      evidence,
      t(`U kunt een klacht indienen bij de ${namedAs}`, `You can lodge a complaint with the ${namedAs}`),
    );
    if (withContact) text.add(' (').cite(evidence, 'Drukpersstraat 35, 1000 Brussel').add(')');
    text.add('.');
    facts.supervisoryAuthority = {
      authority: vocabulary.supervisoryAuthorities[0].slug,
      namedAs,
      statedContact: withContact
        ? { address: 'Drukpersstraat 35, 1000 Brussel', phone: null, email: null, website: null }
        : null,
      evidence,
    };
  }
  text.add('\n');

  return { facts, ...text.finish() };
}

const knownByContext = new WeakMap<GeneratorContext, KnownTerms>();

/** The terms a generated policy may refer to: the seed vocabulary and the long tail of vendors. */
export function generatorTerms(context: GeneratorContext): KnownTerms {
  let known = knownByContext.get(context);
  if (!known) {
    known = knownTerms(context.vocabulary);
    known.processor = new Set([...known.processor, ...context.tail.map((v) => v.term.slug)]);
    knownByContext.set(context, known);
  }
  return known;
}

/**
 * Passes a generated draft through the one gate (validatePolicy) and returns the valid policy. The generator is
 * meant to write only what the gate accepts, so a refusal (or a quote located elsewhere than it was written) is a bug
 * of the generator: throws with every problem.
 */
export function admitGenerated(draft: GeneratedDraft, known: KnownTerms): ValidPolicy {
  const slug = draft.facts.controller?.slug;
  const { policy, problems } = validatePolicy(draft, known);
  if (!policy) {
    const listed = problems.map((p) => `  - ${p.code} at ${p.path || '(root)'}: ${p.message}`).join('\n');
    throw new Error(
      `The gate refused generated policy ${slug} (a generator bug), ${problems.length} problem(s):\n${listed}`,
    );
  }
  const located = [...policy.evidence.values()].flatMap((spans) => spans.map((s) => s.start));
  const byNumber = (a: number, b: number) => a - b;
  if (located.sort(byNumber).join() !== [...draft.starts].sort(byNumber).join())
    throw new Error(
      `The gate located quotes of generated policy ${slug} elsewhere than they were written (a generator bug)`,
    );
  return policy;
}

/**
 * Generates the `index`-th synthetic policy (generateDraft) and passes it through the gate against `known` (by
 * default the seed vocabulary and the tail vendors; the loader gives the database's terms). Throws when the gate
 * refuses it. Deterministic.
 */
export function generatePolicy(
  index: number,
  context: GeneratorContext,
  known: KnownTerms = generatorTerms(context),
): ValidPolicy {
  return admitGenerated(generateDraft(index, context), known);
}
