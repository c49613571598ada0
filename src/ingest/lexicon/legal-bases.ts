import { LegalBasisCode } from '../../entities/enums';

/**
 * The six lawful bases of GDPR Art. 6(1) as the regulation words them in Dutch, English and French, and the variants
 * policies use. A closed class: only these phrasings count, so that a stray "toestemming" is not read as a basis.
 */
export const LEGAL_BASIS_PATTERNS: [LegalBasisCode, RegExp][] = [
  [
    LegalBasisCode.CONSENT,
    /(op basis van|op grond van|met|na|mits|baseren ons (hiervoor )?op|gebaseerd op|berust op) (uw |je |jouw )?(uitdrukkelijke |voorafgaande |expliciete |vrije )*toestemming|toestemming (van de betrokkene|gegeven|hebt gegeven|heeft gegeven|geeft)|(uw|je) toestemming (hebt|heeft) gegeven|(based on|on the basis of|with|rely on|relies on|by|upon) (your )?(explicit |prior |express )*consent|you (have )?(given|give|provided) (us )?(your )?consent|(sur la base de|fond[ée] sur|avec) (votre )?consentement|consentement (pr[ée]alable|explicite|de la personne)|\bconsent\b(?= \(art)|\btoestemming\b(?= \(art)|si vous (?:nous )?(?:donnez|avez donn[ée]) votre consentement|(?:you )?give us (?:your )?permission to (?:store|process|use|collect)|(?:als|indien|wanneer) (?:u|je|jij) (?:daar |hiervoor |ons )?(?:uitdrukkelijk |expliciet )?toestemming (?:voor )?(?:geeft|hebt gegeven|heeft gegeven)/i,
  ],
  [
    LegalBasisCode.CONTRACT,
    /uitvoering van (een|de|onze|uw)? ?(contract|overeenkomst)|overeenkomst (uit te voeren|na te komen)|uitvoeren van (een|de) overeenkomst|contractuele (verplichting|relatie|noodzaak)|om een overeenkomst te kunnen uitvoeren|performance of (a|the|our) contract|necessary (for|to) (perform|the performance of|enter into) (a |the |our )?contract|contractual (necessity|obligation|relationship)|to (perform|fulfil|fulfill) (a|our|the) contract|ex[ée]cution (d'un|du|de notre|d’un) contrat|n[ée]cessaire [àa] l'ex[ée]cution|mesures pr[ée]contractuelles|precontractuele|(?:aangaan en )?uitvoeren van (?:onze |uw )?overeenkomsten\b/i,
  ],
  [
    LegalBasisCode.LEGAL_OBLIGATION,
    /wettelijke (verplichting|plicht|bepaling)|wettelijk (verplicht|voorgeschreven)|(voldoen aan|naleven van) (de |onze )?(wet|wetgeving)|legal (obligation|requirement)|statutory (obligation|duty|requirement)|(comply|compliance) with (a |the |our |applicable )?(legal|law|laws)|required by law|obligation l[ée]gale|obligations l[ée]gales|respecter (une|nos) obligations? (l[ée]gales?|r[ée]glementaires)|obligation (juridique|r[ée]glementaire)|(?:due to|because of|under) (?:the )?(?:tax|fiscal|accounting) (?:law|legislation|rules)\b[^.;]{0,30}\brequired/i,
  ],
  [
    LegalBasisCode.VITAL_INTERESTS,
    /vitale? belang(en)?|vital interests?|int[ée]r[êe]ts? vita(l|ux)|sauvegarde des int[ée]r[êe]ts vitaux/i,
  ],
  [
    LegalBasisCode.PUBLIC_TASK,
    /taak van algemeen belang|wettelijke taak|in het kader van de uitoefening van het openbaar gezag|openbaar gezag|task carried out in the public interest|exercise of official authority|public task|mission d'int[ée]r[êe]t public|exercice de l'autorit[ée] publique/i,
  ],
  [
    LegalBasisCode.LEGITIMATE_INTERESTS,
    /gerechtvaardigde? (bedrijfs)?belang(en)?|legitieme? belang(en)?|rechtmatige? belang(en)?|legitimate (business )?interests?|int[ée]r[êe]ts? l[ée]gitimes?/i,
  ],
];

/** Words that show a sentence speaks of lawful bases. */
export const LEGAL_BASIS_CUE =
  /rechtsgrond|grondslag|op basis van|op grond van|wettelijke basis|rechtvaardig|legal basis|lawful basis|legal ground|basis of|based on|base (l[ée]gale|juridique)|fondement|sur la base|art(ikel|icle|\.)? ?6/i;

/**
 * A statement that names the lawful bases themselves ("Grondslag voor deze persoonsgegevens is:", "The bases for
 * processing this information are ..."): there, the bare names of the bases count (`BARE_BASIS_PATTERNS`).
 */
export const BASIS_STATEMENT =
  /rechtsgrond(?:slag)?(?:en)?\b|\bgrondslag(?:en)?\b|legal bas[ie]s\b|lawful bas[ie]s\b|\bbas[ie]s (?:for|of) (?:the |this |our )?processing|bases? (?:l[ée]gales?|juridiques?)|fondements? (?:juridiques?|l[ée]gal|l[ée]gaux)/i;

/** The bases by their bare names, read only in a basis statement or in a list it introduces. */
export const BARE_BASIS_PATTERNS: [LegalBasisCode, RegExp][] = [
  [LegalBasisCode.CONSENT, /\b(?:toestemming|consent|consentement)\b/i],
  // "Grondslag ... is: De overeengekomen opdracht": an agreed assignment is a contract.
  // "(uitvoeren opdracht)", "(ordre d'exécution)": carrying out the request is the contract.
  [
    LegalBasisCode.CONTRACT,
    /\p{L}*overeenkomst\b|\b(?:a |the )?contract\b|\bcontrat\b|\bovereengekomen opdracht\b|\buitvoer(?:en|ing) (?:van de )?opdracht\b|\bordre d['’]ex[ée]cution\b/iu,
  ],
];
