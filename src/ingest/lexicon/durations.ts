// Number words of nl/en/fr up to the values retention periods use.
const NUMBERS: Record<string, number> = {
  een: 1,
  één: 1,
  eén: 1,
  twee: 2,
  drie: 3,
  vier: 4,
  vijf: 5,
  zes: 6,
  zeven: 7,
  acht: 8,
  negen: 9,
  tien: 10,
  elf: 11,
  twaalf: 12,
  vijftien: 15,
  twintig: 20,
  dertig: 30,
  veertig: 40,
  zestig: 60,
  negentig: 90,
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  fifteen: 15,
  twenty: 20,
  thirty: 30,
  forty: 40,
  sixty: 60,
  ninety: 90,
  un: 1,
  une: 1,
  deux: 2,
  trois: 3,
  quatre: 4,
  cinq: 5,
  sept: 7,
  huit: 8,
  neuf: 9,
  dix: 10,
  onze: 11,
  douze: 12,
  quinze: 15,
  vingt: 20,
  trente: 30,
  quarante: 40,
  soixante: 60,
  'quatre-vingt-dix': 90,
};

const UNITS: [RegExp, string][] = [
  [/^(jaar|jaren|year|years|yr|yrs|an|ans|année|années|annee|annees)$/i, 'Y'],
  [/^(maand|maanden|month|months|mois)$/i, 'M'],
  [/^(week|weken|weeks|semaine|semaines)$/i, 'W'],
  [/^(dag|dagen|day|days|jour|jours)$/i, 'D'],
  [/^(uur|uren|hour|hours|heure|heures)$/i, 'H'],
];

const NUMBER_WORDS = Object.keys(NUMBERS)
  .sort((a, b) => b.length - a.length)
  .join('|');

/** A period in nl/en/fr: "10 jaar", "three years", "36 mois", "zes maanden", "30 dagen". Group 1 the number, 2 the unit. */
export const DURATION = new RegExp(
  `\\b(\\d{1,3}|${NUMBER_WORDS})[ -](jaar|jaren|years?|yrs?|ans?|ann[ée]es?|maanden|maand|months?|mois|weken|week|weeks|semaines?|dagen|dag|days?|jours?|uren|uur|hours?|heures?)\\b`,
  'i',
);

/** The ISO 8601 duration of a matched period ("10 jaar" -> P10Y, "72 uur" -> PT72H), or null when it is not one. */
export function toIsoDuration(number: string, unit: string): string | null {
  const n = /^\d+$/.test(number) ? Number(number) : NUMBERS[number.toLowerCase()];
  const code = UNITS.find(([re]) => re.test(unit))?.[1];
  if (!n || !code || n > 999) return null;
  return code === 'H' ? `PT${n}H` : `P${n}${code}`;
}

/** Phrases of a retention rule with no period: "zolang als nodig", "as long as necessary", "aussi longtemps que nécessaire". */
export const NO_PERIOD =
  /niet langer (bewaard |bewaren |te bewaren |opgeslagen |bijgehouden )?dan (strikt |echt )?(nodig|noodzakelijk)|niet langer (?:[^.;]{0,40}? )?dan (?:[^.;]{0,50}? )?(?:nodig|noodzakelijk|vereist)\b|zolang (als |dat |het |dit |deze |ze )?(nodig|noodzakelijk|vereist)|zo lang (als )?(nodig|noodzakelijk)|zolang (?:u|je|jij) een account|zolang (?:je|jouw|uw) account|(?:periode|termijn|tijd) die (?:nodig|noodzakelijk) is|gedurende de (duur|looptijd)|no longer than (is )?(strictly )?(necessary|needed|required)|no longer than (?:[^.;]{0,30}? )?(?:reasonably )?(?:necessary|needed|required)\b|longer than necessary|as long as (is )?(necessary|needed|required|you)|as long as (?:we need|your account)|for the (duration|period) (of|necessary)|only for as long|aussi longtemps que (n[ée]cessaire|requis)|pas plus longtemps que|au-del[àa] de ce qui est n[ée]cessaire|la dur[ée]e n[ée]cessaire|dur[ée]e (?:strictement )?n[ée]cessaire|le temps n[ée]cessaire|tant que (?:votre|le) compte|pendant la dur[ée]e|zolang (?:als )?[^.;]{0,80}? (?:nodig|noodzakelijk|vereist) (?:is|zijn)\b|as long as [^.;]{0,60}? (?:is|are) (?:necessary|needed|required)\b|until (?:you|the member) (?:resign|cancel|terminate|end)s?\b[^.;]{0,30}?\b(?:member|membership|account)|(?:tot|totdat) (?:u|je|jij) (?:uw |je |jouw )?lidmaatschap (?:opzegt|be[eë]indigt|stopzet)|tot (?:het )?(?:einde|be[eë]indiging) van (?:uw |je |jouw |het )?lidmaatschap|jusqu['’]à (?:la fin de )?(?:votre |l['’])(?:d[ée]mission|adh[ée]sion|affiliation)/i;
