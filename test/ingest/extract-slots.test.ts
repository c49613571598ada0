import { extractText } from './support/extract-text';

// Excerpts are short quotes of public privacy policies, the source beside each. The seed documents are public
// policies too (seeds/README.md names each source file).

describe('rights (closed class)', () => {
  it('reads every right of a Dutch list', async () => {
    // Cluma Engineering NV, privacy policy (seeds/documents/cluma.txt, www.cluma.com)
    const p = await extractText(`Wat zijn uw gegevensbeschermingsrechten?

Het recht op inzage van uw gegevens – U hebt het recht om een kopie te vragen van uw persoonsgegevens.
Het recht op rechtzetting van uw gegevens – U hebt het recht om een correctie te vragen van uw gegevens.
Het recht om te worden vergeten – U hebt het recht om een verwijdering te vragen van uw persoonsgegevens.
Het recht op beperking van de verwerking – U hebt het recht om een beperking te vragen van de verwerking.
Het recht op dataoverdracht – U hebt het recht om de gegevens die we verzamelden te laten overdragen.`);
    expect(p.rights.map((r) => r.right).sort()).toEqual([
      'ACCESS',
      'ERASURE',
      'PORTABILITY',
      'RECTIFICATION',
      'RESTRICTION',
    ]);
    for (const r of p.rights) expect(r.confidence).toBeGreaterThanOrEqual(0.7);
  });

  it('reads French rights and the complaint to the CNIL', async () => {
    // SylvainChabaud/rgpd-ia-platform, docs/legal/informations-rgpd.md (GitHub)
    const p = await extractText(`Vos droits

Droit d'accès : vous pouvez demander une copie de toutes vos données personnelles que nous détenons.
Droit de rectification : vous pouvez corriger vos données inexactes ou incomplètes.
Droit à l'effacement : vous pouvez demander la suppression définitive de vos données personnelles.
Vous pouvez introduire une réclamation auprès de la CNIL.`);
    expect(p.rights.map((r) => r.right).sort()).toEqual(['ACCESS', 'COMPLAINT', 'ERASURE', 'RECTIFICATION']);
    expect(p.supervisoryAuthority).toMatchObject({ authority: 'cnil', namedAs: 'CNIL' });
  });
});

describe('legal bases (closed class)', () => {
  it('reads the bases of a Dutch list and not a consent that is only refused', async () => {
    // CloudPiling BV, privacy policy (seeds/documents/cloudpiling.txt)
    const p = await extractText(`3. Rechtsgronden

1. Omdat u uw toestemming hebt gegeven: CloudPiling verwerkt persoonsgegevens op basis van uw uitdrukkelijke en voorafgaande toestemming.
2. Om wettelijke verplichtingen na te leven (witwaswetgeving, fiscale – en sociale regelgeving, etc.);
3. Om een overeenkomst te kunnen uitvoeren: ook de correcte en goede uitvoering van overeenkomsten met klanten.
4. Omwille van een gerechtvaardigd belang (zoals een verdediging in of buiten rechte).`);
    expect(p.legalBases.map((b) => b.code).sort()).toEqual([
      'CONSENT',
      'CONTRACT',
      'LEGAL_OBLIGATION',
      'LEGITIMATE_INTERESTS',
    ]);
  });

  it('does not read consent from "without consent"', async () => {
    // Cloudar, privacy statement (seeds/documents/cloudar.txt)
    const p = await extractText(
      'Our partner AWS will not access or use customer content for any purpose without the customer’s consent.',
    );
    expect(p.legalBases).toEqual([]);
  });
});

describe('supervisory authority', () => {
  it('maps the Belgian Privacy Commission (a predecessor name) to the GBA', async () => {
    // Cloudar, privacy statement (seeds/documents/cloudar.txt)
    const p = await extractText(`Supervisory Authority

Privacy Commission
Drukpersstraat 35
1000 Brussels`);
    expect(p.supervisoryAuthority).toMatchObject({ authority: 'gba', namedAs: 'Privacy Commission' });
  });

  it('maps the Dutch CBP to the Autoriteit Persoonsgegevens', async () => {
    const p = await extractText('U kunt een klacht indienen bij het College bescherming persoonsgegevens (CBP).');
    expect(p.supervisoryAuthority?.authority).toBe('ap-nl');
    expect(p.rights.map((r) => r.right)).toContain('COMPLAINT');
  });
});

