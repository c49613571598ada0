import { parseDocument } from '../../src/ingest';
import { extractText } from './support/extract-text';

// Excerpts of the public policies of the development set (eval/dev/*/meta.yaml gives each source), one behaviour per
// test. Every extraction also asserts text.slice(start, end) === quote for every span (extractPolicy does).

const codes = <T extends string>(xs: { [k: string]: unknown }[], key: string): T[] => xs.map((x) => x[key] as T).sort();

describe('Markdown with raw HTML and front matter', () => {
  it('keeps the text of HTML blocks and <br>, drops the front matter', async () => {
    // Cour constitutionnelle, content/fr/privacy-policy.md (eval/dev/cour-constitutionnelle-fr)
    const md = `---
title: Déclaration de confidentialité
locale: fr
---
<br><br>

### **VI. Contact et réclamations**
* \\- ou par voie postale à l’adresse suivante :
<p style="text-align: center;">Cour constitutionnelle</p>
<p style="text-align: center;">Place Royale 7</p>
<p style="text-align: center;">1000 Bruxelles</p>
`;
    const parsed = await parseDocument(Buffer.from(md, 'utf8'), 'text/markdown');
    expect(parsed.text).toContain('Place Royale 7');
    expect(parsed.text).toContain('1000 Bruxelles');
    expect(parsed.text).not.toContain('locale: fr');
    expect(parsed.blocks.find((b) => b.kind === 'heading')).toBeDefined();
  });
});

describe('controller as the policy states it', () => {
  it('reads the subject of "is verantwoordelijk voor de verwerking" (nl)', async () => {
    // Kaniou.be, privacyverklaring (eval/dev/kaniou)
    const p = await extractText(`1. Wie zijn wij?

Deze website wordt beheerd door:
KANIOU BVBA
Ondernemingsnummer: 0721.785.413

KANIOU is verantwoordelijk voor de verwerking van jouw persoonsgegevens via deze website.`);
    expect(p.controller).toMatchObject({ name: 'KANIOU', legalForm: 'BVBA', enterpriseNumber: '0721.785.413' });
  });

  it('reads the name a "hereinafter" clause defines, even a known vendor (en)', async () => {
    // PostNL, privacy policy (eval/dev/postnl)
    const p = await extractText(
      'PostNL N.V. and its group companies (hereinafter called “PostNL”) aim to deliver top-quality services.',
    );
    expect(p.controller.name).toBe('PostNL');
  });

  it('reads the subject of "traite vos données" (fr) and the block under a controller heading', async () => {
    // Cour constitutionnelle (eval/dev/cour-constitutionnelle-fr); BGSNL, PrivacyPolicy_BGSNL.md (eval/dev/bgsnl)
    const fr = await extractText(
      'La Cour constitutionnelle traite vos données personnelles pour remplir ses missions d’intérêt public.',
    );
    expect(fr.controller.name).toBe('Cour constitutionnelle');
    const en = await extractText(
      '# 1. Data Controller\n\n**BGSNL (Bulgarian Society Netherlands)**  \nEmail: info@bgsnl.nl\n',
      'text/markdown',
    );
    expect(en.controller).toMatchObject({ name: 'BGSNL', legalName: 'Bulgarian Society Netherlands' });
  });

  it('takes no template placeholder or date as e-mail or phone, and reads a KvK "under number"', async () => {
    // Scouts Sint-Joris Turnhout (eval/dev/sijot-turnhout); Networking4all (eval/dev/networking4all)
    const p = await extractText(`Contactgegevens

Scouts & Gidsen Sint-Joris Turnhout
Sint-Jorislaan 11, 2300 Turnhout
privacy@domain.tld
0000 00 00 00

Datum van inwerkingtreding: 05/05/2024`);
    expect(p.controller.email).toBeNull();
    expect(p.controller.phone).toBeNull();
    const nl = await extractText(
      'This is the privacy policy for Networking4all B.V., located in Amsterdam and entered in the commercial register of the Chamber of Commerce under number 20099481.',
    );
    expect(nl.controller).toMatchObject({ name: 'Networking4all', legalForm: 'BV', kvkNumber: '20099481' });
  });
});

