import { parseDocument } from '../../src/ingest';
import { extractText } from './support/extract-text';

// Excerpts of the public policies added to the development set in eval/dev (ootb-fr, invicto-keerbergen, maasiso;
// each meta.yaml names its source), one behaviour per test. extractPolicy asserts text.slice(start, end) === quote for
// every span it returns.

const purposeOf = (p: Awaited<ReturnType<typeof extractText>>, code: string) =>
  p.purposes.filter((x) => x.category === code);

describe('list structure', () => {
  it('records the nesting depth of Markdown and HTML list items', async () => {
    const md = `* **Identificatiegegevens:**\n    * Naam (voor- en achternaam)\n    * Geslacht (indien relevant)\n* **Contactgegevens:**\n`;
    const parsed = await parseDocument(Buffer.from(md, 'utf8'), 'text/markdown');
    expect(parsed.blocks.map((b) => [parsed.text.slice(b.start, b.end), b.depth])).toEqual([
      ['Identificatiegegevens:', 1],
      ['Naam (voor- en achternaam)', 2],
      ['Geslacht (indien relevant)', 2],
      ['Contactgegevens:', 1],
    ]);
    const html = '<ul><li>Naam<ul><li>Voornaam</li></ul></li><li>Adres</li></ul>';
    const fromHtml = await parseDocument(Buffer.from(html, 'utf8'), 'text/html');
    expect(fromHtml.blocks.map((b) => b.depth)).toEqual([1, 2, 1]);
  });
});

describe('purposes (nl/fr)', () => {
  it('reads the examples nested under a purpose item as that purpose, not as purposes of their own', async () => {
    // MaasISO, privacybeleid (eval/dev/maasiso)
    const p = await extractText(
      `## Doel van de Verwerking van Persoonsgegevens

MaasISO verwerkt uw persoonsgegevens voor de volgende specifieke doeleinden:

* **Het leveren van onze consultancy diensten:** Dit omvat de verwerking van persoonsgegevens die noodzakelijk zijn voor de uitvoering van overeenkomsten met klanten met betrekking tot:
    * **ISO 27001 & 27002 Informatiebeveiliging:** Bijvoorbeeld contactgegevens van de informatiebeveiligingsverantwoordelijken.
    * **AVG/GDPR Compliance:** Bijvoorbeeld de verwerking van persoonsgegevens in het kader van privacybeleid ontwikkeling.
* **Het onderhouden van contact met klanten en prospects:** Dit omvat het reageren op vragen en het onderhouden van de relatie.
`,
      'text/markdown',
    );
    expect(p.purposes.map((x) => x.category).sort()).toEqual(['CustomerRelationshipManagement', 'ServiceProvision']);
  });

  it('ties each basis to the purposes named before it in one sentence (nl)', async () => {
    // Invicto Keerbergen VZW, privacy verklaring (eval/dev/invicto-keerbergen)
    const p = await extractText(
      'Uw persoonsgegevens worden verwerkt door Invicto Keerbergen VZW, Broekelei 9, 3140 Keerbergen, voor ledenbeheer en organisatie van clubactiviteiten op basis van de contractuele relatie als gevolg van uw inschrijving en om u op de hoogte te houden van de activiteiten van onze club op basis van het gerechtvaardigd belang om aan haar leden en ex-leden sport aan te bieden.',
    );
    expect(purposeOf(p, 'CustomerManagement')[0]?.legalBases).toEqual(['CONTRACT']);
    expect(purposeOf(p, 'ServiceProvision')[0]?.legalBases).toEqual(['CONTRACT']);
    expect(purposeOf(p, 'CommunicationManagement')[0]?.legalBases).toEqual(['LEGITIMATE_INTERESTS']);
  });

  it('reads a French purpose list, and no legal-compliance purpose from a list of bases', async () => {
    // Out of the Books ASBL, politique de confidentialité (eval/dev/ootb-fr)
    const p = await extractText(
      `## Finalité du traitement

Les données personnelles sont utilisées uniquement pour :

* Améliorer l'expérience utilisateur du site
* Communiquer avec vous si vous nous contactez

## Base légale du traitement

Le traitement des données personnelles est basé sur :

* Votre consentement explicite (newsletter, formulaires)
* Les obligations légales auxquelles nous sommes soumis
`,
      'text/markdown',
    );
    expect(purposeOf(p, 'CommunicationManagement')).toHaveLength(1);
    expect(purposeOf(p, 'LegalCompliance')).toEqual([]);
    expect(p.legalBases.map((b) => b.code).sort()).toEqual(['CONSENT', 'LEGAL_OBLIGATION']);
  });

  it('still reads a purpose listed under a legal-obligation basis (en)', async () => {
    // BGSNL, privacy policy (eval/dev/bgsnl)
    const p = await extractText(
      `## 4. Legal Basis for Processing

We process your personal data based on:

### 4.2 Legal Obligation (Article 6(1)(c) GDPR)
- **Security logging:** Required for cybersecurity compliance
- **Data breach notification:** Required under GDPR
`,
      'text/markdown',
    );
    expect(purposeOf(p, 'LegalCompliance')[0]?.legalBases).toEqual(['LEGAL_OBLIGATION']);
  });

  it('reads every example purpose of a legitimate-interest item (nl)', async () => {
    // MaasISO, privacybeleid (eval/dev/maasiso)
    const p = await extractText(
      `## Rechtsgrondslag van de Verwerking

MaasISO verwerkt uw persoonsgegevens op basis van de volgende rechtsgrondslagen:

* **Gerechtvaardigd belang:** Wij kunnen uw persoonsgegevens verwerken indien wij een gerechtvaardigd belang hebben dat zwaarder weegt dan uw privacybelangen. Dit kan bijvoorbeeld het geval zijn bij het onderhouden van onze klantrelatie, het verbeteren van onze diensten of voor direct marketingdoeleinden naar bestaande klanten.
`,
      'text/markdown',
    );
    for (const code of ['CustomerRelationshipManagement', 'ServiceOptimisation', 'DirectMarketing'])
      expect(purposeOf(p, code)[0]?.legalBases).toEqual(['LEGITIMATE_INTERESTS']);
  });
});

