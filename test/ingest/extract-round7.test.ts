import { extractText } from './support/extract-text';

// Excerpts of the public policies added to the development set by extract-7 (each eval/dev/<slug>/meta.yaml names
// its source), one behaviour per test.

describe('the Dutch privacy-statement generator ("Wat mag je van ons vragen?")', () => {
  it('reads the request channel, response time and identification under "Hoe dien je een aanvraag of klacht in?"', async () => {
    // Kraye, privacy_policy.md (eval/dev/kraye)
    const p = await extractText(
      `### 11. Wat mag je van ons vragen?
Omdat we persoonsgegevens van je gebruiken, heb je verschillende rechten.

#### Hoe dien je een aanvraag of klacht in?
Stuur je aanvraag of klacht naar ons via [vanderloonarthur@gmail.com](mailto:vanderloonarthur@gmail.com). We verwerken je aanvraag of klacht binnen 30 dagen. We kunnen je vragen om je te identificeren.`,
      'text/markdown',
    );
    expect(p.rightsRequest?.channels).toContain('EMAIL');
    expect(p.rightsRequest?.email).toBe('vanderloonarthur@gmail.com');
    expect(p.rightsRequest?.responseTime).toBe('P30D');
    expect(p.rightsRequest?.identityProof).not.toBeNull();
  });

  it('reads "als je jonger bent dan 18 jaar, ... toestemming nodig van een ouder" as minimum age 18', async () => {
    // Kraye (eval/dev/kraye)
    const p = await extractText(
      'Dit houdt in dat als je jonger bent dan 18 jaar, je toestemming nodig hebt van een ouder of voogd om gebruik te maken van onze website.',
    );
    expect(p.minimumAge?.age).toBe(18);
  });

  it('reads data processed and stored within the EEA as no transfer outside it (nl/en)', async () => {
    // Kraye (eval/dev/kraye); ASVGay (eval/dev/asvgay-rhapsodies)
    const nl = await extractText(
      'We verwerken je gegevens binnen de Europese Economische Ruimte (EER). Dit houdt in dat we ook je gegevens binnen de EER opslaan.',
    );
    expect(nl.transfersOutsideEEA?.occurs).toBe(false);
    const en = await extractText(
      'We process your data within the European Economic Area. This means that we also store your data within the EEA.',
    );
    expect(en.transfersOutsideEEA?.occurs).toBe(false);
  });

  it('still reads a transfer outside the EEA where one is stated beside storage within it', async () => {
    const p = await extractText(
      'We store your data within the EEA. Some data are transferred to the United States, outside the EEA, under standard contractual clauses.',
    );
    expect(p.transfersOutsideEEA?.occurs).toBe(true);
  });

  it('reads no longer wishing to receive e-mails as an objection to direct marketing (nl/en)', async () => {
    // Kraye (eval/dev/kraye); ASVGay (eval/dev/asvgay-rhapsodies)
    const nl = await extractText(
      `#### Recht om bezwaar te maken
Dit recht geldt voor de gegevens die we gebruiken voor direct marketing. Zo kun je bij ons aangeven dat je niet langer mail van ons wilt ontvangen.`,
      'text/markdown',
    );
    expect(nl.rights.map((r) => r.right)).toContain('OBJECT_DIRECT_MARKETING');
    const en = await extractText(
      '- **Right to object**: This right applies to the data we use for direct marketing. You can indicate to us that you no longer wish to receive e-mails from us.',
      'text/markdown',
    );
    expect(en.rights.map((r) => r.right)).toContain('OBJECT_DIRECT_MARKETING');
  });
});

describe('rights in prose (en, pre-GDPR)', () => {
  it('reads "may amend the information" as rectification and "do not wish to receive such information" as an objection to marketing', async () => {
    // Auctelia, CITP snapshot 2016 (eval/dev/auctelia)
    const p = await extractText(
      'Persons whose personal data have been collected are allowed access to the information held about them and may amend the information contained therein. This information can also be used to offer you products and services which we believe may be of interest to you, except if you expressly notify us that you do not wish to receive such information.',
    );
    const rights = p.rights.map((r) => r.right);
    expect(rights).toEqual(expect.arrayContaining(['ACCESS', 'RECTIFICATION', 'OBJECT_DIRECT_MARKETING']));
  });
});