describe('controller identity', () => {
  it('reads name, legal form, enterprise number (mod 97), address, e-mail', async () => {
    // IT voor ondernemers BV, privacy policy (seeds/documents/it-voor-ondernemers.txt)
    const p = await extractText(
      'IT voor ondernemers BV, Moffelstraat 3, 3900 Pelt, met ondernemingsnummer 1003.158.063 en e-mailadres info@itvoorondernemers.be is verantwoordelijk voor de verwerking van persoonsgegevens. IT voor ondernemers verwerkt uw gegevens zorgvuldig. IT voor ondernemers deelt ze niet.',
    );
    expect(p.controller).toMatchObject({
      name: 'IT voor ondernemers',
      legalForm: 'BV',
      enterpriseNumber: '1003.158.063',
      email: 'info@itvoorondernemers.be',
      address: { postalCode: '3900', city: 'Pelt' },
    });
  });

  it('rejects an enterprise number failing mod 97 and reads a Dutch KvK and VAT number', async () => {
    const p = await extractText(
      'Voorbeeld B.V. is ingeschreven bij de KvK onder nummer 12345678, btw-nummer NL 8123.45.678 B01 is niet geldig; ondernemingsnummer 0123.456.789.',
    );
    expect(p.controller.enterpriseNumber).toBeNull();
    expect(p.controller.kvkNumber).toBe('12345678');
  });

  it('writes phone numbers in E.164', async () => {
    // Cloudware NV, privacy policy (seeds/documents/cloudware.txt)
    const p = await extractText('Contactgegevens:\n\nTransfostraat 34/301\n8550 Zwevegem\nTel: +32 (0) 56/98.08.65');
    expect(p.controller.phone).toBe('+3256980865');
  });
});

describe('data protection officer', () => {
  it('reads the DPO and his e-mail written with spaces', async () => {
    // Cloudar, privacy statement (seeds/documents/cloudar.txt)
    const p = await extractText(`Data Protection Officer

Kristof Verbeek
Provinciale Steenweg 39
2627 Schelle
E: kristof.verbeek @ infosentry.be`);
    expect(p.dpo).toMatchObject({ name: 'Kristof Verbeek', email: 'kristof.verbeek@infosentry.be' });
  });

  it('gives no DPO when the policy says none is appointed', async () => {
    const p = await extractText(
      'Wij hebben geen functionaris voor gegevensbescherming aangesteld, Jan Peeters beantwoordt uw vragen.',
    );
    expect(p.dpo).toBeNull();
  });
});

describe('retention and durations', () => {
  it('reads "niet langer dan nodig" as a rule without period', async () => {
    // Cloudware NV, privacy policy (seeds/documents/cloudware.txt)
    const p = await extractText(
      'Hoe lang we persoonsgegevens bewaren:\n\nCloudware bewaart uw persoonsgegevens niet langer dan strikt nodig is om de doelen te realiseren waarvoor uw gegevens worden verzameld.',
    );
    expect(p.retention).toMatchObject({ duration: null });
  });

  it.each([
    ['Wij bewaren uw facturen 10 jaar.', 'P10Y'],
    ['We keep your data for three years after your last order.', 'P3Y'],
    ['Vos données sont conservées 36 mois.', 'P36M'],
    ['Wij bewaren sollicitaties zes maanden.', 'P6M'],
  ])('reads the period of %j as %s', async (sentence, duration) => {
    const p = await extractText(`Bewaartermijn\n\n${sentence}`);
    expect(p.retention?.duration).toBe(duration);
  });
});