describe('rights read through the section structure', () => {
  it('reads the rights of sub-sections under a rights heading (nl)', async () => {
    // Scouts Heirbrug, privacy.md (eval/dev/scouts-heirbrug)
    const p = await extractText(
      `### Jouw rechten
Je hebt heel wat rechten.

#### 1. Gegevens inkijken
Wil je een overzicht krijgen van alle gegevens die we in ons bezit hebben, neem dan contact op met de groepsleiding.

#### 2. Gegevens verbeteren of aanvullen
Zijn bepaalde gegevens niet meer correct? Dan kan je die steeds laten aanpassen of aanvullen.

#### 4. Gebruik van gegevens beperken
Ben je het hiermee oneens, dan kan je je daartegen verzetten.`,
      'text/markdown',
    );
    expect(codes(p.rights, 'right')).toEqual(expect.arrayContaining(['ACCESS', 'OBJECTION', 'RECTIFICATION']));
  });

  it('grants no general objection right when only marketing is objected to', async () => {
    // BVM Parts, privacy-policy.php (eval/dev/bvm-parts)
    const p = await extractText(
      'De betrokkene heeft te allen tijde het recht om bezwaar te maken tegen het gebruik van zijn of haar persoonsgegevens voor marketingdoeleinden, het versturen van nieuwsbrieven of reclame.',
    );
    const rights = codes(p.rights, 'right');
    expect(rights).toContain('OBJECT_DIRECT_MARKETING');
    expect(rights).not.toContain('OBJECTION');
  });
});

describe('how to exercise the rights', () => {
  it('reads the channels and e-mail a list introduced by "om uw rechten uit te oefenen" gives (nl)', async () => {
    // MinBZK, RegelRecht Upload Portal (eval/dev/minbzk-regelrecht)
    const p = await extractText(
      `## 9.7 Uitoefening van uw rechten
Om uw rechten uit te oefenen, kunt u contact opnemen via:
- E-mail: bureau.architectuur@minbzk.nl
- Post: Ministerie van BZK, t.a.v. RegelRecht, Postbus 20011, 2500 EA Den Haag

Wij zullen binnen één maand reageren op uw verzoek.`,
      'text/markdown',
    );
    expect(p.rightsRequest).toMatchObject({ email: 'bureau.architectuur@minbzk.nl', responseTime: 'P1M' });
    expect(p.rightsRequest?.channels.sort()).toEqual(['EMAIL', 'POST']);
  });

  it('reads French and working-day response times and an identity check, no authority e-mail', async () => {
    // Qué bringue (eval/dev/que-bringue-fr); Scouts Sint-Joris Turnhout (eval/dev/sijot-turnhout)
    const fr = await extractText(`Comment exercer vos droits ?

par email à la personne Déléguée à la protection des données bringeur@quebringue.be
Attention : Veuillez indiquer votre identité complète ainsi que vos coordonnées afin que nous puissions vérifier la régularité de votre demande.
Une réponse vous sera fournie dans les 30 jours de l’envoi d’un accusé de réception.

Droits de recours

Vous pouvez introduire une réclamation auprès de l’Autorité de protection des données. Email : contact@apd-gba.be`);
    expect(fr.rightsRequest).toMatchObject({ email: 'bringeur@quebringue.be', responseTime: 'P30D' });
    expect(fr.rightsRequest?.identityProof).toBeTruthy();
    const nl = await extractText(`8) Uw rechten

Om uw recht op verwijdering uit te oefenen, kunt u contact met ons opnemen. Wij zullen in ieder geval binnen 20 werkdagen op uw verzoek reageren.`);
    expect(nl.rightsRequest?.responseTime).toBe('P4W');
  });
});

describe('legal bases the policy relies on (closed class)', () => {
  it('reads no legal obligation from a condition, and no basis from the conditions of a right', async () => {
    // NL Design System (eval/dev/nl-design-system); Qué bringue (eval/dev/que-bringue-fr)
    const nl = await extractText(
      'We geven je persoonlijke gegevens niet aan derden door, tenzij we hiertoe wettelijk verplicht zijn of dit nodig is voor het organiseren van activiteiten.',
    );
    expect(nl.legalBases).toEqual([]);
    const fr = await extractText(`Quels sont vos droits ?

droit à la portabilité de données : Seulement si le traitement est effectué sur base de votre consentement préalable ou pour l’exécution d’un contrat, vous avez le droit de demander à récupérer les données que vous avez fournies.`);
    expect(fr.legalBases).toEqual([]);
  });

  it('reads "om te voldoen aan wettelijke verplichtingen" as the legal-obligation basis', async () => {
    // Kaniou.be (eval/dev/kaniou)
    const p = await extractText(`Wij gebruiken jouw gegevens:
 • Voor klantenbeheer en boekhouding
 • Om te voldoen aan wettelijke verplichtingen`);
    expect(codes(p.legalBases, 'code')).toEqual(['LEGAL_OBLIGATION']);
  });
});

