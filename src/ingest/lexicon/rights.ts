import { RightCode } from '../../entities/enums';

/**
 * The data-subject rights of GDPR Art. 7(3), 15-22 and 77 as the regulation names them in Dutch, English and
 * French, and the verbs policies use ("uw gegevens in te zien", "to delete", "vous opposer").
 */
export const RIGHT_PATTERNS: [RightCode, RegExp][] = [
  [
    RightCode.ACCESS,
    /recht (op|van|tot) (in)?zage|informatie (?:op te vragen|opvragen) over (?:de |uw |je |jouw )?(?:persoons)?gegevens|inzagerecht|inzage|(gegevens|persoonsgegevens) (in te zien|inzien)|in te zien|right (of|to) access|access (to )?(your|the) (personal )?(data|information)|request (a copy|access)|droit d'acc[eè]s|acc[ée]der [àa] (vos|ses) donn[ée]es|right to know|(?:review|view|see) (?:or edit )?(?:your|the) (?:personal )?(?:data|information)|(?:gegevens|persoonsgegevens) (?:in te kijken|inkijken|raadplegen)|\binkijken\b|\bin te kijken\b|\bop te vragen en in te (?:kijken|zien)|recht om inzicht|droit de consulter|consulter vos donn[ée]es|\bknow what (?:personal )?(?:data|information) (?:we|is)\b|right to consult\b|recht op toegang|toegang tot (?:uw|je|jouw) (?:persoons)?gegevens|(?:find out|ask us) what (?:personal )?(?:data|information) we (?:hold|have|keep|process)|prendre connaissance (?:de vos|des) donn[ée]es|obtenir (?:une )?copie (?:de vos|des) donn[ée]es/i,
  ],
  [
    RightCode.RECTIFICATION,
    /rectificatie|verbetering|rechtzetting|correctie|te (laten )?(verbeteren|corrigeren|rectificeren)|aan te passen|(gegevens|persoonsgegevens) (aanpassen|wijzigen|corrigeren)|aanpassen|rectif(y|ication)|to correct|correction|update (or|and) correct|to update|adjust|rectification|rectifier|corriger|mettre [àa] jour|update or correct|correct (?:any )?(?:inaccurate|incorrect)|(?:access|see|view|inspect) (?:and|or|,) correct|correct (?:your|the|their) (?:personal )?(?:data|information|details)|edit your (?:personal )?(?:data|information)|verbeteren of aanvullen|laten aanpassen|te \(?laten\)? ?(?:wijzigen|verbeteren)|\bso (?:that )?we can correct it\b|\bmake corrections\b|\bamend (?:the |your |their |any )?(?:personal )?(?:data|information|details)\b|modifier (?:vos|ses|leurs) donn[ée]es/i,
  ],
  [
    RightCode.ERASURE,
    /gegevenswissing|wissing|wissen|\bschrappen\b|\bte \(?laten\)? ?schrappen|verwijder(en|ing)|te verwijderen|vergeten te worden|te worden vergeten|recht om vergeten|erasure|to (delete|erase|remove)|deletion|be forgotten|effacement|effacer|suppression|supprimer|droit [àa] l'oubli|\b(?:request|ask|have)\b[^.;]{0,50}\b(?:be |been )?deleted\b|\b(?:about|request|ask for) (?:the )?removal of\b/i,
  ],
  [
    RightCode.RESTRICTION,
    /beperking (van )?(de |uw )?(verwerking|gegevens)|(verwerking|gegevens) (te )?beperken|restrict(ion)? (of )?(the )?processing|restrict (the )?(processing|use)|limitation (du|de) traitement|limiter (le|un) traitement|droit [àa] la limitation|\bbeperking(?=,| en | of |\s*$)|gebruik van (?:je |uw )?gegevens beperken|right to restriction|restrict how (?:we|your data)|limit (?:the )?(?:use|processing) of (?:your )?(?:personal )?data|limiter (?:l['’]utilisation|le traitement) de vos donn[ée]es|^restriction(?=\s*:)/i,
  ],
  [
    RightCode.PORTABILITY,
    /overdraagbaarheid|dataoverdracht|gegevensoverdracht|gegevensoverdraging|overdracht van (uw )?(persoons)?gegevens|portab(ility|le)|portabilit[ée]|transfer (of )?your (personal )?data to another|machine[- ]readable|(?:te laten )?overdragen aan (?:uzelf|u zelf|jezelf|een andere (?:partij|organisatie|verantwoordelijke))/i,
  ],
  [
    RightCode.OBJECTION,
    /recht (op|van) bezwaar|bezwaar (te )?maken|bezwaar aantekenen|recht van verzet|verzet (aan te tekenen|tegen)|right to object|object to (the )?processing|to object|right of objection|droit d'opposition|vous opposer|s'opposer|(?:je|u|zich) daartegen verzetten|would like to protest|\bto protest\b|\bobject to (?:certain |some |any )?(?:types of |kinds of )?(?:data )?processing|^objection(?=\s*:)|\b(?:indien|als|wanneer|if) (?:je|u|jij|you) (?:niet wil(?:t)?|do not want|don't want) (?:dat |that |your |de |the )[^.;]{0,60}\b(?:gepubliceerd|verschijnt|gedeeld|doorgegeven|shared|published|disclosed)\b|\bsi vous ne (?:souhaitez|voulez) pas que [^.;]{0,60}\b(?:publi[ée]|partag[ée]|communiqu[ée])/i,
  ],
  [
    RightCode.OBJECT_DIRECT_MARKETING,
    /(bezwaar|verzet|uitschrijven|afmelden|opt[- ]?out|object|opposer|opposition)[^.;]{0,80}(direct ?marketing|marketingdoeleinden|reclame|nieuwsbrief|newsletter|marketing purposes|prospection|publicitaire|commerciële)|(direct ?marketing|prospection commerciale)[^.;]{0,60}(bezwaar|verzet|object|opposer|opposition)|\b(?:tegen|against|contre) (?:de |the |le )?(?:verwerking|processing|traitement) (?:voor|for|à des fins de) (?:direct ?marketing|marketing|prospection)|niet langer (?:gecontacteerd|benaderd|gemaild) (?:te )?worden|no longer (?:be )?contacted|ne plus être contacté|(?:do not|don't|no longer) (?:want|wish) to receive (?:any )?(?:more )?(?:information about (?:our |\p{L}+ )?(?:products|services)|offers|commercial|marketing|promotional)|ne (?:souhaitez|voulez) plus recevoir (?:nos |de )?(?:offres|informations commerciales|newsletter|communications commerciales)|(?:do not|don't|no longer) (?:want|wish) to receive (?:(?:such|this|these) (?:information|e-?mails|messages|communications)|(?:any )?(?:more )?e-?mails from us)(?![^.;]*\bunsubscribe)|niet (?:langer|meer) (?:e-?)?mail(?:s)? van ons (?:wilt|wenst|wil) ontvangen|niet (?:meer )?(?:wilt|wenst) (?:te )?worden benaderd|(?:do not|don't|no longer) (?:wish|want) to be (?:contacted|approached)|ne (?:souhaitez|voulez) (?:plus |pas )?[êe]tre (?:contact[ée]|sollicit[ée])/iu,
  ],
  [
    RightCode.AUTOMATED_DECISION,
    /niet (te )?(worden )?onderworpen (te )?(worden )?aan (een )?(uitsluitend )?(op )?geautomatiseerde|not to be subject(ed)? to (a )?(decision based solely on )?automated|ne pas faire l'objet d'une d[ée]cision (individuelle )?(fond[ée]e exclusivement sur un traitement )?automatis/i,
  ],
  [
    RightCode.WITHDRAW_CONSENT,
    /toestemming[^.;]{0,40}(in te trekken|intrekken|terug te trekken|terugtrekken)|(intrekken|intrekking|terugtrekken) van (uw |je )?toestemming|withdraw(al of)? (your |their )?consent|revoke (your )?consent|retirer (votre |son )?consentement|retrait (de votre |du )?consentement|\bunsubscribe\b|zich (?:steeds |altijd )?(?:uitschrijven|afmelden)|se d[ée]sinscrire|\b(?:withdraw|revoke|retirer|r[ée]voquer)\b[^.;]{0,30}\b(?:consent|consentement)\b/i,
  ],
  [
    RightCode.COMPLAINT,
    /klacht[^.]{0,80}(in te dienen|indienen|neerleggen|toezicht|autoriteit|gegevensbescherming|commissie)|(lodge|file|submit|make) a complaint|complain to|complaint with|right to (lodge|complain)|r[ée]clamation (aupr[eè]s|[àa] la|devant)|introduire une r[ée]clamation|d[ée]poser (une )?plainte|introduire une plainte|porter plainte aupr[eè]s|saisir la cnil|contact the privacy commission|klachtrecht|terecht bij de (?:gegevensbeschermingsautoriteit|autoriteit persoonsgegevens|toezichthoud)|complaint with the (?:supervisory|data protection)/i,
  ],
];

/** Words that show a sentence grants or explains rights ("u heeft het recht", "you may", "vous pouvez"). */
export const RIGHTS_CUE =
  /recht|kunt|kan u|\bkun (?:je|jij)\b|mag|mogelijkheid|rights?\b|entitled|may |can |the (?:option|possibility) to|droit|pouvez|possibilit[ée] de|verzoek|request|demande|indien gewenst|desgewenst|op (?:uw|je) vraag|if you wish|on request|sur demande|si vous le souhaitez|if you (?:do not|don't|no longer) (?:want|wish)|si vous ne (?:souhaitez|voulez) plus|(?:indien|als|wanneer) (?:u|je) (?:niet langer|niet meer) (?:wenst|wilt|wil)|\b(?:indien|als|wanneer|if) (?:u|je|jij|you) (?:niet wil(?:t)?|do not want|don't want)\b|\bif you (?:advise|inform|tell|notify) us\b|\b(?:als|indien) (?:u|je) ons (?:laat weten|meldt)\b|\bsi vous nous (?:informez|signalez)\b/i;
