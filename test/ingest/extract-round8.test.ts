import { extractText } from './support/extract-text';

// Excerpts of the public policies added to the development set by extract-8 (each eval/dev/<slug>/meta.yaml names
// its source), one behaviour per test.

describe('contact details and names', () => {
  it('reads a phone number that ends a line without running into the next heading number', async () => {
    // SPATIE BVBA, privacy view (eval/dev/spatie)
    const p = await extractText(
      `<h2>2. Wie verwerkt de persoonsgegevens?</h2>
<address>SPATIE BVBA<br>Samberstraat 69D<br>2060 Antwerpen<br>Telefoon: +32 3 292 56 79 <br></address>
<h2>3. Welke persoonsgegevens worden verwerkt?</h2>
<p>Volgende categorieën van persoonsgegevens kunnen verwerkt worden door SPATIE:</p>`,
      'text/html',
    );
    expect(p.controller.phone).toBe('+3232925679');
  });

  it('takes neither "ik" nor a "Naam" list line as the controller name', async () => {
    // Dilara Bakay, portfolio privacyverklaring (eval/dev/dilara-bakay-portfolio)
    const p = await extractText(
      `Privacyverklaring

Ik hecht veel belang aan de bescherming van persoonsgegevens en respecteer de privacy van iedere bezoeker.

Wanneer je vrijwillig contact met mij opneemt via het contactformulier of per e-mail, kunnen de volgende persoonsgegevens worden verwerkt:

Naam
E-mailadres`,
    );
    expect(['ik', 'naam']).not.toContain(p.controller.name?.toLowerCase());
  });
});

describe('processors', () => {
  it('reads services used for analytics and newsletters as processors, not software (en)', async () => {
    // T.F.V. 'Professor Francken', privacy policy (eval/dev/professor-francken)
    const p = await extractText(
      `<h3>Google Analytics</h3><p>We use Google Analytics to keep track of traffic on our website.</p>
<h3>Mailchimp</h3><p>We use Mailchimp to send our bi-weekly newsletters and other mass emails.</p>`,
      'text/html',
    );
    const roles = p.processors.map((x) => `${x.processor}:${x.role}`);
    expect(roles).toContain('google-analytics:PROCESSOR');
    expect(roles).toContain('mailchimp:PROCESSOR');
  });

  it('keeps software listed after an introducing sentence as SYSTEM (nl)', async () => {
    // Cloudware, privacyverklaring (seeds/documents/cloudware.txt)
    const p = await extractText(
      `Cloudware gebruikt de volgende computerprogramma’s of -systemen:

Odoo, Microsoft (Azure, MS Outlook, MS Word, MS Excel, …), N-Central, Take Control, PassPortal,`,
    );
    expect(p.processors.map((x) => `${x.processor}:${x.role}`)).toContain('odoo:SYSTEM');
  });

  it('reads no processor from a vendor named as owner of a privacy policy or as an outbound link (fr/nl)', async () => {
    // MakeInBelgium (eval/dev/makeinbelgium-fr); Dilara Bakay (eval/dev/dilara-bakay-portfolio)
    const fr = await extractText(
      "Nous analysons ces informations avec Google Analytics (lire la politique de confidentialité de Google et Google Analytics pour plus d'informations) afin d'améliorer notre site web.",
    );
    expect(fr.processors.map((x) => x.processor)).not.toContain('google');
    const nl = await extractText(
      'Deze website kan links bevatten naar externe websites, zoals GitHub of LinkedIn. Voor de inhoud en het privacybeleid van deze websites ben ik niet verantwoordelijk.',
    );
    expect(nl.processors).toHaveLength(0);
  });
});