describe('purposes', () => {
  it('reads several purposes from one statement (nl, en)', async () => {
    // Kaniou.be (eval/dev/kaniou); PostNL (eval/dev/postnl)
    const nl = await extractText(`3. Waarom verzamelen wij jouw gegevens?

Wij gebruiken jouw gegevens:
 • Om jouw offerteaanvraag of bestelling te verwerken
 • Voor klantenbeheer en boekhouding`);
    expect(codes(nl.purposes, 'category')).toEqual(['CustomerManagement', 'PaymentManagement', 'ServiceProvision']);
    const en = await extractText(
      'We use your IP address to diagnose problems with our server, report statistical information, and administer and improve the site.',
    );
    expect(codes(en.purposes, 'category')).toEqual(['ServiceOptimisation', 'ServiceUsageAnalytics']);
  });

  it('ties the periods of a retention list to their purposes', async () => {
    // BVM Parts (eval/dev/bvm-parts)
    const p = await extractText(`Bewaarduur van persoonsgegevens

Hiervoor hanteren wij per doel de volgende bewaartermijnen:
 • Marketingdoeleinden: 1 jaar
 • Telefonisch contact: 1 jaar`);
    const withPeriod = p.purposes.filter((x) => x.retention?.duration === 'P1Y').map((x) => x.category);
    expect(withPeriod.sort()).toEqual(['CommunicationManagement', 'Marketing']);
  });
});

describe('data categories', () => {
  it('reads the items of a list in a data section and of a "zoals" list, not the group term', async () => {
    // BVM Parts (eval/dev/bvm-parts); Scouts Heirbrug (eval/dev/scouts-heirbrug)
    const list = await extractText(
      `<h2>Persoonsgegevens die worden verwerkt</h2><h4>Algemene persoonsgegevens:</h4><ul><li>geboortedatum</li><li>nationaliteit</li><li>bankrekeningnummer</li></ul>`,
      'text/html',
    );
    expect(codes(list.dataCategories, 'category')).toEqual(['bank-account', 'date-of-birth', 'nationality']);
    const zoals = await extractText(`Welke gegevens verzamelen we?

Identificatiegegevens zoals naam, adres en telefoonnummer.`);
    expect(codes(zoals.dataCategories, 'category')).toEqual(['address', 'name', 'phone']);
  });

  it('reads no item a list entry negates (fr)', async () => {
    // Cour constitutionnelle (eval/dev/cour-constitutionnelle-fr)
    const p = await extractText(`III. Durée de conservation des données personnelles

Voici quelques exemples de durée de conservation de vos données personnelles :
 • Adresse IP : nous ne stockons pas les adresses IP.`);
    expect(p.dataCategories.map((d) => d.category)).not.toContain('ip-address');
  });
});

describe('dates, general retention and the DPO', () => {
  it('dates the policy by its own update cue, not by a version of something else', async () => {
    // CoronaCheck (eval/dev/vws-coronacheck); Scouts Heirbrug (eval/dev/scouts-heirbrug)
    const cc = await extractText(
      'De app is beperkter dan de versie zoals beschreven in het wetsvoorstel, versie 8 maart 2021. Laatste update: 6 april 2021.',
    );
    expect(cc.document.lastUpdated).toBe('2021-04-06');
    const scouts = await extractText('Laatste aanpassing: 01/09/2023');
    expect(scouts.document.lastUpdated).toBe('2023-09-01');
  });

  it('reads a period for all data as the general rule, not a deletion deadline', async () => {
    // Scouts Heirbrug (eval/dev/scouts-heirbrug); Cluma (seeds/documents/cluma.txt)
    const p = await extractText(`Bewaartermijn

Onze groep bewaart persoonsgegevens niet langer dan noodzakelijk voor het doel waarvoor deze zijn verstrekt.

Nagenoeg alle gegevens worden ten laatste 10 jaar na het beëindigen van het lidmaatschap vernietigd.`);
    expect(p.retention?.duration).toBe('P10Y');
    const deadline = await extractText(`Hoe lang bewaren we uw gegevens?

Wanneer u uw account wist, zullen alle gegevens binnen de 30 dagen na uw aanvraag worden verwijderd.`);
    expect(deadline.retention?.duration ?? null).toBeNull();
  });

  it('reads a DPO named before the term, and one stated to exist without details', async () => {
    // Cluma (seeds/documents/cluma.txt); MinBZK (eval/dev/minbzk-regelrecht)
    const named = await extractText(
      'Aarzel dan niet om contact op te nemen met Steven Deweirt, onze functionaris voor gegevensbescherming.',
    );
    expect(named.dpo?.name).toBe('Steven Deweirt');
    const stated = await extractText(
      'Het Ministerie van BZK heeft een Functionaris voor de Gegevensbescherming aangesteld.',
    );
    expect(stated.dpo).toMatchObject({ name: null, email: null });
  });
});

