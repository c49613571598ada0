import { Language } from '../parse';

/** What a section is about; slot extractors read the sections of their topic first. */
export type Topic =
  | 'controller'
  | 'dpo'
  | 'authority'
  | 'legal-basis'
  | 'purposes'
  | 'data-categories'
  | 'retention'
  | 'recipients'
  | 'transfers'
  | 'rights'
  | 'cookies'
  | 'children'
  | 'automated'
  | 'security'
  | 'changes';

// Heading keywords per topic, nl/en/fr (and a little de). Matched case-insensitively on the heading text.
const HEADING: Record<Topic, RegExp> = {
  controller:
    /verantwoordelijke|wie zijn wij|wie we zijn|contactgegevens|contact|identiteit|organisa[tf]ie|controller|who (we are|are we)|about us|responsable du traitement|qui sommes|coordonn[ée]es|nous contacter|verantwortlich/i,
  dpo: /functionaris|data protection officer|\bdpo\b|\bdpd\b|d[ée]l[ée]gu[ée] [àa] la protection|datenschutzbeauftragte/i,
  authority:
    /toezicht|gegevensbeschermingsautoriteit|klacht|supervisory|complaint|authority|autorit[ée] de contr[ôo]le|plainte|\bcnil\b|aufsichtsbeh/i,
  'legal-basis':
    /rechtsgrond|grondslag|wettelijke basis|rechtsbasis|legal bas[ie]s|lawful bas[ie]s|base[s]? (juridique|l[ée]gale)|fondement|rechtsgrundlage/i,
  purposes:
    /doel(einden|en)?\b|waarvoor|waarom|gebruik(en)? (we|wij)|purpose|why do we|how (do )?we use|use of (your )?(personal )?(data|information)|what do we use (?:your )?(?:personal )?(?:data|information) for|finalit[ée]s?|pourquoi|utilis(ons|ation)|zweck|\b(?:and|en|et) (?:use|gebruik|utilisation)\b/i,
  'data-categories':
    /welke (persoons)?gegevens|persoonsgegevens die|categorie[ëe]n (van )?(persoons)?gegevens|verzamel|what (personal )?(data|information)|which (personal )?(data|information)|personal (data|information) (we|do we|that we) (collect|process)|collect|donn[ée]es (que nous|collect[ée]es|trait[ée]es|personnelles)|cat[ée]gories de donn[ée]es|quelles donn[ée]es/i,
  retention:
    /bewaar|bewaring|hoe lang|duurtijd|retention|how long|store your|storage period|conserv|dur[ée]e|speicherdauer/i,
  recipients:
    /delen|ontvanger|derden|doorgifte|verstrek|share|sharing|recipient|third part|disclos|destinataire|partag|communication [àa] des tiers|transmission [àa] des tiers|\btiers\b|sous-traitant|empf[äa]nger/i,
  transfers:
    /buiten de (eu|eer|europese)|doorgifte|internationa|transfer|outside the (eu|eea)|hors (de l'ue|de l’ue|ue|eee|union)|transferts?|drittl[äa]nd/i,
  // "Hoe dien je een aanvraag of klacht in?", "Wat mag je van ons vragen?": how rights are exercised.
  rights:
    /rechten|recht op|recht om\b|uw rechten|your rights|rights|data subject|droits|vos droits|rechte der|hoe dien (?:je|u) een (?:aanvraag|verzoek)|how (?:do|can) (?:i|you) submit a request|wat (?:mag|kun|kan) (?:je|u) van ons vragen|what (?:can|may) you ask (?:of )?us|(?:inzien|inzage),? (?:aanpassen|wijzigen|corrigeren|correctie)|acc[eè]s,? (?:rectification|modification)|access,? (?:correct|rectif|updat)/i,
  cookies: /cookie|traceurs|tracking/i,
  children: /minderjarig|kinderen|jonger dan|children|minors|child|mineurs|enfants/i,
  automated: /geautomatiseerd|automated|profil|automatis[ée]e/i,
  security: /beveilig|veiligheid|security|secure|s[ée]curit[ée]|protection des donn[ée]es personnelles/i,
  changes: /wijziging|aanpassing|changes|updates|modification|amendments|[äa]nderung/i,
};

/** Topics of a section from its heading (strong) and, for unheaded text, nothing: body keywords are too loose. */
export function topicsOfHeading(heading: string, _language: Language | null): Topic[] {
  const topics = (Object.keys(HEADING) as Topic[]).filter((t) => HEADING[t].test(heading));
  // "Rechten" headings often read "Uw rechten"; "recht op" alone also matches transfer/legal-basis noise.
  return topics;
}
