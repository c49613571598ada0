import { VENDORS } from '../lexicon/vendors';
import { PolicyText } from '../structure';

/** A controller name the policy states as such, with where it stands in the view. */
export interface StatedName {
  raw: string;
  start: number;
  end: number;
  strength: number;
}

const ARTICLE = String.raw`(?:(?:De|Het|La|Le|Les|L'|The)\s)?`;
const SUBJECT = String.raw`(\p{Lu}[\p{L}\d&'’ ,.-]{1,80}?)`;
// Verbs of a sentence whose subject is the organisation: "Cleanplaats respecteert jouw privacy", "X hecht veel waarde
// aan de bescherming van uw persoonsgegevens", "X collecte uniquement les données", "X respects your privacy".
const CARES = String.raw`respecteert (?:de |uw |je |jouw )?privacy|hecht (?:veel |groot )?(?:waarde|belang) aan|respecte (?:votre |la )?vie priv[ée]e|respects (?:your |the )?privacy|values your privacy|collecte (?:uniquement |seulement )?(?:les |vos |des )?données|verzamelt (?:alleen |enkel |uitsluitend )?(?:de |uw |je |jouw )?(?:persoons)?gegevens|collects (?:only )?(?:your |the )?(?:personal )?(?:data|information)`;
// A short proper name: capitalised words, with a trailing legal form ("KIN vzw").
const NAME_WORDS = String.raw`\p{Lu}[\p{L}\d&'’-]*(?:\s(?:\p{Lu}[\p{L}\d&'’-]*|vzw|asbl|bv|nv)){0,3}`;
const ROLE = String.raw`(?:de |het |la |le |the |our |onze )?(?:verwerkings)?verantwoordelijke\b|verwerkingsverantwoordelijk\b|verantwoordelijk voor de verwerking|verantwoordelijk voor de (?:website|site|app)\b|responsible for the (?:website|site|app)\b|responsable du site\b|responsable (?:du|de|des) traitements?|(?:data )?controller\b|responsible for (?:the )?processing|(?:le )?ma[îi]tre du fichier|(?:le )?responsable du fichier|(?:de )?houder van het bestand`;

