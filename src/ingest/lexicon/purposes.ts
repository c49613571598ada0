/**
 * Purposes as policies word them (nl/en/fr), mapped to the DPV codes of seeds/vocabulary/purpose-categories.yaml.
 * The first pattern that matches a purpose phrase wins: specific ones first.
 */
export const PURPOSE_PATTERNS: [string, RegExp][] = [
  [
    'DirectMarketing',
    /nieuwsbrie|newsletter|direct[- ]?marketing|e-?mail ?marketing|marketing(-| )?e-?mails|lettre d'information|prospection|mailings?\b/i,
  ],
  [
    'Advertising',
    /advertenties|advertising|gerichte reclame|targeted ads|publicit[ée]s? cibl[ée]e?s?|retargeting|remarketing/i,
  ],
  ['FraudPreventionAndDetection', /fraude|fraud|misbruik|abuse|oplichting/i],
  [
    'RecruitmentManagement',
    /sollicit|recruit|rekrutering|werving|aanwerving|candida|recrutement|job applica|vacature/i,
  ],
  [
    'LegalCompliance',
    /wettelijke verplichting|wettelijk verplicht|legal obligation|comply with (the |our |applicable )?(law|legal)|obligations? l[ée]gales?|legal requirements/i,
  ],
  ['ProtectionOfVitalInterests', /vitale belangen|vital interests|int[ée]r[êe]ts vitaux/i],
  ['ResearchAndStatistics', /statisti|archivering|archiving|historisch onderzoek|wetenschappelijk/i],
  [
    'ResearchAndDevelopment',
    /marktonderzoek|market research|nieuwe (producten|diensten)|develop(ing)? new|ontwikkel|product development|recherche|d[ée]velopper de nouveaux/i,
  ],
  ['ServiceUsageAnalytics', /analy[sz]|begrijpen hoe|understand(ing)? how|mesure d'audience/i],
  [
    'IdentityVerification',
    /identiteit (te )?(verifi|controle)|verify (your )?identity|v[ée]rifi(er|cation) (de )?(votre )?identit/i,
  ],
  ['EnforceSecurity', /beveilig|security|s[ée]curit[ée]|veiligheid/i],
  ['ServicePersonalisation', /personali[sz]|gepersonaliseerd|personnalis/i],
  ['ServiceOptimisation', /verbeter|optimali|improv|enhance|uitbreiden|am[ée]liorer|optimiser/i],
  [
    'PaymentManagement',
    /facturat|factuur|facturen|betaling|boekhoud|invoic|billing|payment|paiement|factur|transactions?\b/i,
  ],
  ['VendorManagement', /leverancier|supplier|vendor|fournisseur/i],
  [
    'CustomerManagement',
    /klantenbeheer|klantenadministratie|klantenbestand|klanten-? ?en leveranciers|customer (management|administration|records)|gestion (des|de la) client/i,
  ],
  [
    'CustomerCare',
    /support|ondersteuning|klantendienst|klantenservice|customer (service|support|care)|vragen (te )?beantwoorden|answer your (questions|requests)|assistance|service client|moeilijkheden/i,
  ],
  ['AccountManagement', /\baccount|profiel|\bcompte\b|login/i],
  [
    'CommunicationManagement',
    /communic|contact(eren|eer)|contact met u|te informeren|informeren over|bellen|e-?mailen|inform you|contact you|send you|vous contacter|vous informer|e-?mails? (te )?(sturen|verzenden)|updates/i,
  ],
  ['Marketing', /marketing|promoti|reclame|commerci[ëe]le|publicit/i],
  [
    'ServiceProvision',
    /diensten|dienstverlening|levering|leveren|service|services|provide|operate|maintain|uitvoer|overeenkomst|contract|bestelling|order|transactions|fournir|prestation|website (aan te bieden|te laten werken)/i,
  ],
];

/** Words that introduce purposes ("voor de volgende doeleinden", "we use your data to"). */
export const PURPOSE_CUE =
  /doel(einden|en)?\b|om (u|uw|je|te)\b|purposes?|in order to|we use (your|the|this)|(data|information) to\b|finalit[ée]s?|afin de|pour (vous|nous|les|la|le)|gebruiken (we|wij) (uw|deze|de)|verwerk(t|en)? (uw|je)?\s?(persoons)?gegevens (om|voor)/i;