describe('controller identity', () => {
  it('reads an e-mail address written with [AT], and the effective date (nl)', async () => {
    // Invicto Keerbergen VZW, privacy verklaring (eval/dev/invicto-keerbergen)
    const p = await extractText(
      `Uw persoonsgegevens worden verwerkt door Invicto Keerbergen VZW, Broekelei 9, 3140 Keerbergen, [privacy [AT] invictokeerbergen.be](mailto:privacy@invictokeerbergen.be), voor ledenbeheer.

Huidige versie is deze en is van toepassing vanaf 16 september 2021
`,
      'text/markdown',
    );
    expect(p.controller.email).toBe('privacy@invictokeerbergen.be');
    expect(p.controller.address).toMatchObject({ postalCode: '3140', city: 'Keerbergen' });
    expect(p.document.lastUpdated).toBe('2021-09-16');
  });

  it('reads a house-number range and a legal form given as a field (nl)', async () => {
    // MaasISO, privacybeleid (eval/dev/maasiso)
    const p = await extractText(
      `## Verwerkingsverantwoordelijke en Contactgegevens

MaasISO is de verwerkingsverantwoordelijke voor de persoonsgegevens die worden verzameld.

* **Naam van de organisatie:** MaasISO
* **Rechtsvorm:** Eenmanszaak
* **Adres:** Jol 11-41, 8243EE Lelystad
* **E-mailadres:** info@maasiso.nl
`,
      'text/markdown',
    );
    expect(p.controller).toMatchObject({
      name: 'MaasISO',
      legalForm: 'Eenmanszaak',
      address: { street: 'Jol 11-41', postalCode: '8243EE', city: 'Lelystad', country: 'NL' },
    });
  });

  it('reads a name with "of the", the site named bare, not the web agency credited (fr)', async () => {
    // Out of the Books ASBL, politique de confidentialité (eval/dev/ootb-fr)
    const p = await extractText(
      `## Objet

La présente politique de confidentialité informe les utilisateurs du site internet outofthebooks.com des modalités de traitement de leurs données personnelles.

## Identité et coordonnées du responsable du traitement

Out of the Books ASBL
Avenue des Arts 56
1000 Bruxelles (BE)

## Crédits

Le site outofthebooks.org a été créé par Guillaume Gustin ([https://pwablo.be/](https://pwablo.be/)).
`,
      'text/markdown',
    );
    expect(p.controller).toMatchObject({ name: 'Out of the Books', legalForm: 'ASBL' });
    expect(p.controller.website).toBe('https://outofthebooks.com');
  });
});

