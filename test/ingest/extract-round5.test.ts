import { parseDocument } from '../../src/ingest';
import { extractText } from './support/extract-text';

// Excerpts of the public policies added to the development set by extract-5 and of earlier ones (each
// eval/dev/<slug>/meta.yaml names its source), one behaviour per test.

describe('controller named as the subject of a sentence', () => {
  it('reads "X respecteert jouw privacy" (nl) and "X collecte uniquement les données" (fr)', async () => {
    // Cleanplaats, privacyverklaring.txt (eval/dev/cleanplaats)
    const nl = await extractText(
      'Cleanplaats – Privacyverklaring\nCleanplaats respecteert jouw privacy.\n\nDe extensie verzamelt of bewaart geen persoonlijke gegevens.\n',
    );
    expect(nl.controller.name).toBe('Cleanplaats');
    // Belgium Video Gaming, politique-confidentialite.php (eval/dev/belgium-video-gaming-fr)
    const fr = await extractText(
      'Collecte des données\n\nBelgium Video Gaming collecte uniquement les données personnelles nécessaires au fonctionnement du site :',
    );
    expect(fr.controller.name).toBe('Belgium Video Gaming');
  });

  it('reads "Bij X nemen we je privacy serieus" and "dit privacybeleid is van toepassing op de diensten van X vzw"', async () => {
    // KLJ Wiekevorst (eval/dev/klj-wiekevorst); KIN vzw (eval/dev/kin-vzw)
    const klj = await extractText(
      'Bij KLJ Wiekevorst nemen we je pricacy erg serieus. Algemeen geldt dat we verderbouwen op de algemene privacyverklaring van KLJ & Groene Kring vzw.',
    );
    expect(klj.controller).toMatchObject({ name: 'KLJ Wiekevorst', legalForm: null });
    const kin = await extractText(
      'Dit privacybeleid is van toepassing op de diensten van KIN vzw. Wij zijn niet verantwoordelijk voor het privacybeleid van andere sites.',
    );
    expect(kin.controller).toMatchObject({ name: 'KIN', legalForm: 'VZW' });
  });

  it('reads "uw persoonsgegevens worden verwerkt door X" before a contact block under the heading', async () => {
    // Invicto Keerbergen (eval/dev/invicto-keerbergen)
    const p = await extractText(
      'Uw persoonsgegevens worden verwerkt door Invicto Keerbergen VZW, Broekelei 9, 3140 Keerbergen, voor ledenbeheer.\n\nVerwerkingsverantwoordelijke en Functionaris Gegevensbescherming\n\nKim Lauwers\n',
    );
    expect(p.controller).toMatchObject({ name: 'Invicto Keerbergen', legalForm: 'VZW' });
  });

  it('reads a legal form written in lower case and takes no pronoun as a brand', async () => {
    // LBRP bv, Privacy Policy (eval/dev/lbrp)
    const p = await extractText(`Right to Access: You can request copies of your personal data.
Right to Rectification: You can request correction of inaccurate or incomplete data.
Right to Erasure: You can request deletion of your personal data.
Right to Data Portability: You can request transfer of your data to another organization.
Right to Object: You can object to processing your personal data under certain conditions.

If you have any questions about this Privacy Policy, please contact us at:

LBRP bv
Molenstraat 7
2200 Herentals`);
    expect(p.controller).toMatchObject({ name: 'LBRP', legalForm: 'BV' });
  });
});

describe('negated enumerations and cookie sentences', () => {
  it('reads "geen technische, functionele of analytische cookies" as no cookies, under a <dt> title', async () => {
    // Tennisclub Kaulille, privacyverklaring.html (eval/dev/tc-kaulille)
    const html = `<dl class="list-terms">
  <dt>Cookies, of vergelijkbare technieken, die wij gebruiken</dt>
  <dd>Deze website gebruikt geen technische, functionele of analytische cookies.</dd>
</dl>`;
    const parsed = await parseDocument(Buffer.from(html, 'utf8'), 'text/html');
    expect(parsed.blocks[0]).toMatchObject({ kind: 'heading' });
    const p = await extractText(html, 'text/html');
    expect(p.cookies).toEqual([]);
  });

  it('reads "geen tracking, analytics of profiling" as automated processing denied', async () => {
    // Cleanplaats, privacyverklaring.txt (eval/dev/cleanplaats)
    const p = await extractText(
      'Cleanplaats verzendt geen informatie naar externe servers.\n\nEr wordt geen tracking, analytics of profiling gebruikt.\n',
    );
    expect(p.automatedDecisionMaking?.used).toBe(false);
  });

  it('keeps a clause after a comma outside the negation', async () => {
    const p = await extractText(
      'Wij verkopen geen gegevens, we gebruiken analytische cookies om de website te verbeteren.',
    );
    expect(p.cookies.map((c) => c.kind)).toContain('ANALYTICS');
  });

  it('reads a bold title line with a hard break as a heading, and "They can be used to..." after a cookie sentence', async () => {
    // Hyves, privacy statement 2004 (eval/dev/hyves)
    const md = `**Cookies**  \nCookies are small text files that are saved on your hard disk or in the memory of your computer. They can be used to save your preferences for a service, or to prevent you from seeing an advertisement too often.\n`;
    const parsed = await parseDocument(Buffer.from(md, 'utf8'), 'text/markdown');
    expect(parsed.blocks[0]).toMatchObject({ kind: 'heading' });
    const p = await extractText(md, 'text/markdown');
    expect(p.cookies.map((c) => c.kind).sort()).toEqual(['FUNCTIONAL', 'MARKETING']);
  });
});

