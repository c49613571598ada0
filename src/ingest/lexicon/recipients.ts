/**
 * Unnamed categories of recipients (nl/en/fr), mapped to the codes of seeds/vocabulary/recipient-categories.yaml.
 */
export const RECIPIENT_PATTERNS: [string, RegExp][] = [
  ['hosting-provider', /hosting|hostingbedrijf|hostingprovider|h[ée]bergeu?r|h[ée]bergement/i],
  [
    'analytics-provider',
    /analytische doeleinden|analysediensten|analytics (providers?|services|partners)|analyse (van )?(het )?websitegebruik|mesure d'audience|data analy(?:sis|tics) (?:firms|companies|providers)/i,
  ],
  [
    'payment-provider',
    /betalingsdoeleinden|betaaldienst|betalingsverwerker|betaalprovider|payment (service )?(providers?|processors?|services)|prestataires? de (services de )?paiement/i,
  ],
  [
    'advertising-partner',
    /advertentie(aanbieders|netwerken|partners)|reclamepartners|advertis(ing|ement) (partners|networks|companies)|ad networks|r[ée]gies? publicitaires|partenaires publicitaires/i,
  ],
  [
    'customer-service-provider',
    /customer service|klantendienst|klantenservice|callcenter|service client|customer support (?:specialists|providers|companies|services)/i,
  ],
  [
    'it-provider',
    /\bIT[- ](leverancier|dienstverlener|partner|provider|support|infrastructure|related|services?)|ict-?(leverancier|dienstverlener|partner)|informatica|software ?(leverancier|provider)|fournisseurs? (informatique|IT)|prestataires? informatiques?|software development|(?:online |web ?)tools\b|outils (?:en ligne|web)|online-?tools/i,
  ],
  [
    'accountant',
    /boekhoud(er|kantoor|ers)|accountant|comptable|bedrijfsrevisor|auditor|r[ée]viseur|financi[ëe]le\)? administratie|financial administration|administration financi[eè]re|gestion comptable/i,
  ],
  [
    'public-authorities',
    /autoriteiten|l[ée]galement (?:requis|oblig[ée]s?|tenus?)|(?:requis|exig[ée]) par la loi|enqu[êe]te judiciaire|gerechtelijk onderzoek|judicial (?:investigation|inquiry|proceedings)|overheid|overheidsinstanties|politie|gerecht|justitie|fiscus|belastingdienst|authorities|police|courts?\b|law enforcement|tax (authorit|office)|autorit[ée]s|administration fiscale|tribunaux|governmental|government agenc|(?:required|compelled|obliged) (?:to do so )?by law|(?:wanneer|als|indien) de wet (?:dit |het |dat )?(?:vereist|verplicht|voorschrijft)|(?:where|when|if|as) (?:the )?law requires|(?:lorsque|si) la loi (?:le )?(?:requiert|demande)|wettelijk verplicht|wettelijke verplichting|si la loi l'(?:exige|impose)|(?:y|en) (?:sommes|être) (?:légalement )?(?:obligés|contraints)/i,
  ],
  [
    'acquirer',
    /overneemt|overname|fusie|acquir(es|ed|er|ing)|merger|reorgani[sz]ation|fusion|acquisition|cession|business transfers?|transferred business assets|sell (?:certain of )?(?:our|its) (?:business|assets)/i,
  ],
  [
    'service-provider',
    /dienstverleners|verwerkers|onderaannemers|service providers|third[- ]party (service )?providers|third parties who provide services|processors|subcontractors|sous-traitants|prestataires( de services)?\b|bedrijven die uw gegevens verwerken|services qui traitent (?:des |vos )?donn[ée]es|services that process (?:your )?(?:personal )?(?:data|information)|diensten die (?:uw |je )?(?:persoons)?gegevens verwerken/i,
  ],
];

/** Words of sharing or disclosure ("delen", "verstrekken", "share", "transmettre"). */
export const SHARING_CUE =
  /delen|gedeeld|doorgeven|doorgegeven|verstrek|doorgifte|ontvang|toegang|share|shared|disclos|transfer|provide (your|it|them|personal)|pass(ed)? on|access|partag|transmet|transmis|communiqu|destinataire|recipient|ontvanger|inzage vragen|samenwerk|work with|sous-trait|derde/i;