describe('data categories', () => {
  const categories = (p: Awaited<ReturnType<typeof extractText>>) =>
    [...new Set(p.dataCategories.map((d) => d.category))].sort();

  it('reads nested data lists by their items, not their group headings or the controller block (nl)', async () => {
    // MaasISO, privacybeleid (eval/dev/maasiso)
    const p = await extractText(
      `## Verwerkingsverantwoordelijke en Contactgegevens

De contactgegevens van MaasISO zijn als volgt:

* **Naam van de organisatie:** MaasISO
* **Rechtsvorm:** Eenmanszaak

## Categorieën van Persoonsgegevens die Worden Verwerkt

MaasISO kan de volgende categorieën van persoonsgegevens verwerken:

* **Identificatiegegevens:**
    * Naam (voor- en achternaam)
* **Financiële gegevens:**
    * Bankrekeningnummer (alleen indien noodzakelijk voor betalingen)
    * Informatie over betalingen en openstaande saldi
* **Technische gegevens (zonder cookies):**
    * Datum en tijd van toegang tot onze website
    * De pagina's die u op onze website bezoekt
* **Overige gegevens:**
    * Alle andere persoonsgegevens die u vrijwillig aan ons verstrekt.
`,
      'text/markdown',
    );
    expect(categories(p)).toEqual([
      'bank-account',
      'name',
      'payment-data',
      'usage-data',
      'usage-timing',
      'user-provided-data',
    ]);
  });

  it('reads the data a sub-heading of the data section names (nl)', async () => {
    // Invicto Keerbergen VZW, privacy verklaring (eval/dev/invicto-keerbergen)
    const p = await extractText(
      `### Categorieën van persoonsgegevens
In het kader van onze activiteiten verwerken wij de volgende gegevens (indien van toepassing):

#### Naam en adresgegevens
* Nationaliteit
* Geboortedatum
`,
      'text/markdown',
    );
    expect(categories(p)).toEqual(['address', 'date-of-birth', 'name', 'nationality']);
  });

  it('reads data named with an adjective before "comme", and form data (fr)', async () => {
    // Out of the Books ASBL, politique de confidentialité (eval/dev/ootb-fr)
    const p = await extractText(
      `## Données personnelles traitées

* Les données fournies volontairement via les formulaires de contact

## Hébergement du site

Netlify peut collecter certaines données techniques (comme les adresses IP) à des fins de sécurité et de performance du site.
`,
      'text/markdown',
    );
    expect(categories(p)).toEqual(['ip-address', 'user-provided-data']);
  });
});