describe('where rights requests go', () => {
  it('reads the postal address in the contact block a request line introduces with a colon', async () => {
    // IT voor ondernemers BV (seeds/documents/it-voor-ondernemers.txt)
    const p = await extractText(`Uw rechten

Voor de uitoefening van uw rechten, kan u per e-mail contact met ons opnemen via info@itvoorondernemers.be ofwel via onderstaande contactgegevens:

IT voor ondernemers BV
Moffelstraat 3, 3900 Pelt`);
    expect(p.rightsRequest?.channels.sort()).toEqual(['EMAIL', 'POST']);
    expect(p.rightsRequest?.email).toBe('info@itvoorondernemers.be');
  });

  it("takes the DPO's address for a request sent to the DPO, the controller's for a referral to its contact details", async () => {
    // Cour constitutionnelle (eval/dev/cour-constitutionnelle-fr)
    const fr = await extractText(`Délégué à la protection des données

Vous pouvez contacter le délégué à la protection des données via l'adresse e-mail dpo@const-court.be.

Vos droits

Si vous désirez faire valoir vos droits, vous pouvez introduire une demande ou une plainte au délégué à la protection des données interne à la Cour.`);
    expect(fr.rightsRequest).toMatchObject({ channels: ['EMAIL'], email: 'dpo@const-court.be' });
    // KLJ Wiekevorst (eval/dev/klj-wiekevorst)
    const nl =
      await extractText(`Je hebt natuurlijk ook het recht om alle gegevens die KLJ Wiekevorst over jou heeft op te vragen en in te kijken. Indien gewenst kunnen we ook al je gegevens verwijderen uit ons archief. Voor meer informatie hierover verwijzen we naar de contactgegevens onderaan deze pagina.

Contact

Voor vragen kan je terecht bij Kristof Buts op hoofdleiding@kljwiekevorst.be`);
    expect(nl.rightsRequest).toMatchObject({ channels: ['EMAIL'], email: 'hoofdleiding@kljwiekevorst.be' });
  });
});

describe('purpose wordings', () => {
  it('reads notifying changes, monitoring usage and technical issues (en list)', async () => {
    // LBRP bv, Privacy Policy (eval/dev/lbrp)
    const p = await extractText(
      `## 3. How We Use Your Data\n\n- To provide and maintain our services.\n\n- To notify you about changes to our services.\n\n- To monitor the usage of our services.\n\n- To detect, prevent, and address technical issues.\n`,
      'text/markdown',
    );
    expect(p.purposes.map((x) => x.category).sort()).toEqual([
      'CommunicationManagement',
      'ServiceOptimisation',
      'ServiceProvision',
      'ServiceUsageAnalytics',
    ]);
  });

  it('reads adjusting to needs, relevant advertisements and fake accounts (en prose)', async () => {
    // Hyves, privacy statement 2004 (eval/dev/hyves)
    const p = await extractText(
      'We use this information to adjust Hyves to your needs and interests. It may also be used to make advertisements more relevant to you.\n\nThis data can also be used if Hyvers are being molested or in case of fake accounts, to reveal the identity of their stalkers.',
    );
    expect(p.purposes.map((x) => x.category)).toEqual(
      expect.arrayContaining(['ServicePersonalisation', 'Advertising', 'FraudPreventionAndDetection']),
    );
  });
});