describe('lawful bases', () => {
  it('reads "Grondslag ... is: De overeengekomen opdracht" as the contract basis', async () => {
    // Stichting Buurthuis Keijenburg (eval/dev/buurthuis-keijenburg)
    const p = await extractText(
      `Verwerking van persoonsgegevens van Klanten of leveranciers worden door Keijenburg verwerkt ten behoeve van de volgende doelstelling(en):
- Administratieve doeleinden
- Het uitvoering geven aan of het uitgeven van een opdracht

Grondslag voor deze persoonsgegevens is: De overeengekomen opdracht.`,
      'text/markdown',
    );
    expect(p.legalBases.map((b) => b.code)).toContain('CONTRACT');
  });

  it('reads "we moeten onze wettelijke taak uitvoeren" as the public-task basis', async () => {
    // Kraye (eval/dev/kraye)
    const p = await extractText(
      `### 6. Waarvoor gebruiken we je gegevens?
We gebruiken je persoonsgegevens alleen voor het doel waar we die voor mogen gebruiken:
- we moeten onze wettelijke taak uitvoeren`,
      'text/markdown',
    );
    expect(p.legalBases.map((b) => b.code)).toEqual(['PUBLIC_TASK']);
  });

  it('reads no basis from the condition of the objection and portability rights outside a rights section', async () => {
    // GDPR art. 20 and 21 wording as policies repeat it in prose
    const p = await extractText(
      'Tevens kunt u bezwaar maken tegen de verwerking van uw gegevens op basis van gerechtvaardigd belang. You may ask for data portability of the data we process on the basis of your consent.',
    );
    expect(p.legalBases).toEqual([]);
  });
});

describe('data categories', () => {
  it('reads the data a verb of recording lists in a paragraph ("Fedict enregistre, ... votre adresse IP, votre navigateur, ...")', async () => {
    // Fedict, app/lang/fr/disclaimer.php (eval/dev/fedict-fr)
    const p = await extractText(
      `<h2>4. Fichiers de journalisation (« log »)</h2>
<p>
    Lorsque vous visitez ce site web, Fedict enregistre, outre les données précitées, votre adresse IP, votre navigateur, votre système d'exploitation, votre résolution d’écran, le site web externe qui vous a transféré jusqu’au présent site web, les pages que vous avez consultées sur le présent site web, la date et l’heure auxquelles vous avez consulté chaque page.
</p>`,
      'text/html',
    );
    expect(p.dataCategories.map((d) => d.category)).toEqual(
      expect.arrayContaining([
        'ip-address',
        'browser-type',
        'operating-system',
        'device-type',
        'referrer',
        'usage-data',
        'usage-timing',
      ]),
    );
  });

  it('reads "Kopie ID-kaart" and "Bank gegevens" in a data list (nl)', async () => {
    // Stichting Buurthuis Keijenburg (eval/dev/buurthuis-keijenburg)
    const p = await extractText(
      `Voor de bovenstaande doelstelling(en) kan Buurthuis Keijenburg de volgende persoonsgegevens van je vragen:
- Voornaam
- Kopie ID-kaart
- Bank gegevens  (enkel van medewerkers)`,
      'text/markdown',
    );
    expect(p.dataCategories.map((d) => d.category)).toEqual(['name', 'identity-document', 'bank-account']);
  });

  it('reads messages, uploaded media and error reports an app lists (nl)', async () => {
    // Karatapp, privacy_policy_nl.dart (eval/dev/karatapp)
    const p = await extractText(
      `2. Welke gegevens we verzamelen
- Inhoud die jij plaatst: berichten, reacties en media die je uploadt.
- Technische gegevens: foutmeldingen en basisdiagnose om de app te verbeteren.`,
    );
    expect(p.dataCategories.map((d) => d.category)).toEqual(
      expect.arrayContaining(['message-content', 'uploaded-content', 'login-history']),
    );
  });

  it('reads the websites visited before and after and the length of the visit (en)', async () => {
    // Auctelia, CITP snapshot 2016 (eval/dev/auctelia)
    const p = await extractText(
      `#### What kind of information do we collect?

We collect and use the following information:

  * The websites that you visited before and after using our website;
  * The length of your visit to our Website.`,
      'text/markdown',
    );
    expect(p.dataCategories.map((d) => d.category)).toEqual(['browsing-behaviour', 'usage-timing']);
  });
});