describe('the general retention rule', () => {
  it('reads rules with no period in more wordings (nl/en)', async () => {
    // D.S.V. "Nieuwe Delft" (eval/dev/dsv-nieuwe-delft); BETA Netherlands (eval/dev/beta-netherlands); T.F.V.
    // 'Professor Francken' (eval/dev/professor-francken)
    const nl = await extractText(
      'Als u een contact- of aanmeldformulier op de website invult, of ons een e-mail stuurt, dan worden de gegevens die u ons toestuurt bewaard zolang als naar de aard van het formulier of de inhoud van uw e-mail nodig is voor de volledige beantwoording en afhandeling daarvan.',
    );
    expect(nl.retention?.duration).toBeNull();
    expect(nl.retention?.description).toMatch(/zolang/);
    const en = await extractText(
      'Data will not be saved for longer than necessary to fullfill the goals the data is collected for.',
    );
    expect(en.retention).not.toBeNull();
    const member = await extractText(
      'We will keep this data until you resign as a member, unless specified otherwise in this document.',
    );
    expect(member.retention).not.toBeNull();
  });

  it('reads the rule of a rights section that is no restriction right (nl)', async () => {
    // SPATIE BVBA (eval/dev/spatie)
    const p = await extractText(
      `<h2>6. Wat zijn mijn rechten?</h2>
<h3>6.1 Garantie van een rechtmatige en veilige verwerking van de persoonsgegevens</h3>
<ul><li>Persoonsgegevens worden maar bewaard zolang dit noodzakelijk is voor het verwezelijken van de omschreven en gerechtvaardigde doeleinden in deze Privacyverklaring.</li></ul>`,
      'text/html',
    );
    expect(p.retention).not.toBeNull();
    expect(p.retention?.duration).toBeNull();
  });

  it('takes the maximum period stated beside "as long as necessary" (fr)', async () => {
    // MakeInBelgium (eval/dev/makeinbelgium-fr)
    const p = await extractText(
      `### Combien de temps vos données seront-elles conservées ?
Les données à caractère personnel sont conservées aussi longtemps que nécessaire pour vous fournir le service que vous avez vous-même activé. Vos données personnelles seront conservées pendant un maximum de 5 ans après la dernière utilisation.`,
      'text/markdown',
    );
    expect(p.retention?.duration).toBe('P5Y');
  });
});

describe('legal bases', () => {
  it('reads "verwerkt voor het aangaan en uitvoeren van overeenkomsten" as the contract ground (nl)', async () => {
    // D.S.V. "Nieuwe Delft" (eval/dev/dsv-nieuwe-delft)
    const p = await extractText(
      'Uw persoonsgegevens worden door ons verwerkt voor het aangaan en uitvoeren van overeenkomsten ter zake van de eettafel van De Bolk.',
    );
    expect(p.legalBases.map((b) => b.code)).toContain('CONTRACT');
  });

  it('reads consent given for the processing (fr/en)', async () => {
    // MakeInBelgium (eval/dev/makeinbelgium-fr); T.F.V. 'Professor Francken' (eval/dev/professor-francken)
    const fr = await extractText(
      "Cela n'est fait que dans le but de fournir nos services et informations et si vous donnez votre consentement.",
    );
    expect(fr.legalBases.map((b) => b.code)).toContain('CONSENT');
    const en = await extractText(
      'When you become a member of our association, by filling in the registration form, you give us permission to store and process your personal information.',
    );
    expect(en.legalBases.map((b) => b.code)).toContain('CONSENT');
  });

  it('reads a bracketed basis of one item under "avec les bases légales suivantes" for that item only (fr)', async () => {
    // MakeInBelgium (eval/dev/makeinbelgium-fr)
    const p = await extractText(
      `### Pourquoi vos données personnelles sont-elles stockées ?
Vos données personnelles sont utilisées dans un but spécifique (et uniquement dans ce but) avec les bases légales suivantes :

- Formulaire de participation : pour répondre à votre question, pour donner une réponse (ordre d'exécution).
- Inscription à la lettre d'information : pour vous envoyer de temps en temps une lettre d'information.`,
      'text/markdown',
    );
    expect(p.legalBases.map((b) => b.code)).toContain('CONTRACT');
    const newsletter = p.purposes.find((x) => x.category === 'DirectMarketing');
    expect(newsletter?.legalBases ?? []).not.toContain('CONTRACT');
  });

  it('reads a tax-law duty to keep data as the legal-obligation ground (en)', async () => {
    // T.F.V. 'Professor Francken' (eval/dev/professor-francken)
    const p = await extractText('Due to tax law we are required to keep this data for at least 7 years.');
    expect(p.legalBases.map((b) => b.code)).toContain('LEGAL_OBLIGATION');
  });

  it('does not read a legal obligation from a disclosure condition', async () => {
    const p = await extractText(
      'We do not share your data with third parties, unless we are required by law to do so.',
    );
    expect(p.legalBases.map((b) => b.code)).not.toContain('LEGAL_OBLIGATION');
  });
});