// Ordered by strength: the first pattern that yields an acceptable name wins.
const PATTERNS: { re: RegExp; strength: number; open?: boolean }[] = [
  // "KANIOU is verantwoordelijk voor de verwerking", "De Minister van VWS is verwerkingsverantwoordelijk", "Kraye is
  // verantwoordelijk voor de website"
  {
    re: new RegExp(
      String.raw`(?:^|[.!?]\s|\n)${ARTICLE}${SUBJECT}\s(?:is|est|acts as|treedt op als|is hierbij)\s(?:${ROLE})`,
      'gu',
    ),
    strength: 0.9,
    open: true,
  },
  // "... sont enregistrées par Bruxelles Est volley Club qui est le maître du fichier" (the 1992 law's wording)
  {
    re: new RegExp(
      String.raw`\b(?:par|door|by)\s${ARTICLE}${SUBJECT}\s(?:qui est|die|which is|who is)\s(?:${ROLE})`,
      'gu',
    ),
    strength: 0.88,
  },
  // "Uw persoonsgegevens worden verwerkt door Invicto Keerbergen VZW, Broekelei 9", "vos données sont traitées par X"
  {
    re: new RegExp(
      String.raw`(?:gegevens|data|information|données)\s(?:worden|wordt|is|are|sont|est)\s(?:verwerkt|processed|traitées|traités|collected|verzameld)\s(?:door|by|par)\s(?:de |het |the |la |le |l')?(\p{Lu}[^,.;:()\n]{1,60})`,
      'gu',
    ),
    strength: 0.87,
    open: true,
  },
  // "BELGOCONTROL (“we”, “us”, “our”) provides ...": the name the policy defines as "we"
  {
    re: new RegExp(
      String.raw`(?:^|[.!?]\s|\n)${ARTICLE}${SUBJECT}\s\((?:hereinafter |hierna |ci-après )?(?:referred to as |genoemd )?"(?:we|us|our|wij|ons|nous)"`,
      'gu',
    ),
    strength: 0.86,
  },
  // "(hereinafter called “PostNL”)", "(hierna: "Networking4all")"
  { re: /\((?:hereinafter|hierna|ci-après)[^)"“'‘]{0,30}["“'‘](\p{Lu}[^"”'’)]{1,40})["”'’]\)/gu, strength: 0.88 },
  // "De verwerkingsverantwoordelijke ... is:\n\nMinisterie van ...", "Data Controller\n\nBGSNL (...)"
  {
    re: new RegExp(String.raw`(?:${ROLE})[^.\n]{0,90}?\s(?:is|sont|est)\s?(?::\s*\n*|\n+)\s*([^\n]{2,90})`, 'giu'),
    strength: 0.85,
    open: true,
  },
  // "établie par OUT OF THE BOOKS ASBL,", "wordt beheerd door:\nKANIOU BVBA", "the privacy policy for Networking4all B.V.,"
  {
    re: /(?:établie par|publiée par|gaat uit van|issued by|beheerd door|managed by|operated by|(?:this is the|dit is het|dit is de) privacy ?(?:policy|statement|verklaring|beleid) (?:for|of|van))\s?:?\s*\n?\s*(?:la |le |l'|het |de |the )?(\p{Lu}[^,.;:()\n]{1,60})/gu,
    strength: 0.8,
    open: true,
  },
  // "Qué bringue détermine les finalités", "La Cour constitutionnelle traite vos données"
  {
    re: new RegExp(
      String.raw`(?:^|[.!?]\s|\n)${ARTICLE}(\p{Lu}[\p{L}\d&' -]{1,50}?)\s(?:détermine les finalités|bepaalt (?:het doel|de doeleinden)|traite vos données|verwerkt (?:uw|je|jouw) (?:persoons)?gegevens|processes your personal|${CARES})`,
      'gu',
    ),
    strength: 0.7,
  },
  // "Efficia Digital est un service spécialisé dans ...", "X is een vereniging ...", "X is a company ...": the
  // organisation introducing itself
  {
    re: new RegExp(
      String.raw`(?:^|[.!?]\s|\n)${ARTICLE}(\p{Lu}[\p{L}\d&' -]{1,50}?)\s(?:est une? (?:service|société|entreprise|association|asbl|organisation|agence|cabinet)|is een (?:bedrijf|vereniging|stichting|organisatie|onderneming|dienst)|is an? (?:company|organi[sz]ation|association|foundation|service|agency))\b`,
      'gu',
    ),
    strength: 0.65,
  },
  // "Bij KLJ Wiekevorst nemen we je privacy erg serieus", "At Acme, we value...", "Chez Acme, nous..."
  {
    re: new RegExp(
      String.raw`(?:^|[.!?]\s|\n)(?:Bij|At|Chez)\s(${NAME_WORDS}),?\s(?:nemen|hechten|respecteren|vinden|gaan|we|nous)\s(?:we |wij |value|take|respect|attach|accordons|respectons)`,
      'gu',
    ),
    strength: 0.7,
  },
  // "Dit privacybeleid is van toepassing op de diensten van KIN vzw", "This Privacy Policy applies to the services of X"
  {
    re: new RegExp(
      String.raw`(?:[Pp]rivacybeleid|[Pp]rivacyverklaring|[Pp]rivacy (?:[Pp]olicy|[Ss]tatement)|[Pp]olitique de confidentialit[ée]) (?:is van toepassing op|geldt voor|applies to|s'applique aux?) (?:(?:de|alle|the|all|les|le) )?(?:diensten|activiteiten|website|services|activities|site web|site) (?:van|of|de|d') ?(?:de |het |the |la |le |l')?(${NAME_WORDS})`,
      'gu',
    ),
    strength: 0.68,
  },
];

// The role may close the heading ("Identité et coordonnées du responsable du traitement") but a DPO heading is none.
const HEADING =
  /^\s*(?:\d+[.)]?\s*)?(?:(?:data )?controller|verwerkingsverantwoordelijke|verantwoordelijke|responsable (?:du|de) traitement|wie (?:zijn|is) (?:wij|we)|who we are)\b|^[^.:]{0,50}\b(?:du responsable du traitement|van de verwerkingsverantwoordelijke|of the (?:data )?controller)\s*$/i;

const REJECT =
  /^(wie|who|qui|wat|what|wij|we|ik|jij|je|mij|mijn|i|me|my|moi|naam|name|nom|ons|onze|our|us|nous|notre|deze|dit|this|cette|ce|il|elle|zij|u|you|de website|het bedrijf|the company|the website|de organisatie|onze groep|onze vereniging|iedereen|elke|each|all|alle|personal|persoonsgegevens|gegevens|data|privacy|the following|de volgende|hierbij|(?:the |de |het |le |la )?(?:data )?controller|(?:de )?verwerkingsverantwoordelijke|(?:le )?responsable du traitement)\b/i;

function acceptable(raw: string, vendorsOk = false): boolean {
  const name = raw.trim();
  if (name.length < 2 || name.length > 90 || REJECT.test(name)) return false;
  if (/@|https?:|www\.|^\d|\d{4}\s?[A-Z]{0,2}\s\p{Lu}/u.test(name)) return false;
  return vendorsOk || !VENDORS.some((v) => v.aliases.some((a) => new RegExp(`^${a}\\b`, 'i').test(name)));
}

const PARTICLE =
  /^(van|voor|de|der|den|het|en|et|du|des|de|la|le|of|and|&|vzw|asbl|nv|bv|bvba|sa|srl|sprl|b\.v\.|n\.v\.|cv|vof)$/i;