describe('purposes', () => {
  it('reads French restrictive "ne ... que" as no negation ("ne seront utilisées que pour pouvoir vous fournir ...")', async () => {
    // Fedict, app/lang/fr/disclaimer.php (eval/dev/fedict-fr)
    const p = await extractText(
      `<h2>2. Traitement de données à caractère personnel</h2>
<p>Les données que vous communiquerez par le biais du site web ne seront utilisées que pour pouvoir vous fournir les informations demandées et vous envoyer la (ou les) lettre(s) d’informations souhaitée(s).</p>`,
      'text/html',
    );
    expect(p.purposes.map((x) => x.category)).toEqual(['CustomerCare', 'DirectMarketing']);
  });

  it('reads the items under "What do we use your data for?" (en)', async () => {
    // ASVGay, src/lib/privacy-policy.md (eval/dev/asvgay-rhapsodies)
    const p = await extractText(
      `### 6. What do we use your data for?

We only use your personal data for the purpose for which we are allowed to use it:

- display your name to other users.
- send e-mails to your e-mail address`,
      'text/markdown',
    );
    expect(p.purposes.map((x) => x.category)).toEqual(['ServiceProvision', 'CommunicationManagement']);
  });

  it('reads a central administration, fraud prevention and risk management in one item (nl)', async () => {
    // Kraye (eval/dev/kraye)
    const p = await extractText(
      `### 6. Waarvoor gebruiken we je gegevens?
We gebruiken je persoonsgegevens alleen voor het doel waar we die voor mogen gebruiken:
- we gebruiken je gegevens omdat we een centrale administratie bijhouden, marketingactiviteiten verrichten, fraude willen voorkomen en bestrijden en de gegevens gebruiken voor risicobeheersing`,
      'text/markdown',
    );
    expect(p.purposes.map((x) => x.category)).toEqual(
      expect.arrayContaining(['CustomerManagement', 'FraudPreventionAndDetection', 'EnforceSecurity']),
    );
  });
});

describe('the general retention rule', () => {
  it('reads "zolang je account actief is of zolang dit nodig is" as a rule without a period (nl)', async () => {
    // Karatapp, privacy_policy_nl.dart (eval/dev/karatapp)
    const p = await extractText(
      `7. Bewaartermijnen
We bewaren gegevens zolang je account actief is of zolang dit nodig is voor de app.`,
    );
    expect(p.retention?.duration).toBeNull();
    expect(p.retention?.evidence[0].quote).toContain('zolang');
  });

  it('reads "niet langer ... dan voor de doeleinden noodzakelijk" and "la durée strictement nécessaire" as rules', async () => {
    // GDPR art. 5(1)(e) wording as policies repeat it
    const nl = await extractText(
      'Wij bewaren uw gegevens niet langer dan voor de doeleinden waarvoor ze zijn verzameld noodzakelijk is.',
    );
    expect(nl.retention?.duration).toBeNull();
    const fr = await extractText('Vos données sont conservées pendant la durée strictement nécessaire.');
    expect(fr.retention?.duration).toBeNull();
  });

  it('reads no retention rule from the explanation of the restriction right', async () => {
    // Qué bringue, politique-de-confidentialite.blade.php (eval/dev/que-bringue-fr)
    const p = await extractText(
      `## Vos droits

Droit à la limitation du traitement : Vos données seront simplement conservées durant le temps nécessaires à la limitation du traitement.`,
      'text/markdown',
    );
    expect(p.retention).toBeNull();
  });
});