describe('data categories', () => {
  it('reads each datum of a list run together without separators (fr)', async () => {
    // MakeInBelgium (eval/dev/makeinbelgium-fr): list lines without bullets, one Markdown paragraph
    const p = await extractText(
      `### Quelles sont les données collectées ?
Seules les données personnelles nécessaires pour remplir une certaine partie de notre service seront collectées. Il s'agit, par exemple
prénom et nom de famille
adresse électronique
numéro de téléphone`,
      'text/markdown',
    );
    const codes = p.dataCategories.map((d) => d.category);
    expect(codes).toEqual(expect.arrayContaining(['name', 'email-address', 'phone']));
    expect(codes).not.toContain('address');
  });

  it('reads no second datum from a qualifying phrase ("email address", "van uw mobiele telefoon")', async () => {
    const p = await extractText(
      `We may collect the following data:

- Email address (required)
- het besturingssysteem van uw mobiele telefoon`,
      'text/markdown',
    );
    const codes = p.dataCategories.map((d) => d.category);
    expect(codes).toContain('email-address');
    expect(codes).not.toContain('address');
    expect(codes).not.toContain('phone');
  });

  it('reads an explicit enumeration "Deze gegevens zijn: ..." in a purposes section (nl)', async () => {
    // SPATIE BVBA (eval/dev/spatie)
    const p = await extractText(
      `<h2>4. Voor welke doeleinden worden mijn persoonsgegevens gebruikt?</h2>
<p>Bij een bezoek aan het platform worden er enkele gegevens ingezameld voor statistische doeleinden. Deze gegevens zijn: IP-adres, vermoedelijke plaats van consultatie, uur en dag van consultatie, welke pagina’s er werden bezocht.</p>`,
      'text/html',
    );
    expect(p.dataCategories.map((d) => d.category)).toEqual(
      expect.arrayContaining(['ip-address', 'location', 'usage-timing', 'usage-data']),
    );
  });

  it('reads student number, study and canteen transactions in a list of member data (en)', async () => {
    // T.F.V. 'Professor Francken' (eval/dev/professor-francken)
    const p = await extractText(
      `<p>The following is a list of personal information that we store of our members.</p>
<ul><li>Student number</li><li>Current study</li><li>Canteen transactions (optional)</li></ul>`,
      'text/html',
    );
    expect(p.dataCategories.map((d) => d.category)).toEqual(
      expect.arrayContaining(['registration-number', 'education', 'payment-data']),
    );
  });

  it('reads no payment data from a verb phrase ("process transactions")', async () => {
    // Cloudar (seeds/documents/cloudar.txt)
    const p = await extractText(
      'We collect data to provide our services, to engage in transactions and to process transactions.',
    );
    expect(p.dataCategories.map((d) => d.category)).not.toContain('payment-data');
  });
});

describe('recipients', () => {
  it('reads providers of online tools and of the financial administration (en)', async () => {
    // BETA Netherlands (eval/dev/beta-netherlands)
    const p = await extractText(
      'Data might also be shared with third parties that provide us with our online web tools (G-suite) and financial administration.',
    );
    expect(p.recipients.map((r) => r.category)).toEqual(expect.arrayContaining(['it-provider', 'accountant']));
  });

  it('reads disclosure where legally required and processors under "ne ... que si" (fr)', async () => {
    // MakeInBelgium (eval/dev/makeinbelgium-fr)
    const p = await extractText(
      `### Transmission à des tiers
Vos données personnelles ne seront pas transmises à des tiers. Nous n'utilisons les services qui traitent des données à caractère personnel que si nous avons un accord de traitement avec eux. Vos données personnelles ne seront transmises que si cela est nécessaire pour la finalité pour laquelle vous avez donné votre consentement ou si cela est légalement requis et autorisé (par exemple dans le cadre d'une enquête judiciaire).`,
      'text/markdown',
    );
    expect(p.recipients.map((r) => r.category)).toEqual(
      expect.arrayContaining(['service-provider', 'public-authorities']),
    );
  });

  it('still reads a plain French negation as negated', async () => {
    const p = await extractText('Nous ne partageons pas vos données avec des prestataires de services de paiement.');
    expect(p.recipients.map((r) => r.category)).not.toContain('payment-provider');
  });
});

