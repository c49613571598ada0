/**
 * Purposes as policies word them (nl/en/fr), mapped to the DPV codes of seeds/vocabulary/purpose-categories.yaml.
 * The first pattern that matches a purpose phrase wins: specific ones first.
 */
export const PURPOSE_PATTERNS: [string, RegExp][] = [
  [
    'DirectMarketing',
    /nieuwsbrie|nieuwsuiting|newsletter|\bour news\b|\(?direct\)?[- ]?marketing|e-?mail ?marketing|marketing(-| )?e-?mails|lettre d'information|lettres?(?:\(s\))? d['’]informations?|prospection|mailings?\b|maandblad|e-?mail alerts|keeping you informed of new developments|offer you (?:other )?products\b|(?:products|services) (?:which|that) (?:we believe )?(?:may|might) (?:be of interest|interest you)|producten (?:en|of) diensten die (?:u|je|jou) (?:kunnen |zouden kunnen )?interesseren|offres susceptibles de vous int[ée]resser/i,
  ],
  ['Marketing', /marketing ?communicat|communications? (?:de )?marketing/i],
  [
    'Advertising',
    /advertenties|advertising|advertisements?\b|gerichte reclame|targeted ads|publicit[ée]s? cibl[ée]e?s?|retargeting|remarketing/i,
  ],
  ['FraudPreventionAndDetection', /fraude|fraud|misbruik|abuse|oplichting|fake accounts?|nepaccounts?|faux comptes/i],
  // "de gegevens gebruiken voor risicobeheersing": managing risks protects the organisation (nearest code).
  ['EnforceSecurity', /risicobeheer\w*|risk management|gestion des risques/i],
  [
    'RecruitmentManagement',
    /sollicit|recruit|rekrutering|werving|aanwerving|candida|recrutement|job applica|vacature|postulez|postuler/i,
  ],
  [
    'LegalCompliance',
    /wettelijke verplichting|wettelijk verplicht|wettelijke (?:bewaar)?plicht|bewaarplicht|legal obligation|comply with (the |our |applicable )?(law|legal)|obligations? l[ée]gales?|legal requirements|(?:due to|under|because of) (?:the )?(?:tax|fiscal|accounting) (?:law|legislation|rules)|data breach notification|d[ée]fendre un droit en justice|rechtsvordering/i,
  ],
  [
    'ProtectionOfVitalInterests',
    /vitale belangen|vital interests|int[ée]r[êe]ts vitaux|in geval van nood|noodgeval|in (?:an|case of) emergenc|en cas d'urgence/i,
  ],
  [
    'ResearchAndStatistics',
    /archivering|archiving|\barchive|historisch onderzoek|wetenschappelijk|statistiques d'int[ée]r[êe]t public|statistics in the public interest/i,
  ],
  [
    'ResearchAndDevelopment',
    /marktonderzoek|market research|\bresearch purposes\b|\band research\b|nieuwe (producten|diensten)|develop(ing)? new|ontwikkel|product development|recherche|d[ée]velopper de nouveaux/i,
  ],
  [
    'ServiceUsageAnalytics',
    /analy[sz]|begrijpen hoe|understand(ing)? how|monitor(?:ing)? the (?:use|usage)|suivre l'utilisation|mesure d'audience|statisti|visitor numbers|bezoekersaantallen|tally|mesurer l'audience|audience measurement|measur(?:e|ing) (?:the )?(?:audience|traffic)/i,
  ],
  [
    'IdentityVerification',
    /identiteit (te )?(verifi|controle)|verify (your )?identity|v[ée]rifi(er|cation) (de )?(votre )?identit|authenticat|ter verificatie|dienen ter verificatie/i,
  ],
  [
    'EnforceSecurity',
    /beveilig|security|s[ée]curit[ée]|veiligheid|\bsecure (?:access|login|connections?)\b|hack(?:ing)? attempts?|hackpoging|tentatives? de piratage|integriteit van de (applicatie|website|dienst)/i,
  ],
  [
    'ServicePersonalisation',
    /personali[sz]|gepersonaliseerd|personnalis|customi[sz]e|op maat|to your (?:needs|interests)|aan (?:uw|je|jouw) (?:wensen|behoeften|interesses)|à vos (?:besoins|centres d'intérêt)/i,
  ],
  [
    'ServiceOptimisation',
    /verbeter|optimali|improv|enhance|uitbreiden|am[ée]liorer|optimiser|diagnose problems|technical (?:issues|problems)|probl[èe]mes techniques|problemen (en installatiemogelijkheden )?(te kunnen )?onderzoeken|oplossen van technische problemen|technische problemen/i,
  ],
  [
    'PaymentManagement',
    /facturat|factuur|facturen|betaling|deduct (?:money|the costs?|(?:your )?expenses)|incasso|automatisch af (?:te )?schrijven|pr[ée]l[èe]vements?|domicili[ëe]ring|boekhoud|invoic|billing|payment|paiement|factur|transactions?\b/i,
  ],
  ['VendorManagement', /leverancier|supplier|vendor|fournisseur/i],
  [
    'CustomerManagement',
    /klantenbeheer|klantenadministratie|klantenbestand|klanten-? ?en leveranciers|customer (management|administration|records)|gestion (des|de la) client|ledenadministratie|ledenbeheer|member(ship)? (administration|management)|gestion des membres|suivi de (?:votre|leur|l') ?affiliation|wie lid (?:is|zijn)|ledenlijst|ledenbestand|administratieve doeleinden|(?:een |de )?(?:centrale )?administratie bij(?:houden|te houden)|keep(?:ing)? (?:a )?central (?:records|administration)/i,
  ],
  [
    'CustomerRelationshipManagement',
    /klantrelatie|klantcontact|relatie met (?:onze |de )?klanten|contact met (?:klanten|prospects)|(?:customer|client) relationship|relation(?:s)? client|\bprospects?\b/i,
  ],
  [
    'CustomerCare',
    /support|ondersteuning|ondersteunen bij|klantendienst|klantenservice|customer (service|support|care)|vragen (te )?beantwoorden|beantwoorden van (uw |je )?vragen|answer your (questions|requests)|assistance|service client|moeilijkheden|helpdesk|r[ée]pondre [àa] (vos|votre) (questions?|demandes?)|donner une r[ée]ponse|\bbeantwoording\b|respond(?:ing)? to (?:any |your )?(?:comments|questions|enquir|inquir)|r[ée]pondre aux (?:demandes|questions|messages)|traiter (?:vos|les) demandes|(?:een )?antwoord (?:te )?geven|aan (?:je|uw|jouw) vra(?:ag|gen) te voldoen|handl(?:e|ing) (?:your )?(?:requests|enquiries|inquiries)|fournir les informations demand[ée]es|(?:de )?gevraagde informatie (?:te )?(?:verstrekken|geven|bezorgen)|provide (?:you with )?the (?:requested information|information (?:you )?requested)/i,
  ],
  [
    'AccountManagement',
    /(?<!bank ?|from (?:your|my) )\baccount(?! ?(?:number|nummer))|profiel|\bcompte\b(?! bancaire)|login/i,
  ],
  [
    'CommunicationManagement',
    /communi(?:c|qu)|contact(eren|eer)|onderhouden van (?:het )?contact|contact (?:te )?onderhouden|maintain(?:ing)? contact|entretenir (?:le |des )?contacts?|\bbenaderen\b|op de hoogte (?:te )?houden|tenir inform[ée]|keep(?:ing)? you (?:informed|up to date)|(?:vous|tu) nous contact|contact met (u|je) op te nemen|contact met u|te informeren|informeren over|informatie over wijzigen|notify you|vous notifier|op de hoogte (?:te )?brengen|bellen|e-?mailen|inform you|contact you|send you|vous contacter|vous informer|e-?mails? (te )?(sturen|verzenden)|send(?:ing)? (?:you )?e-?mails?|updates|telefonisch contact|e-?mailcontact|te attenderen op|inplannen van gesprekken|informé d'un arrêt|information (to you|concerning our services)/i,
  ],
  ['Marketing', /marketing|promoti|reclame|commerci[ëe]le|publicit/i],
  [
    'ServiceProvision',
    /diensten|dienstverlening|levering|leveren|afleveren|service|services|provide|operate|maintain|uitvoer|overeenkomst|contract|bestelling|order|transactions|fournir|prestation|website (aan te bieden|te laten werken)|(?:de |the )?app (?:te laten )?(?:werken|functioneren)|\bdisplay (?:your )?(?:name|profile)|(?:je |uw )?naam (?:te )?tonen|afficher (?:votre )?(?:nom|profil)|offerteaanvraag|logistiek|organiseren van|organisatie van|clubactiviteiten|verzekeren van|ontvangen en beoordelen|toegang te krijgen|mission d'int[ée]r[êe]t public|proc[ée]dure juridictionnelle/i,
  ],
];

/** Words that introduce purposes ("voor de volgende doeleinden", "we use your data to"). */
export const PURPOSE_CUE =
  /doel(einden|en|stelling(?:\(?en\)?)?)?\b|om (u|uw|je|te)\b|purposes?|in order to|we use (your|the|this)|(data|information) to\b|finalit[ée]s?|afin d(?:e\b|')|pour (vous|nous|les|la|le)|\bpour (?:r[ée]pondre|donner|fournir|envoyer|traiter|g[ée]rer|am[ée]liorer|assurer|permettre|organiser)\b|gebruiken (we|wij) (uw|deze|de)|verwerk(t|en)? (uw|je)?\s?(persoons)?gegevens (om|voor)/i;

/**
 * A sentence that says what data is used for, wherever it stands ("We use your IP address to", "worden gebruikt om",
 * "dienen ter verificatie", "utilisées pour"): read for purposes outside purpose sections too.
 */
export const USE_CUE =
  /^(?:om|voor|pour|afin d(?:e\b|')|to|for)\b[^.;]{3,100}\b(?:gebruiken|houden|bewaren|verwerken|verzamelen|vragen) (?:we|wij)\b|^(?:pour|afin d(?:e\b|'))\b[^.;]{3,100}\bnous (?:utilisons|conservons|traitons|collectons)\b|^(?:to|for)\b[^.;]{3,100}\bwe (?:use|keep|process|collect)\b|\b(?:pour|afin d(?:e\b|')) (?:recevoir|être informé|vous (?:informer|envoyer|contacter))|\bto (?:receive|send you|inform you|contact you)\b|\b(?:gebruik(?:en|t)?|verwerk(?:en|t)?|vastgelegd|opgeslagen|ingezet)\b[^.;]{0,60}\b(?:om|voor|ter)\b|\bdienen ter\b|\b(?:use[sd]?|process(?:es|ed)?)\b[^.;]{0,60}\b(?:to|for)\b|\butilis[ée]\w*[^.;]{0,60}\b(?:pour|afin d(?:e\b|')|à des fins)|\btrait[ée]\w*[^.;]{0,40}\b(?:pour|afin d(?:e\b|')|en vue de)\b|\bcollect[ée]\w*[^.;]{0,60}\b(?:pour|afin d(?:e\b|')|à des fins)/i;

/** The person's own use ("if you wish to use the full range of services"): no purpose of the controller's. */
export const USER_USE =
  /\b(?:you|u|je|jij|vous)\s(?:wish to |want to |would like to |wilt |wenst |can |may |kunt )?(?:use|gebruiken|utilise[zr]?)\b|\b(?:to make use of|in order to use|om gebruik te maken van|pour (?:utiliser|bénéficier de))\b/gi;

/** Processing of data that identify no one ("in aggregate (non-personally identifiable) form"): no personal-data purpose. */
export const NOT_PERSONAL =
  /non-personally identifiable|niet tot (?:een )?persoon herleidbare?|non personnellement identifiables?/i;