describe('closed classes: what is no right, basis or DPO', () => {
  it('reads no erasure right from deleting cookies in the browser (nl/fr)', async () => {
    // Cookie paragraphs as in eval/dev/sijot-turnhout and eval/dev/que-bringue-fr
    for (const text of [
      'Cookies kunt u wissen via de instellingen van uw browser.',
      'Vous pouvez supprimer les cookies via les paramètres de votre navigateur.',
    ])
      expect((await extractText(text)).rights).toEqual([]);
    const p = await extractText('U heeft het recht om uw gegevens te laten verwijderen.');
    expect(p.rights.map((r) => r.right)).toEqual(['ERASURE']);
  });

  it('reads "access and correct" as the right to rectification (en)', async () => {
    // Networking4all B.V., privacy policy (eval/dev/networking4all, pre-GDPR wording)
    const p = await extractText('You have the right to access and correct your personal data.');
    expect(p.rights.map((r) => r.right).sort()).toEqual(['ACCESS', 'RECTIFICATION']);
  });

  it('reads no vital-interests basis from a condition of disclosure (nl)', async () => {
    // MaasISO, privacybeleid (eval/dev/maasiso)
    const p = await extractText(
      `## Ontvangers of Categorieën van Ontvangers van de Persoonsgegevens

* **Andere derden:** In uitzonderlijke gevallen kunnen wij uw persoonsgegevens met andere derden delen, maar dit zal alleen gebeuren met uw uitdrukkelijke toestemming of indien dit noodzakelijk is om uw vitale belangen of de vitale belangen van een ander te beschermen.
`,
      'text/markdown',
    );
    expect(p.legalBases.map((b) => b.code)).not.toContain('VITAL_INTERESTS');
  });

  it('reads a "Functionaris Gegevensbescherming" contact, not the role sold as a service (nl)', async () => {
    // Invicto Keerbergen VZW (eval/dev/invicto-keerbergen); MaasISO (eval/dev/maasiso)
    const named = await extractText(`Verwerkingsverantwoordelijke en Functionaris Gegevensbescherming
De verwerkingsverantwoordelijke voor de verwerking van Uw persoonsgegevens is:

Kim Lauwers
Broekelei 9
3140 Keerbergen`);
    expect(named.dpo?.name).toBe('Kim Lauwers');
    const sold = await extractText(
      'MaasISO biedt privacy en gegevensbescherming (AVG/GDPR compliance, Functionaris Gegevensbescherming (FG) diensten) aan. Het leveren van diensten als Functionaris Gegevensbescherming (FG) aan klanten. Contact: Niels Maas, info@maasiso.nl.',
    );
    expect(sold.dpo).toBeNull();
  });
});

describe('requests, cookies, transfers and vendors', () => {
  it('reads an e-mail request to the contact details given elsewhere, and the identification asked (nl)', async () => {
    // MaasISO, privacybeleid (eval/dev/maasiso)
    const p = await extractText(
      `## Verwerkingsverantwoordelijke en Contactgegevens

MaasISO is de verwerkingsverantwoordelijke voor de persoonsgegevens.

* **E-mailadres:** info@maasiso.nl

## Uw Rechten

Om uw rechten uit te oefenen, kunt u een schriftelijk verzoek (per e-mail of per post) richten aan de contactpersoon voor privacyzaken van MaasISO (zie artikel 2 voor de contactgegevens). Wij zullen uw verzoek binnen de wettelijke termijn van één maand behandelen. Mogelijk vragen wij u om u te identificeren voordat wij uw verzoek in behandeling nemen.
`,
      'text/markdown',
    );
    expect(p.rightsRequest).toMatchObject({ email: 'info@maasiso.nl', responseTime: 'P1M' });
    expect(p.rightsRequest?.channels.sort()).toEqual(['EMAIL', 'POST']);
    expect(p.rightsRequest?.identityProof).not.toBeNull();
  });

  it('reads no postal channel from "een schriftelijk verzoek" alone (nl)', async () => {
    // Invicto Keerbergen VZW (eval/dev/invicto-keerbergen)
    const p = await extractText(
      'U kan deze rechten ten allen tijde uitvoeren door een schriftelijk verzoek te zenden aan de clubverantwoordelijke.',
    );
    expect(p.rightsRequest?.channels ?? []).not.toContain('POST');
  });

  it('reads no cookie from data processed "zonder cookies", and no transfer that is only foreseen (nl)', async () => {
    // MaasISO, privacybeleid (eval/dev/maasiso)
    const p = await extractText(
      `* **Technische gegevens (zonder cookies):**
    * IP-adres

In principe streven wij ernaar om uw persoonsgegevens binnen de Europese Economische Ruimte (EER) te verwerken. Indien het echter noodzakelijk mocht zijn om persoonsgegevens door te geven naar landen buiten de EER, zullen wij ervoor zorgen dat er passende waarborgen zijn getroffen.
`,
      'text/markdown',
    );
    expect(p.cookies).toEqual([]);
    expect(p.transfersOutsideEEA).toBeNull();
  });

  it('recognises the host Netlify and back-ups in Google Cloud as processors, LinkedIn consulted as a source', async () => {
    // Out of the Books ASBL (eval/dev/ootb-fr); Invicto Keerbergen VZW (eval/dev/invicto-keerbergen); MaasISO
    const p = await extractText(
      `Le site web outofthebooks.com est hébergé par Netlify, un service d'hébergement reconnu pour sa fiabilité.

Wat Invicto Keerbergen betreft zijn dit antivirussoftware op PC en laptop, back ups via google-Cloud, gebruik van wachtwoorden.

In sommige gevallen kunnen wij openbaar beschikbare informatie over uw functie raadplegen, bijvoorbeeld via LinkedIn.`,
    );
    expect(p.processors.map((x) => `${x.processor}:${x.role}`).sort()).toEqual([
      'google:PROCESSOR',
      'linkedin:DATA_SOURCE',
      'netlify:PROCESSOR',
    ]);
  });
});