describe('the controller named as responsible for the website', () => {
  it('reads "Kraye is verantwoordelijk voor de website" and "ASVGay is responsible for the website"', async () => {
    // Kraye (eval/dev/kraye); ASVGay (eval/dev/asvgay-rhapsodies)
    const nl = await extractText(
      `### 2. Wie gebruikt je gegevens?
Kraye is verantwoordelijk voor de website [https://www.arthurross.nl](https://www.arthurross.nl) en daarmee de verantwoordelijke organisatie voor het gebruik van je persoonsgegevens zoals beschreven in deze privacyverklaring.`,
      'text/markdown',
    );
    expect(nl.controller.name).toBe('Kraye');
    const en = await extractText(
      `### 2. Who uses your data?

ASVGay is responsible for the website rhapsodies and therefore the responsible person for the use of your
personal data as described in this privacy statement.`,
      'text/markdown',
    );
    expect(en.controller.name).toBe('ASVGay');
  });
});

describe('rights in GDPR and common wordings (nl/en/fr)', () => {
  it('reads access, restriction, withdrawal and complaint wordings outside the commonest phrasings', async () => {
    // GDPR art. 7(3), 15, 18 and 77 wordings as policies repeat them
    const nl = await extractText('U heeft recht op toegang tot uw persoonsgegevens.');
    expect(nl.rights.map((r) => r.right)).toEqual(['ACCESS']);
    const en = await extractText(
      'You may ask us to limit the use of your data. You can withdraw at any time your consent.',
    );
    expect(en.rights.map((r) => r.right).sort()).toEqual(['RESTRICTION', 'WITHDRAW_CONSENT']);
    const fr = await extractText(
      "Vous pouvez retirer à tout moment votre consentement et introduire une plainte auprès de l'Autorité de protection des données.",
    );
    expect(fr.rights.map((r) => r.right).sort()).toEqual(['COMPLAINT', 'WITHDRAW_CONSENT']);
  });

  it('reads an opt-out of publication or sharing as an objection, and corrections on notice as rectification', async () => {
    // KLJ Wiekevorst (eval/dev/klj-wiekevorst); Belgacom (eval/dev/belgacom); Belgocontrol (eval/dev/belgocontrol)
    const klj = await extractText(
      "Indien je niet wil dat er foto's van jou of je kind worden gepubliceerd, gelieve dan contact op te nemen.",
    );
    expect(klj.rights.map((r) => r.right)).toContain('OBJECTION');
    const belgacom = await extractText(
      'If you do not want your data to be shared with the subsidiaries of the Belgacom Group, please read the instructions at the end of this text.',
    );
    expect(belgacom.rights.map((r) => r.right)).toContain('OBJECTION');
    const belgocontrol = await extractText(
      'If you advise us that your Personal Information is no longer accurate we will, so far as practicable, make corrections.',
    );
    expect(belgocontrol.rights.map((r) => r.right)).toEqual(['RECTIFICATION']);
  });

  it('reads "do not wish to receive this information" as an objection to marketing, but an unsubscribe link as withdrawal only', async () => {
    // Hyves (eval/dev/hyves); PostNL (eval/dev/postnl)
    const hyves = await extractText('Please let us know if you do not wish to receive this information.');
    expect(hyves.rights.map((r) => r.right)).toEqual(['OBJECT_DIRECT_MARKETING']);
    const postnl = await extractText(
      'If you no longer wish to receive this information you can unsubscribe [here] or by clicking the unsubscribe link included in every e-mail we send.',
    );
    expect(postnl.rights.map((r) => r.right)).toEqual(['WITHDRAW_CONSENT']);
  });
});