describe('purposes', () => {
  it('reads answering a question and keeping in contact (fr/nl)', async () => {
    // MakeInBelgium (eval/dev/makeinbelgium-fr); Dilara Bakay (eval/dev/dilara-bakay-portfolio)
    const fr = await extractText(
      `### Pourquoi vos données personnelles sont-elles stockées ?
Vos données personnelles sont utilisées dans un but spécifique avec les bases légales suivantes :
Formulaire de participation : pour répondre à votre question, pour donner une réponse (ordre d'exécution).`,
      'text/markdown',
    );
    const care = fr.purposes.find((x) => x.category === 'CustomerCare');
    expect(care?.legalBases).toContain('CONTRACT');
    const nl = await extractText(
      `Doeleinden van de verwerking

De verstrekte persoonsgegevens worden uitsluitend verwerkt voor de volgende doeleinden:

- Het onderhouden van contact naar aanleiding van een bericht.`,
      'text/markdown',
    );
    expect(nl.purposes.map((x) => x.category)).toContain('CommunicationManagement');
  });

  it('reads deducting money from a bank account as payment, not account management (en)', async () => {
    // T.F.V. 'Professor Francken' (eval/dev/professor-francken)
    const p = await extractText(
      "Your IBAN is used to automatically deduct money from your account when you've registered for an event which costs money.",
    );
    const codes = p.purposes.map((x) => x.category);
    expect(codes).toContain('PaymentManagement');
    expect(codes).not.toContain('AccountManagement');
  });

  it('reads the later items of a negated enumeration as negated, but not those after "behalve" (nl)', async () => {
    // Dilara Bakay (eval/dev/dilara-bakay-portfolio); KIN vzw (eval/dev/kin-vzw)
    const p = await extractText(
      'Persoonsgegevens worden nooit gebruikt voor commerciële doeleinden, nieuwsbrieven of marketingcampagnes.',
    );
    expect(p.purposes.map((x) => x.category)).not.toContain('DirectMarketing');
    const kin = await extractText(
      'Wij verstrekken geen persoonsgegevens aan partijen die gevestigd zijn buiten de EU, behalve Mailchimp en Google.',
    );
    expect(kin.processors.map((x) => x.processor)).toContain('mailchimp');
  });
});

describe('rights and requests', () => {
  it('reads "binnen één (1) maand" as a one-month response time (nl)', async () => {
    // SPATIE BVBA (eval/dev/spatie)
    const p = await extractText(
      `<h3>6.2 Recht op inzage/rectificatie/wissen van uw persoonsgegevens</h3>
<p>Indien u wenst uw recht op inzage te gebruiken, zal SPATIE hieraan gevolg geven binnen één (1) maand na het ontvangen van de aanvraag. De aanvraag gebeurt via aangetekende zending of via het versturen van een e-mail naar <a href="mailto:info@spatie.be">info@spatie.be</a></p>`,
      'text/html',
    );
    expect(p.rightsRequest?.responseTime).toBe('P1M');
  });

  it('reads more wordings of access, erasure and opting out of being approached (nl/en)', async () => {
    // Dilara Bakay (eval/dev/dilara-bakay-portfolio); T.F.V. 'Professor Francken' (eval/dev/professor-francken);
    // D.S.V. "Nieuwe Delft" (eval/dev/dsv-nieuwe-delft)
    const nl = await extractText(
      `Jouw rechten

Je hebt het recht om:

informatie op te vragen over de persoonsgegevens die van jou worden verwerkt;`,
    );
    expect(nl.rights.map((r) => r.right)).toContain('ACCESS');
    const en = await extractText('Members can contact the Fotocie or the board about removal of these photos.');
    expect(en.rights.map((r) => r.right)).toContain('ERASURE');
    const opt = await extractText(
      'Daarnaast kunt u ons schriftelijk op de hoogte stellen, indien u niet wilt worden benaderd door dit te melden bij navolgend adres:',
    );
    const rights = opt.rights.map((r) => r.right);
    expect(rights).toContain('OBJECT_DIRECT_MARKETING');
    expect(rights).not.toContain('AUTOMATED_DECISION');
  });
});