describe('negations count', () => {
  it('reads transfers outside the EEA denied', async () => {
    const p = await extractText('Wij geven uw gegevens niet door buiten de EER.');
    expect(p.transfersOutsideEEA).toMatchObject({ occurs: false });
  });

  it('reads transfers outside the EU with standard contractual clauses', async () => {
    const p = await extractText(
      'Some of our processors transfer personal data outside the EEA. Such transfers are covered by the standard contractual clauses of the European Commission.',
    );
    expect(p.transfersOutsideEEA).toMatchObject({ occurs: true });
    expect(p.transfersOutsideEEA?.safeguards).toMatch(/standard contractual clauses/);
  });

  it('reads "no automated decisions" as used: false, and a French denial too', async () => {
    expect((await extractText('We make no automated decisions about you.')).automatedDecisionMaking).toMatchObject({
      used: false,
    });
    expect(
      (await extractText("Nous n'avons pas recours à la prise de décision automatisée.")).automatedDecisionMaking,
    ).toMatchObject({ used: false });
  });

  it('reads automated decision-making stated', async () => {
    // Cloudware NV, privacy policy (seeds/documents/cloudware.txt)
    const p = await extractText('Cloudware maakt gebruik van geautomatiseerde besluitvorming in bepaalde processen.');
    expect(p.automatedDecisionMaking).toMatchObject({ used: true });
  });

  it('leaves out a vendor named only as not used', async () => {
    const p = await extractText('Wij gebruiken geen Google Analytics. Onze website wordt gehost door Combell.');
    expect(p.processors.map((x) => x.processor)).toEqual(['combell']);
  });
});

describe('open-class slots', () => {
  it('codes the data items of a list (not the group they name), with lower confidence', async () => {
    // Cloudar, privacy statement (seeds/documents/cloudar.txt); the seed facts record one entry per item.
    const p =
      await extractText(`Through your interaction as a customer with Cloudar, Cloudar may collect the following personal information:

  • Identification data (name, physical address, telephone number, email address)
  • Bank data (bank account number, details bank account)`);
    expect(new Set(p.dataCategories.map((d) => d.category))).toEqual(
      new Set(['name', 'address', 'phone', 'email-address', 'bank-account']),
    );
    for (const d of p.dataCategories) expect(d.confidence).toBeLessThan(0.8);
  });

  it('codes purposes and ties a legal basis and a period stated with them', async () => {
    // IT voor ondernemers BV, privacy policy (seeds/documents/it-voor-ondernemers.txt), shortened
    const p = await extractText(`Wij verwerken uw persoonsgegevens voor de volgende concrete doelen:

 • Het leveren van diensten: Het beheer van de klantenadministratie, op basis van de uitvoering van de overeenkomst. Wij bewaren deze gegevens 10 jaar na het einde van de overeenkomst.
 • Om fraude en/of misbruik van en op onze Website te bestrijden: Wij baseren ons op ons gerechtvaardigd belang.`);
    expect(p.purposes.map((x) => x.category)).toEqual(['ServiceProvision', 'FraudPreventionAndDetection']);
    expect(p.purposes[0]).toMatchObject({ legalBases: ['CONTRACT'], retention: { duration: 'P10Y' } });
    expect(p.purposes[1].legalBases).toEqual(['LEGITIMATE_INTERESTS']);
  });

  it('reads recipients, cookies and the minimum age', async () => {
    // Cloudar, privacy statement (seeds/documents/cloudar.txt)
    const p = await extractText(
      'We share your personal information insofar as necessary with third parties who provide services to Cloudar, such as IT related infrastructure provision and customer service. With regard to cookies, we only have functional cookies on the website. Cloudar’s website is not directed to children <16 years.',
    );
    expect(p.recipients.map((r) => r.category).sort()).toEqual([
      'customer-service-provider',
      'it-provider',
      'service-provider',
    ]);
    expect(p.cookies.map((c) => c.kind)).toEqual(['FUNCTIONAL']);
    expect(p.minimumAge?.age).toBe(16);
  });

  it('reads how to exercise rights', async () => {
    // Cluma Engineering NV, privacy policy (seeds/documents/cluma.txt)
    const p = await extractText(`Uw rechten

Indien u een van deze rechten wenst uit te oefenen, gelieve ons te contacteren via: info@cluma.com. Indien u een aanvraag doet, hebben we een maand de tijd om u te antwoorden.`);
    expect(p.rightsRequest).toMatchObject({ channels: ['EMAIL'], email: 'info@cluma.com' });
  });
});
