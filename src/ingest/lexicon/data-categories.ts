/**
 * Personal-data items as policies list them (nl/en/fr), mapped to the codes of
 * seeds/vocabulary/data-categories.yaml. Order matters: the first pattern that matches a phrase wins, so specific
 * phrases ("e-mailadres", "IP-adres") come before the general one ("adres").
 */
export const DATA_CATEGORY_PATTERNS: [string, RegExp][] = [
  [
    'email-address',
    /e-?mail[- ]?ad(res|dress)(sen|es)?|\bmailadres|\be-?mails?\b(?! ons)|adresses? (e-?mail|[ée]lectronique|mail)|courriel/i,
  ],
  ['ip-address', /\bip[- ]?(-?ad(res|dress|resse)(sen|es)?)\b|\bIP\b/i],
  [
    'identification-data',
    /identificatiegegevens|identification (data|details)|donn[ée]es d'identification|identiteitsgegevens/i,
  ],
  [
    'contact-data',
    /contactgegevens|contact (data|details|information)|coordonn[ée]es(?! bancaires)|gegevens om (u|je) te contacteren/i,
  ],
  [
    'browsing-behaviour',
    /surfgedrag over|browsing behaviou?r across|across (different )?websites|advertentienetwerk|websites? (?:that )?you (?:have )?visit(?:ed)? before\b/i,
  ],
  [
    'usage-data',
    /surfgedrag|surfing behaviou?r|browsing (behaviou?r|history|data)|activiteiten op (onze|de) website|acties uitgevoerd|hoe u gebruik maakt|gebruiksgegevens|usage (data|information)|how you use|pages? (you )?visit|bezochte pagina|pagina['’]?s (?:er )?(?:werden |worden |die werden )?bezocht|pagina'?s die (u|je|jij) (op onze website )?bezoekt|donn[ée]es (de navigation|d'utilisation)|pages consult[ée]es|pages que vous avez consult[ée]es|(?:app |website )?usage (?:logs|statistics|patterns)|gebruik van de (?:website|applicatie|app)|navigational data|navigatiegegevens/i,
  ],
  [
    'usage-timing',
    /tijdstip|datum en tijd|\buur en dag van|\bdag en uur van|^\s*uur\s*$|\bdag van (?:de )?(?:consultatie|raadpleging|bezoek)|\btijd van (?:toegang|bezoek|uw bezoek)|time of (?:your )?(?:access|visit)|heure d'acc[eè]s|tijd gespendeerd|duur van (uw |het )?(bezoek|gebruik)|frequentie|time spent|date and time|duration of (your )?visit|length of (?:your |the )?visit|heure (de|et)|date et (?:l['’])?heure|\bl['’]heure (?:auxquelles|à laquelle|de (?:votre )?(?:visite|consultation))|dur[ée]e de (la )?visite/i,
  ],
  [
    'referrer',
    /referr(er|ing)|verwijzende|zoekwoord|search terms|site r[ée]f[ée]rent|site web externe qui vous a (?:transf[ée]r[ée]|renvoy[ée]|dirig[ée])|recherche qui vous a conduit/i,
  ],
  ['software-use', /ad-?blocker|adblock/i],
  ['operating-system', /besturingssysteem|operating system|syst[eè]me d'exploitation|systeemsoftware/i],
  ['browser-type', /browser|navigateur/i],
  [
    'device-type',
    /toestel|apparaat|\bdevice|appareil|type van (de )?computer|r[ée]solution d['’][ée]cran|screen resolution|schermresolutie/i,
  ],
  [
    'location',
    /locatie(?:gegevens| van)|(?:uw |je |your |de )locatie\b|^\s*locatie\b|location (?:data|information)|(?:your |the )location of|^\s*location\s*$|localisation|g[ée]olocalisation|geolocati|plaats van (?:de )?(?:consultatie|raadpleging)|lieu de (?:la )?consultation/i,
  ],
  [
    'date-of-birth',
    /geboortedatum|geboortedata|geboortedag|date of birth|birth ?date|date de naissance|\bleeftijd\b|\bage\b/i,
  ],
  ['place-of-birth', /geboorteplaats|place of birth|lieu de naissance/i],
  ['marriage-details', /huwelijksdatum|plaats (van )?huwelijk|date of marriage|date de mariage/i],
  [
    'marital-status',
    /burgerlijke staat|gezinssamenstelling|marital status|[ée]tat civil|situation (familiale|matrimoniale)/i,
  ],
  ['nationality', /nationaliteit|nationality|nationalit[ée]/i],
  [
    'national-id',
    /rijksregisternummer|burgerservicenummer|\bBSN\b|national (register|identification|insurance) number|social security number|num[ée]ro (de registre national|national|de s[ée]curit[ée] sociale)|insz/i,
  ],
  [
    'identity-document',
    /identiteitskaart|identiteitsbewijs|\bid-(?:kaart|bewijs)\b|paspoort|identity (card|document)|passport|copy of (your )?(id|identity)|carte d'identit[ée]|pi[eè]ce d'identit[ée]/i,
  ],
  [
    'company-name',
    /bedrijfsnaam|firmanaam|naam (?:van de |van uw |van je )?organisatie|organisatienaam|nom de l'organisation|organi[sz]ation name|naam van (het bedrijf|de onderneming|uw bedrijf)|company( name)?\b|\bbedrijf\b|soci[ée]t[ée]|raison sociale|nom de l'entreprise|name of the organi[sz]ation|^\s*organi[sz]ation(?= if applicable|\s*$)/i,
  ],
  ['legal-form', /rechtsvorm|legal form|forme juridique/i],
  ['vat-number', /btw-?nummer|btw-?nr|\bbtw\b|vat(-| )?(number|nr)|num[ée]ro de tva|\btva\b/i],
  [
    'enterprise-number',
    /ondernemingsnummer|kbo-?nummer|enterprise number|company number|num[ée]ro d'entreprise|\bbce\b/i,
  ],
  [
    'registration-number',
    /registratienummer|registration number|kvk-?nummer|num[ée]ro d'enregistrement|lidnummer|klantnummer|studentnummer|student ?(?:number|id)\b|num[ée]ro d['’][ée]tudiant|membership number|customer number|num[ée]ro de membre/i,
  ],
  [
    'business-activity',
    /activiteit van de onderneming|bedrijfsactiviteit|business activit|activit[ée] de l'entreprise|secteur d'activit[ée]|bedrijfssector|(?:business|industry) sector/i,
  ],
  ['cv', /\bcv\b|curriculum|\br[ée]sum[ée]\b/i],
  ['motivation-letter', /motivatiebrief|motivation letter|cover letter|sollicitatiebrief|lettre de motivation/i],
  [
    'education',
    /\b(?:diplomas?|diploma's|opleiding(?:en)?|education|degrees?|dipl[ôo]mes?|formations?|studies|(?:current |huidige )?stud(?:y|ie)(?= \(|\s*$))\b/i,
  ],
  ['background-check', /background (check)?|employment (check|reference)|\breferenties?\b|reference check|antecedent/i],
  [
    'professional-data',
    /professional data|professionele gegevens|beroepsgegevens|functie|job title|job function|votre fonction|fonction occup[ée]e|werkgever|employer|donn[ée]es professionnelles|afdeling|department/i,
  ],
  ['occupation', /\bberoep\b|occupation|profession\b/i],
  [
    'bank-account',
    /bankrekening(nummer)?|rekeningnummer|bank ?account|\biban\b|bank ?gegevens|bank (data|details)|coordonn[ée]es bancaires|num[ée]ro de compte|donn[ée]es bancaires/i,
  ],
  [
    'payment-data',
    /betalingsgegevens|betaalgegevens|informatie over (uw |je )?betalingen|information about (your )?payments|informations? (sur|relatives aux) (vos )?paiements|betaalgeschiedenis|payment history|betaalinformatie|facturatiegegevens|payment (data|details|information)|credit ?card|kredietkaart|creditcard|billing (data|information)|donn[ée]es de paiement|transactiegegevens|^\s*(?!(?:process|engage|handle|carry|complete|verwerk|effectu)\w*\s)(?:[\p{L}-]+\s)?(?<!financial |financi[ëe]le )(?:transactions?|transacties)\b(?! financi)/iu,
  ],
  [
    'financial-data',
    /financi[ëe]le (gegevens|tegemoetkoming(en)?|transacties)|financial (data|information|support|transactions?)|transactions? financi[eè]res?|donn[ée]es financi[eè]res/i,
  ],
  [
    'credentials',
    /gebruikersna(a)?m(en)?|wachtwoord|password|login(gegevens| details| credentials)|inloggegevens|mot de passe|identifiants de connexion/i,
  ],
  ['authentication-tokens', /authenti[cf]ati(e|on) ?tokens?|sessie-?id|session (id|token)|jwt/i],
  ['two-factor-data', /twee-?factor|two-?factor|\b2fa\b|double authentification/i],
  ['security-questions', /beveiligingsvragen|security questions|questions de s[ée]curit[ée]/i],
  [
    'login-history',
    /logbestanden|log ?files|\blogs\b|foutmeldingen|crash ?reports?|error (?:reports|logs)|rapports d['’]erreur|informations de connexion|inlogpogingen|login (history|attempts)|fichiers journaux|journaux de connexion/i,
  ],
  ['biometric', /biometri|biom[ée]tri/i],
  [
    'message-content',
    /inhoud van (uw |je )?bericht|^\s*(?:berichten|reacties|messages)\s*$|(?:^|:\s)(?:berichten|messages)\b|content van (uw )?berichten|correspondentie|message content|content(s)? of (your )?(messages|communications|correspondence)|contenu (de vos |des )?messages/i,
  ],
  [
    'uploaded-content',
    /ge[üu]ploade|uploaded|\bupload(?:t|en)\b|media die (?:je|u) upload|bijlagen|attachments|contenu (?:des|de vos) commentaires|(?:content of )?(?:your )?comments you post|fichiers (t[ée]l[ée]vers[ée]s|joints)|\bfoto'?s\b|\bphotos?\b|afbeeldingen|beeldmateriaal|beeldopnamen|beeltenis|video-?opnamen?|video recordings|enregistrements vid[ée]o/i,
  ],
  [
    'user-provided-data',
    /overige persoonsgegevens die u|(?:any )?other (?:personal )?(?:details|information|data) (?:that )?you (?:choose|decide|wish) to (?:provide|give|share|submit)|(?:informations|donn[ée]es) communiqu[ée]es|andere (vorm van )?informatie die (u|je|door)|andere persoonsgegevens die (u|je)|other (personal )?(data|information) (that )?you (provide|give|share)|autres (donn[ée]es|informations) que vous|(donn[ée]es|informations) (fournies|transmises) (volontairement|via (les|nos) formulaires)|(data|information) you (voluntarily )?(submit|provide) (through|via|in) (the |our )?forms?/i,
  ],
  ['account-history', /accountgeschiedenis|account history|historique (du|de) compte/i],
  ['gender', /geslacht|\bgender\b|\bsexe\b|\bgenre\b/i],
  ['phone', /telefoon(nummer)?s?|\bgsm\b|mobiel(e)? nummer|phone|t[ée]l[ée]phone|\bmobile\b/i],
  [
    'address',
    /\bNAW\b|\badres(gegevens|sen)?\b|\baddress(es)?\b|adresse postale|(?:votre |l')adresse(?! (?:e-?mail|[ée]lectronique|suivante|IP))|domicilie|woonplaats|postcode/i,
  ],
  [
    'name',
    /\bNAW\b|\bvoor-? ?(en|&) ?achternaam|\bvoornaam|\bachternaam|\bfamilienaam|\bnaam\b|\bnamen\b|(?<!user ?)\bnames?\b|first name|last name|surname|\bnom de famille\b|\bnom\b(?! d['’]utilisateur)|pr[ée]nom/i,
  ],
];

/** Words that introduce a list or sentence of collected data ("de volgende gegevens", "we collect"). */
export const DATA_CUE =
  /gegevens|data|information|informatie|donn[ée]es|informations|verzamel|collect|process|verwerk|trait|recueill/i;

/** The intro or section calls the data special or sensitive. */
export const SENSITIVE_CUE = /bijzondere|gevoelige|sensitive|special categor|sensibles|cat[ée]gories particuli[eè]res/i;