describe('controller name from an address block, and periods of "this data"', () => {
  it('takes the organisation heading the postal address when the text names no controller otherwise (nl)', async () => {
    // D.S.V. "Nieuwe Delft" (eval/dev/dsv-nieuwe-delft)
    const p = await extractText(
      `<p>Daarnaast kunt u ons schriftelijk op de hoogte stellen, indien u niet wilt worden benaderd door dit te melden bij navolgend adres:</p>
<p>
    D.S.V. "Nieuwe Delft"<br>
    Buitenwatersloot 1-3<br>
    2613 TA Delft
</p>`,
      'text/html',
    );
    expect(p.controller.name).toBe('D.S.V. "Nieuwe Delft"');
  });

  it('ties the period of "This data will be kept for ..." to the purposes of the sentence before (en)', async () => {
    // BETA Netherlands (eval/dev/beta-netherlands)
    const p = await extractText(
      'Information collected from participants in events is used for processing payments and related financial administration. This data will be kept for at most 3 years after the event ends.',
    );
    const payment = p.purposes.find((x) => x.category === 'PaymentManagement');
    expect(payment?.retention?.duration).toBe('P3Y');
  });
});

describe('no purpose from generic wordings', () => {
  it('reads "provide secure access" as security, not as providing the service (en)', async () => {
    // BGSNL (eval/dev/bgsnl)
    const p = await extractText(
      `We use your data for the following purposes:

- Authenticate your identity and provide secure access`,
      'text/markdown',
    );
    const codes = p.purposes.map((x) => x.category);
    expect(codes).toContain('EnforceSecurity');
    expect(codes).not.toContain('ServiceProvision');
  });

  it('reads no service provision from the purpose-limitation wording (en/nl)', async () => {
    const en = await extractText(
      'We use your personal data only for the purposes for which it has been provided to us.',
    );
    expect(en.purposes.map((x) => x.category)).not.toContain('ServiceProvision');
  });
});

describe('statutory keeping', () => {
  it('reads a tax-law duty to keep data as a legal-compliance purpose with no period for a minimum (en)', async () => {
    // T.F.V. 'Professor Francken' (eval/dev/professor-francken)
    const p = await extractText(
      'When you become a member we archive the registration form that you have filled in. Due to tax law we are required to keep these forms for at least 7 years.',
    );
    const legal = p.purposes.find((x) => x.category === 'LegalCompliance');
    expect(legal?.legalBases).toContain('LEGAL_OBLIGATION');
    expect(legal?.retention?.duration ?? null).toBeNull();
  });
});

describe('pictures in prose', () => {
  it('reads photos or video that may be used or published as uploaded content (en/nl), not when denied', async () => {
    // BETA Netherlands (eval/dev/beta-netherlands)
    const en = await extractText(
      'Any photographs or video footage made during our events may be used for promotional purposes.',
    );
    expect(en.dataCategories.map((d) => d.category)).toContain('uploaded-content');
    const nl = await extractText("Foto's van onze activiteiten worden gepubliceerd op onze website.");
    expect(nl.dataCategories.map((d) => d.category)).toContain('uploaded-content');
    const no = await extractText("Er worden geen foto's van leden gepubliceerd op onze website.");
    expect(no.dataCategories.map((d) => d.category)).not.toContain('uploaded-content');
  });
});