describe('cookies', () => {
  it('reads a language-preference cookie as functional (fr) and no kind from a definition of cookies', async () => {
    // Fedict, app/lang/fr/disclaimer.php (eval/dev/fedict-fr)
    const fedict = await extractText(
      'Les cookies sur ce site web sont utilisés pour retenir votre préférence linguistique, pour recueillir des statistiques de visite du site web et pour gérer la capacité en interne.',
    );
    expect(fedict.cookies.map((c) => c.kind).sort()).toEqual(['ANALYTICS', 'FUNCTIONAL']);
    const definition = await extractText(
      'Een cookie is een klein tekstbestand dat noodzakelijk is voor de werking van veel websites en dat analyse mogelijk maakt.',
    );
    expect(definition.cookies.map((c) => c.kind)).toEqual(['UNSPECIFIED']);
  });
});

describe('purpose precision', () => {
  it('reads no purpose from the policy describing itself, nor from an account that bounds a period', async () => {
    // Auctelia (eval/dev/auctelia); Karatapp (eval/dev/karatapp)
    const auctelia = await extractText(
      'This Privacy Policy provides an explanation as to how Auctelia uses any of the personal information provided to us by our Users.',
    );
    expect(auctelia.purposes).toEqual([]);
    const karatapp = await extractText(
      `7. Bewaartermijnen
We bewaren gegevens zolang je account actief is of zolang dit nodig is voor de app.`,
    );
    expect(karatapp.purposes.map((x) => x.category)).not.toContain('AccountManagement');
  });

  it('reads no purpose from an item naming kinds of cookies, but one from an item saying what cookies are used for', async () => {
    // Kraye (eval/dev/kraye); Cluma (seeds/documents/cluma.txt)
    const kraye = await extractText(
      `### 13. Welke cookies gebruiken we?
We gebruiken de volgende soorten cookies op onze website:
- functionele cookies, zoals sessie- en login cookies voor het bijhouden van sessie- en inloginformatie`,
      'text/markdown',
    );
    expect(kraye.purposes).toEqual([]);
    const cluma = await extractText(
      `## Cookies
- Marketinggerelateerde cookies – Deze cookies worden gebruikt om informatie teverzamelen over uw bezoek aan onze website, de content die u bekeek, de links die uvolgde. Dezecookies omvatten onder meer nieuwsbrieven / remarketing etc.`,
      'text/markdown',
    );
    expect(cluma.purposes.map((x) => x.category)).toContain('DirectMarketing');
  });

  it('reads offering products that may interest the person as direct marketing (en)', async () => {
    // Auctelia (eval/dev/auctelia)
    const p = await extractText(
      `#### Why do we collect your personal information?

This information can also be used to offer you products and services which we believe may be of interest to you, except if you expressly notify us that you do not wish to receive such information.`,
      'text/markdown',
    );
    expect(p.purposes.map((x) => x.category)).toEqual(['DirectMarketing']);
  });
});

describe('recipients', () => {
  it('reads hosting by Supabase as a processor and disclosure "wanneer de wet dit vereist" as public authorities', async () => {
    // Karatapp, privacy_policy_nl.dart (eval/dev/karatapp)
    const p = await extractText(
      `6. Delen met derden
We delen jouw gegevens niet met derden, behalve wanneer dat technisch nodig is
voor hosting (zoals Supabase) of wanneer de wet dit vereist.`,
    );
    expect(p.processors.map((x) => x.processor)).toEqual(['supabase']);
    expect(p.recipients.map((r) => r.category).sort()).toEqual(['hosting-provider', 'public-authorities']);
  });
});

describe('service provision precision', () => {
  it('reads no service-provision purpose from "service(s)" as the object of informing or of preferences', async () => {
    // PostNL (eval/dev/postnl); Hyves (eval/dev/hyves)
    const postnl = await extractText(
      'This address will only be used for communicating with you and keeping you informed of new developments concerning the products and services of PostNL and other related companies.',
    );
    expect(postnl.purposes.map((x) => x.category)).not.toContain('ServiceProvision');
    const hyves = await extractText(
      'Cookies are used on this site. They can be used to save your preferences for a service, or to prevent you from seeing an advertisement too often.',
    );
    expect(hyves.purposes.map((x) => x.category)).not.toContain('ServiceProvision');
    const provide = await extractText('We use your data to provide our services.');
    expect(provide.purposes.map((x) => x.category)).toEqual(['ServiceProvision']);
  });
});