describe('plain text and unheaded pages (nl)', () => {
  it('reads one item per line in text whose paragraphs are unwrapped lines', async () => {
    // KIN vzw, privacyverklaring (eval/dev/kin-vzw): a template string shown with nl2br
    const long =
      'Door bepaalde onderdelen van deze site te gebruiken of door je in te schrijven op de nieuwsbrief geef je informatie door die toelaat jou als persoon te identificeren.';
    const p = await extractText(`Privacyverklaring
${long}

${long}

${long}

Je hebt altijd het recht om jouw bewaarde persoonsgegevens:

op te vragen en in te kijken,
te (laten) wijzigen,
te (laten) schrappen.
Dit kan voor één of meerdere vermeldingen in verschillende databases.

Zo verwerken we jouw gegevens
naam + naam organisatie
adres
eventueel: telefoonnummer
e-mailadres`);
    expect(p.rights.map((r) => r.right).sort()).toEqual(['ACCESS', 'ERASURE', 'RECTIFICATION']);
    expect([...new Set(p.dataCategories.map((d) => d.category))].sort()).toEqual([
      'address',
      'company-name',
      'email-address',
      'name',
      'phone',
    ]);
  });

  it('reads rights, data and a purpose from an unheaded page (html)', async () => {
    // KLJ Wiekevorst, privacy (eval/dev/klj-wiekevorst)
    const p = await extractText(
      `<h1>Privacy</h1>
<p>Je hebt natuurlijk ook het recht om alle gegevens die KLJ Wiekevorst over jou heeft op te vragen en in te kijken. Indien gewenst kunnen we ook al je gegevens verwijderen uit ons archief.</p>
<ul>
<li>Daarnaast hebben we ook een eigen, lokaal archief waarin we oude ledenbestanden bijhouden. Het bevat namen, adressen, geboortedata, e-mailadressen, leeftijdsgroepen.</li>
<li>Om in geval van nood snel te kunnen reageren, houden we ook medische fiches bij.</li>
</ul>`,
      'text/html',
    );
    expect(p.rights.map((r) => r.right).sort()).toEqual(['ACCESS', 'ERASURE']);
    expect(p.dataCategories.map((d) => d.category).sort()).toEqual([
      'address',
      'date-of-birth',
      'email-address',
      'name',
    ]);
    expect(purposeOf(p, 'ProtectionOfVitalInterests')).toHaveLength(1);
  });
});

describe('exceptions and complaint sites (nl)', () => {
  it('reads transfers to the vendors a denial excepts, and no controller site from a complaint pointer', async () => {
    // KIN vzw, privacyverklaring (eval/dev/kin-vzw)
    const p = await extractText(`Dit privacybeleid is van toepassing op de diensten van KIN vzw.

Wij verstrekken geen persoonsgegevens aan partijen die gevestigd zijn buiten de EU, behalve Mailchimp en Google.

Meer informatie over klachtenprocedures vind je op deze website: https://overheid.vlaanderen.be/vlaamse-toezichtcommissie`);
    expect(p.transfersOutsideEEA?.occurs).toBe(true);
    expect(p.controller.website).toBeNull();
    const none = await extractText(
      'Wij geven uw gegevens niet door aan partijen buiten de Europese Economische Ruimte.',
    );
    expect(none.transfersOutsideEEA?.occurs).toBe(false);
  });
});