describe('cookies and vendors', () => {
  it('reads "no cookies beyond what is necessary" as essential only, and "geen cookies" as no kind', async () => {
    // BGSNL (eval/dev/bgsnl); CoronaCheck (eval/dev/vws-coronacheck)
    const only = await extractText(
      'The BGSNL Dashboard app does not use cookies or tracking technologies beyond what is necessary for authentication and app functionality.',
    );
    expect(only.cookies.map((c) => c.kind)).toEqual(['ESSENTIAL']);
    const none = await extractText(
      'De website coronacheck.nl waar onder andere deze privacyverklaring op staat plaatst geen cookies op uw apparaten.',
    );
    expect(none.cookies).toEqual([]);
  });

  it('reads a named processor, not the store an app is downloaded from, nor the controller itself', async () => {
    // CoronaCheck (eval/dev/vws-coronacheck); PostNL (eval/dev/postnl)
    const p =
      await extractText(`Vervolgens kunt u de CoronaCheck app downloaden op uw smartphone in de App Store of Google Play Store.

Het digitaal tekenen van het testbewijs gebeurt bij Prolocation B.V. Prolocation verwerkt hiervoor het IP-adres in opdracht van het ministerie en heeft in AVG termen de rol van verwerker.`);
    expect(p.processors.map((x) => `${x.processor}:${x.role}`)).toEqual(['prolocation:PROCESSOR']);
    const own = await extractText(
      'PostNL N.V. and its group companies (hereinafter called “PostNL”) aim to deliver top-quality services. PostNL reserves the right to amend this Privacy Policy.',
    );
    expect(own.processors).toEqual([]);
  });
});

describe('requests, addresses and legal forms read in more places', () => {
  it('reads how a right granted outside the rights section is exercised, and the controller e-mail near the authority', async () => {
    // BVM Parts (eval/dev/bvm-parts); Kaniou.be (eval/dev/kaniou)
    const bvm = await extractText(
      'De betrokkene heeft te allen tijde het recht om bezwaar te maken tegen het gebruik van zijn of haar persoonsgegevens voor marketingdoeleinden. Dit kan via de website van BVM Parts of door middel van telefoon of e-mail.',
    );
    expect(bvm.rightsRequest?.channels.sort()).toEqual(['EMAIL', 'PHONE']);
    const kaniou = await extractText(`6. Wat zijn jouw rechten?

Je hebt het recht om:
 • Een klacht in te dienen bij de Gegevensbeschermingsautoriteit: www.gegevensbeschermingsautoriteit.be

Voor deze rechten kun je contact opnemen via: info@kaniou.be`);
    expect(kaniou.rightsRequest?.email).toBe('info@kaniou.be');
  });

  it('reads "we hebben een maand de tijd" as the response time', async () => {
    // Cluma (seeds/documents/cluma.txt)
    const p = await extractText(
      'Indien u een van deze rechten wenst uit te oefenen, gelieve ons te contacteren via: info@cluma.com. Indien u een aanvraag doet, hebben we een maand de tijd om u te antwoorden.',
    );
    expect(p.rightsRequest?.responseTime).toBe('P1M');
  });

  it('reads a PO box address and the legal form written after the name a policy defines', async () => {
    // MinBZK (eval/dev/minbzk-regelrecht); PostNL (eval/dev/postnl)
    const p =
      await extractText(`De verwerkingsverantwoordelijke voor de verwerking van persoonsgegevens via de Portal is:

Ministerie van Binnenlandse Zaken en Koninkrijksrelaties
Postbus 20011
2500 EA Den Haag`);
    expect(p.controller.name).toBe('Ministerie van Binnenlandse Zaken en Koninkrijksrelaties');
    expect(p.controller.address).toMatchObject({ postalCode: '2500 EA', city: 'Den Haag' });
    const postnl = await extractText(
      'PostNL N.V. and its group companies (hereinafter called “PostNL”) aim to deliver top-quality services.',
    );
    expect(postnl.controller).toMatchObject({ name: 'PostNL', legalForm: 'NV' });
  });
});