describe('data items and recipients', () => {
  it('reads NAW-gegevens as name and address, comments and login information, and no name in "nom d\'utilisateur"', async () => {
    // ONA, privacyverklaring (eval/dev/ona-volkstuin)
    const nl = await extractText(
      'Wij verzamelen we de volgende gegevens van je:\n- NAW-gegevens\n- telefoonnummers\n- emailadres\n',
      'text/markdown',
    );
    expect(nl.dataCategories.map((d) => d.category)).toEqual(expect.arrayContaining(['address', 'phone']));
    // Belgium Video Gaming (eval/dev/belgium-video-gaming-fr)
    const fr = await extractText(
      `<h2>Collecte des données</h2><p>Belgium Video Gaming collecte uniquement les données personnelles nécessaires au fonctionnement du site :</p><ul><li><strong>Inscription :</strong> nom d'utilisateur, adresse e-mail, mot de passe (chiffré)</li><li><strong>Commentaires :</strong> contenu des commentaires et informations de connexion</li></ul>`,
      'text/html',
    );
    const codes = fr.dataCategories.map((d) => d.category);
    expect(codes).toEqual(
      expect.arrayContaining(['credentials', 'email-address', 'uploaded-content', 'login-history']),
    );
    expect(codes).not.toContain('name');
  });

  it('reads disclosure "as required by law" / "wanneer wettelijk verplicht" as public authorities', async () => {
    // LBRP bv (eval/dev/lbrp); KANIOU (eval/dev/kaniou)
    const en = await extractText(
      '## 4. Data Sharing and Disclosure\n\n- We do not sell, trade, or otherwise transfer your personal data to outside parties without your consent, except as required by law.\n',
      'text/markdown',
    );
    expect(en.recipients.map((r) => r.category)).toEqual(['public-authorities']);
    const nl = await extractText(
      'Wij delen jouw gegevens enkel met dienstverleners (zoals boekhouders) wanneer wettelijk verplicht.',
    );
    expect(nl.recipients.map((r) => r.category)).toContain('public-authorities');
  });
});

describe('closed-class wordings', () => {
  it('reads objection "tegen de verwerking voor direct marketingdoeleinden" and "niet langer gecontacteerd te worden"', async () => {
    // MaasISO (eval/dev/maasiso); Cluma (seeds/documents/cluma.txt)
    const a = await extractText(
      'U heeft het recht om bezwaar te maken tegen bepaalde verwerkingen van uw persoonsgegevens, bijvoorbeeld tegen de verwerking voor direct marketingdoeleinden.',
    );
    expect(a.rights.map((r) => r.right)).toContain('OBJECT_DIRECT_MARKETING');
    const b = await extractText(
      'U hebt te allen tijde het recht om Cluma te vragen om niet langer gecontacteerd te worden voor marketingdoeleinden.',
    );
    expect(b.rights.map((r) => r.right)).toContain('OBJECT_DIRECT_MARKETING');
  });

  it('takes no consent basis from the right to withdraw consent stated for the case that consent is the basis', async () => {
    // Qué bringue (eval/dev/que-bringue-fr)
    const p = await extractText(
      'droit au retrait du consentement : si le traitement est réalisé sur base de votre consentement, vous avez le droit de retirer celui-ci à tout moment;',
    );
    expect(p.legalBases.map((b) => b.code)).not.toContain('CONSENT');
    const q = await extractText('U kunt uw toestemming voor de nieuwsbrief op elk moment intrekken.');
    expect(q.legalBases.map((b) => b.code)).toContain('CONSENT');
  });
});

describe('retention tied to named purposes', () => {
  it('gives the period of "bewaard zolang het nodig is voor ... ledenadministratie en boekhouding" to those purposes', async () => {
    // ONA, privacyverklaring (eval/dev/ona-volkstuin)
    const p = await extractText(
      `## Welke persoonsgegevens verzamelen we van je?\nWij verwerken alleen persoonsgegevens die wij nodig hebben voor de ledenadministratie en de boekhouding van de vereniging.\n\n## Hoe lang bewaren we je gegevens?\nBovenstaande gegevens worden bewaard zolang het nodig is voor een goede ledenadministratie en boekhouding met een maximale bewaartermijn van 3 maanden na de opzegging van de lidmaatschap.\n`,
      'text/markdown',
    );
    const periods = Object.fromEntries(p.purposes.map((x) => [x.category, x.retention?.duration]));
    expect(periods).toMatchObject({ CustomerManagement: 'P3M', PaymentManagement: 'P3M' });
    expect(p.retention).toBeNull();
  });
});

describe('data named in prose', () => {
  it('reads the object of "we record" / "wij registreren" outside a data list, not a negated one', async () => {
    // Hyves, privacy statement 2004 (eval/dev/hyves)
    const en = await extractText(
      'Finally we record IP addresses to find out from which computers Hyves is visited due to possible hack attempts.',
    );
    expect(en.dataCategories.map((d) => d.category)).toEqual(['ip-address']);
    const nl = await extractText('Wij registreren geen IP-adressen van bezoekers.');
    expect(nl.dataCategories).toEqual([]);
  });
});

describe("the person's own use", () => {
  it('reads "To make use of our products and services users are required to register" as no purpose', async () => {
    // PostNL, privacy policy (eval/dev/postnl)
    const p = await extractText(
      'To make use of our products and services users are generally required to register and provide registration details, such as name, address, postcode, gender, e-mail address and bank account number.',
    );
    expect(p.purposes.map((x) => x.category)).not.toContain('AccountManagement');
    expect(p.dataCategories.map((d) => d.category)).toContain('bank-account');
  });
});