const LEGAL_FORM = /^(vzw|asbl|nv|bv|bvba|sa|srl|sprl|b\.v\.|n\.v\.|cvba|commv|vof|gmbh|ltd\.?|inc\.?|llc)$/i;
const CUT = /\s(?=\d)|\s(?:Postbus|P\.?O\.? Box|Directie|Afdeling|Adres|Address|Adresse|Rue|Avenue|Boulevard)\b/;

/** An open-ended match cut where the name ends: at an address, or at the first lower-case word that is no particle. */
function trimName(raw: string): string {
  const head = raw.split(CUT)[0];
  const words = head.trim().split(/\s+/);
  const form = words.slice(0, 7).findIndex((w) => LEGAL_FORM.test(w.replace(/,$/, '')));
  if (form > 0)
    return words
      .slice(0, form + 1)
      .join(' ')
      .replace(/[,;:]+$/, '');
  const kept: string[] = [];
  for (const w of words) {
    if (kept.length && /^\p{Ll}/u.test(w) && !PARTICLE.test(w.replace(/[,.]$/, ''))) break;
    kept.push(w);
  }
  while (
    kept.length > 1 &&
    PARTICLE.test(kept[kept.length - 1]) &&
    !/^(vzw|asbl|nv|bv|bvba|sa|srl|sprl)$/i.test(kept[kept.length - 1])
  )
    kept.pop();
  return kept.join(' ').replace(/[,;:]+$/, '');
}

/** The first short block after a controller heading ("Verwerkingsverantwoordelijke", "Data Controller"). */
function afterHeading(doc: PolicyText): StatedName | null {
  for (const section of doc.sections) {
    if (!section.heading || !HEADING.test(section.headingText)) continue;
    const block = doc.blocks.find((b) => b.start > section.heading!.end && b.kind !== 'heading');
    if (!block || block.start > section.end) continue;
    const line = trimName(doc.view.slice(block.start, block.end).split('\n')[0]);
    if (line.length <= 90 && !/[.:]$/.test(line.trim()) && acceptable(line))
      return { raw: line, start: block.start, end: block.start + line.length, strength: 0.82 };
  }
  return null;
}

const CONTACT_INTRO =
  /(?:contact (?:met ons )?op\b[^.]*|contact(?:eer|ez)?(?:-nous| ons| us)?[^.]*|bereiken via|reach us)\s*(?:via|at|op|:)?\s*:\s*$/i;

const KEPT_CONTACTS = /contact ?(?:details|data|gegevens|informati(?:on|e))\s(?:for|of|van|voor)\b/i;

/** The first item of a contact list ("Neem contact met ons op via:" followed by the organisation's name). */
function contactList(doc: PolicyText): StatedName | null {
  for (const s of doc.sentences) {
    if (s.kind !== 'list-item' || !s.intro) continue;
    const intro = doc.view.slice(s.intro.start, s.intro.end);
    // "We keep contact details for:" lists whose details are kept, not whom to contact.
    if (!CONTACT_INTRO.test(intro) || KEPT_CONTACTS.test(intro)) continue;
    const first = doc.sentences.find((x) => x.kind === 'list-item' && x.intro?.start === s.intro?.start);
    if (!first) continue;
    const line = doc.view.slice(first.start, first.end).trim();
    if (line.length <= 60 && acceptable(line) && !/^(e-?mail|tel|phone|adres|address|post)\b/i.test(line))
      return { raw: line, start: first.start, end: first.start + line.length, strength: 0.6 };
    return null;
  }
  return null;
}

/**
 * The controller as the policy states it: the subject of "... is (verwerkings)verantwoordelijke / responsable du
 * traitement / the data controller", the name a "hereinafter" clause defines, the block under a controller heading,
 * "établie par X", "privacy policy for X", or the subject of "X traite vos données". Null when none is stated.
 */
export function statedController(doc: PolicyText): StatedName | null {
  const found: StatedName[] = [];
  for (const { re, strength, open } of PATTERNS) {
    for (const m of doc.view.matchAll(re)) {
      const long = m[1].trim().split(/\s+/).length > 4 || /\d|@/.test(m[1]);
      const raw = open && (long || strength < 0.9) ? trimName(m[1]) : m[1];
      if (!acceptable(raw, strength >= 0.85)) continue;
      const start = (m.index ?? 0) + m[0].lastIndexOf(raw);
      found.push({ raw: raw.trim(), start, end: start + raw.trim().length, strength });
      break;
    }
  }
  const heading = afterHeading(doc);
  if (heading) found.push(heading);
  const contact = contactList(doc);
  if (contact) found.push(contact);
  found.sort((a, b) => b.strength - a.strength || a.start - b.start);
  return found[0] ?? null;
}