describe('data lexicon variants', () => {
  it('reads member numbers, family situation, photos and payment history, and no "formation" inside "information"', async () => {
    // Scouts Heirbrug (eval/dev/scouts-heirbrug); Scouts Sint-Joris Turnhout (eval/dev/sijot-turnhout); PostNL
    const p = await extractText(`Welke gegevens verzamelen we?

Identificatiegegevens zoals naam, telefoonnummer en lidnummer.

Je gezinssituatie zoals gezinssamenstelling en contacten in geval van nood.

Afbeeldingen zoals foto’s gemaakt tijdens activiteiten en evenementen.

Financiele gegevens: Bankrekeningnummer, betaalgeschiedenis`);
    expect(codes(p.dataCategories, 'category')).toEqual(
      expect.arrayContaining([
        'bank-account',
        'marital-status',
        'payment-data',
        'registration-number',
        'uploaded-content',
      ]),
    );
    expect(p.dataCategories.map((d) => d.category)).not.toContain('financial-data');
    const en = await extractText(
      'Some of the information that you submit may be personally identifiable information (that is, information such as your full name, address, e-mail address, phone number).',
    );
    expect(en.dataCategories.map((d) => d.category)).not.toContain('education');
  });
});

describe('what is no purpose', () => {
  it('reads no purpose from a definition or from the items of a data list', async () => {
    // IT voor ondernemers (seeds/documents/it-voor-ondernemers.txt)
    const p = await extractText(`Welke persoonsgegevens verwerken wij en waarom?

Het begrip ‘verwerking’ dekt onder andere het verzamelen, vastleggen, ordenen, bewaren, archiveren en vernietigen van persoonsgegevens.

(Direct) marketing: Wij verwerken onderstaande persoonsgegevens om u te contacteren voor marketingdoeleinden:
 • Voornaam & naam
 • Financiële gegevens (betalingsgegevens)`);
    const categories = p.purposes.map((x) => x.category);
    expect(categories).toContain('DirectMarketing');
    expect(categories).not.toContain('ResearchAndStatistics');
    expect(categories).not.toContain('PaymentManagement');
  });
});

describe('controller from a contact list', () => {
  it('reads the organisation that heads the contact list a policy gives', async () => {
    // Scouts Sint-Joris Turnhout (eval/dev/sijot-turnhout)
    const p = await extractText(
      `<h4>9) Contactgegevens</h4><p>Als u vragen heeft over dit privacybeleid, Naam dan contact met ons op via:</p><ul><li>Scouts &amp; Gidsen Sint-Joris Turnhout</li><li>Sint-Jorislaan 11, 2300 Turnhout</li></ul>`,
      'text/html',
    );
    expect(p.controller.name).toBe('Scouts & Gidsen Sint-Joris Turnhout');
  });
});

describe('authorities by their names', () => {
  it('maps the Autoriteit Persoonsgegevens to ap-nl and the short French name of the Privacy Commission to the GBA', async () => {
    // BGSNL (eval/dev/bgsnl); a Belgian pre-GDPR wording ("la Commission vie privée")
    const nl = await extractText(
      'You have the right to lodge a complaint with the supervisory authority: Dutch Data Protection Authority (Autoriteit Persoonsgegevens).',
    );
    expect(nl.supervisoryAuthority).toMatchObject({ authority: 'ap-nl' });
    const be = await extractText('Vous pouvez introduire une plainte auprès de la Commission vie privée.');
    expect(be.supervisoryAuthority).toMatchObject({ authority: 'gba', namedAs: 'Commission vie privée' });
  });
});
