import { extractText } from './support/extract-text';

// Excerpts of the public policies added to the development set by extract-6 (each eval/dev/<slug>/meta.yaml names
// its source), one behaviour per test.

describe('the Dutch privacy-statement template', () => {
  it('reads the complaint right worded "de mogelijkheid heeft om een klacht in te dienen" under "Gegevens inzien, aanpassen of verwijderen"', async () => {
    // Stichting Accessibility, privacy.md (eval/dev/stichting-accessibility)
    const p = await extractText(
      `## Gegevens inzien, aanpassen of verwijderen

Stichting Accessibility wil u er tevens op wijzen dat u de mogelijkheid heeft om een klacht in te dienen bij de nationale toezichthouder, de Autoriteit Persoonsgegevens.`,
      'text/markdown',
    );
    expect(p.rights.map((r) => r.right)).toContain('COMPLAINT');
  });

  it('reads a response time in words ("binnen vier weken")', async () => {
    // DWH, privacy.nl.md (eval/dev/dwh-delft)
    const p = await extractText(
      `# Gegevens inzien, aanpassen of verwijderen

Je hebt het recht om je persoonsgegevens in te zien, te corrigeren of te verwijderen. Stuur dan een gespecificeerd verzoek naar secretaris@dwhdelft.nl.

Om er zeker van te zijn dat het verzoek tot inzage door jou is gedaan, vragen wij jou een kopie van je identiteitsbewijs bij het verzoek mee te sturen. DWH zal zo snel mogelijk, maar in ieder geval binnen vier weken, op jouw verzoek reageren.`,
      'text/markdown',
    );
    expect(p.rightsRequest?.responseTime).toBe('P4W');
  });

  it('reads the age limit of "niet de intentie gegevens te verzamelen over gebruikers die jonger zijn dan 16 jaar"', async () => {
    // Stichting Accessibility (eval/dev/stichting-accessibility); DWH (eval/dev/dwh-delft)
    const app = await extractText(
      'Onze app heeft niet de intentie gegevens te verzamelen over gebruikers die jonger zijn dan 16 jaar. Tenzij ze toestemming hebben van ouders of voogd.',
    );
    expect(app.minimumAge?.age).toBe(16);
    const dwh = await extractText(
      'DWH heeft niet de intentie om gegevens te verzamelen over personen onder de 16 jaar tenzij er toestemming is van de wettelijk verzorger.',
    );
    expect(dwh.minimumAge?.age).toBe(16);
  });

  it('reads "neemt geen op basis van geautomatiseerde verwerkingen besluiten" as no automated decision-making', async () => {
    // DWH, privacy.nl.md (eval/dev/dwh-delft)
    const p = await extractText(
      `# Geautomatiseerde besluitvorming

DWH neemt geen op basis van geautomatiseerde verwerkingen besluiten over zaken die (aanzienlijke) gevolgen kunnen hebben voor personen.`,
      'text/markdown',
    );
    expect(p.automatedDecisionMaking?.used).toBe(false);
  });
});

describe('purposes: lists of bases and of retention periods', () => {
  it('reads no purpose from a list of lawful bases, nor from a list of retention periods (fr)', async () => {
    // Efficia Digital, politique-confidentialite.html (eval/dev/efficia-digital-fr)
    const p = await extractText(
      `<h2>3. Finalités du traitement</h2>
<p>Les données sont utilisées pour :</p>
<ul><li>fournir les prestations commandées&nbsp;;</li><li>assurer la sécurité du site.</li></ul>
<h2>4. Base légale</h2>
<p>Les traitements reposent, selon les cas, sur :</p>
<ul><li>le consentement de l’utilisateur&nbsp;;</li><li>l’exécution d’un contrat ou de mesures précontractuelles&nbsp;;</li><li>le respect d’obligations légales.</li></ul>
<h2>5. Durée de conservation</h2>
<p>Les données sont conservées uniquement pendant la durée nécessaire aux finalités pour lesquelles elles ont été collectées.</p>
<ul><li>demandes de diagnostic : jusqu’à 24 mois après le dernier contact&nbsp;;</li><li>données clients : pendant la durée nécessaire à la relation commerciale et aux obligations légales&nbsp;;</li></ul>`,
      'text/html',
    );
    expect(p.purposes.map((x) => [x.category, x.legalBases])).toEqual([
      ['ServiceProvision', []],
      ['EnforceSecurity', []],
    ]);
    expect(p.legalBases.map((b) => b.code).sort()).toEqual(['CONSENT', 'CONTRACT', 'LEGAL_OBLIGATION']);
  });
});

describe('purpose wordings (nl/fr)', () => {
  it('reads answering requests as customer care, audience measurement as analytics and knowing who is a member as member management', async () => {
    // Efficia Digital (eval/dev/efficia-digital-fr)
    const fr = await extractText(
      `<h2>3. Finalités du traitement</h2>
<p>Les données sont utilisées pour :</p>
<ul><li>répondre aux demandes envoyées via le site&nbsp;;</li></ul>
<h2>9. Cookies</h2>
<p>Cloudflare Web Analytics est utilisé pour mesurer l’audience et les performances du site.</p>`,
      'text/html',
    );
    expect(fr.purposes.map((x) => x.category)).toEqual(['CustomerCare', 'ServiceUsageAnalytics']);
    // KIN vzw (eval/dev/kin-vzw)
    const kin = await extractText(
      'Wij gebruiken je gegevens voor de volgende doeleinden:\n\n- Contactformulier: om aan je vraag te voldoen, een antwoord te geven (uitvoeren opdracht).\n',
      'text/markdown',
    );
    expect(kin.purposes.map((x) => x.category)).toContain('CustomerCare');
    // DWH (eval/dev/dwh-delft)
    const dwh = await extractText(
      'DWH verwerkt jouw persoonsgegevens voor de volgende doelen:\n- Naam, geboortedatum en adres om te weten wie lid is\n',
      'text/markdown',
    );
    expect(dwh.purposes.map((x) => x.category)).toEqual(['CustomerManagement']);
  });
});

describe('data-category wordings (en/fr)', () => {
  it('reads "secteur d’activité", "informations communiquées dans les formulaires" and "any other details you choose to provide"', async () => {
    // Efficia Digital (eval/dev/efficia-digital-fr)
    const fr = await extractText(
      `<h2>2. Données collectées</h2>
<p>Lorsque vous utilisez notre site ou remplissez un formulaire, nous pouvons collecter les informations suivantes :</p>
<ul><li>secteur d’activité&nbsp;;</li><li>informations communiquées dans les formulaires.</li></ul>`,
      'text/html',
    );
    expect(fr.dataCategories.map((d) => d.category)).toEqual(['business-activity', 'user-provided-data']);
    // ASafariM (eval/dev/asafarim)
    const en = await extractText(
      `## 2. Information We Collect
If you contact us (e.g., via email or a contact form), we may collect your name, email address, and any other details you choose to provide.`,
      'text/markdown',
    );
    expect(en.dataCategories.map((d) => d.category).sort()).toEqual(['email-address', 'name', 'user-provided-data']);
  });
});

describe('controller names', () => {
  it('reads the name after "The Data Controller for the Site is:" and never the role as a name', async () => {
    // ASafariM (eval/dev/asafarim)
    const p = await extractText(
      `## 1. Data Controller
The Data Controller for the Site is:
**ASafariM**  
Hasselt, Belgium  
contact@asafarim.com`,
      'text/markdown',
    );
    expect(p.controller.name).toBe('ASafariM');
  });

  it('reads an organisation introducing itself: "Efficia Digital est un service spécialisé dans ..."', async () => {
    // Efficia Digital (eval/dev/efficia-digital-fr)
    const p = await extractText(
      `<h2>1. Qui sommes-nous ?</h2>
<p>Efficia Digital est un service spécialisé dans l’audit, le conseil et l’optimisation des fiches Google Business Profile des entreprises locales.</p>`,
      'text/html',
    );
    expect(p.controller.name).toBe('Efficia Digital');
  });
});

describe('rights and cookies worded in lists and prose (en/fr)', () => {
  it('reads "Restriction:" and "Objection: Object to certain types of data processing" in a rights list', async () => {
    // ASafariM (eval/dev/asafarim)
    const p = await extractText(
      `## 8. Your Rights Under GDPR
Subject to certain conditions, you have the right to:
- **Restriction**: Restrict how we process your data in certain circumstances.  
- **Objection**: Object to certain types of data processing.  
`,
      'text/markdown',
    );
    expect(p.rights.map((r) => r.right).sort()).toEqual(['OBJECTION', 'RESTRICTION']);
  });

  it('reads "the right to consult" and "if you do not want to receive information about our products"', async () => {
    // Belgacom, online privacy policy 2011 (eval/dev/belgacom)
    const p = await extractText(
      'If you do not want to receive information about Belgacom products and services, please read the instructions at the end of this text on how to inform us of your wish for privacy.\nYou have the right to consult and, if necessary, rectify your personal data.',
    );
    expect(p.rights.map((r) => r.right).sort()).toEqual(['ACCESS', 'OBJECT_DIRECT_MARKETING', 'RECTIFICATION']);
  });

  it('reads "cookies techniques ou analytiques" as essential and analytics cookies', async () => {
    // Efficia Digital (eval/dev/efficia-digital-fr)
    const p = await extractText(
      '<p>Des données techniques peuvent également être collectées lors de la navigation :</p><ul><li>adresse IP&nbsp;;</li><li>cookies techniques ou analytiques.</li></ul>',
      'text/html',
    );
    expect(p.cookies.map((c) => c.kind).sort()).toEqual(['ANALYTICS', 'ESSENTIAL']);
  });
});

describe('recipients', () => {
  it('reads no hosting-provider recipient from a list item that opens with a named vendor', async () => {
    // Efficia Digital (eval/dev/efficia-digital-fr)
    const p = await extractText(
      `<h2>6. Partage des données</h2>
<p>Elles peuvent être transmises à des prestataires nécessaires au fonctionnement du service, notamment :</p>
<ul><li>Cloudflare, pour l’hébergement, la sécurité et Cloudflare Web Analytics&nbsp;;</li></ul>`,
      'text/html',
    );
    expect(p.recipients.map((r) => r.category)).toEqual(['service-provider']);
    expect(p.processors.map((x) => x.processor)).toEqual(['cloudflare']);
  });
});
