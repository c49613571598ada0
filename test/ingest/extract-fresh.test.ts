import { parseDocument } from '../../src/ingest';
import { extractText } from './support/extract-text';

// Excerpts of the public policies added to the development set by extract-4 (belgocontrol, bevc-volley-fr,
// volharding-duizel, publiccode-foundation; each meta.yaml names its source), one behaviour per test.

const ACTIVITY = `**Verwerking van persoonsgegevens van oud-leden**

Persoonsgegevens van cliënten worden door Muziekvereniging de Volharding Duizel verwerkt ten behoeve van de volgende doelstelling(en):

  * Administratieve doeleinden.
  * Benaderen voor evt. reünie doeleinden

Grondslag voor deze persoonsgegevens is:

  * Het (oude) lidmaatschapsovereenkomst;

Voor de bovenstaande doelstelling(en) kan Muziekvereniging de Volharding Duizel de volgende persoonsgegevens van u vragen:

  * Voornaam;
  * Telefoonnummer;

Uw persoonsgegevens worden door Muziekvereniging de Volharding Duizel opgeslagen ten behoeve van bovengenoemde verwerking(en) voor de periode:

  * Maximaal 40 jaar.
`;

describe('section titles without heading markup', () => {
  it('reads a bold Markdown paragraph and a numbered ALL-CAPS line as headings, not a bold sentence', async () => {
    const md = `**Bewaartermijn**\n\nWij bewaren uw gegevens.\n\n6\\. THIRD PARTIES\n\n**Let op:** dit is een zin.\n`;
    const parsed = await parseDocument(Buffer.from(md, 'utf8'), 'text/markdown');
    expect(parsed.blocks.map((b) => [parsed.text.slice(b.start, b.end), b.kind, b.level])).toEqual([
      ['Bewaartermijn', 'heading', 6],
      ['Wij bewaren uw gegevens.', 'paragraph', undefined],
      ['6. THIRD PARTIES', 'heading', 2],
      ['Let op: dit is een zin.', 'paragraph', undefined],
    ]);
  });
});

describe('a processing-activity section (nl template)', () => {
  it('lists its purposes and data, and ties the basis list and the period list to the purposes', async () => {
    const p = await extractText(ACTIVITY, 'text/markdown');
    const communication = p.purposes.find((x) => x.category === 'CommunicationManagement');
    expect(communication?.legalBases).toEqual(['CONTRACT']);
    expect(communication?.retention?.duration).toBe('P40Y');
    expect(p.legalBases.map((b) => b.code)).toEqual(['CONTRACT']);
    expect(p.dataCategories.map((d) => d.category).sort()).toEqual(['name', 'phone']);
  });
});

describe('lawful bases named bare in a basis statement (en)', () => {
  it('reads "respectively consent, legitimate interest and to fulfill a contract"', async () => {
    const p = await extractText(
      'The bases for processing this information are respectively consent, legitimate interest and to fulfill a contract.',
    );
    expect(p.legalBases.map((b) => b.code).sort()).toEqual(['CONSENT', 'CONTRACT', 'LEGITIMATE_INTERESTS']);
  });

  it('does not read a bare "consent" outside a basis statement', async () => {
    const p = await extractText('You can give your consent in the app settings.');
    expect(p.legalBases).toEqual([]);
  });
});

describe('controller named in pre-GDPR and English wording', () => {
  it('takes the "maître du fichier" of the 1992 law as controller (fr)', async () => {
    const p = await extractText(
      'Conformément à la loi du 8 décembre 1992, les données à caractère personnel que vous nous communiquez sont enregistrées par Bruxelles Est volley Club qui est le maître du fichier.',
    );
    expect(p.controller?.name).toBe('Bruxelles Est volley Club');
  });

  it('takes the name a policy defines as "we" (en)', async () => {
    const p = await extractText(
      'BELGOCONTROL (“we”, “us”, “our”) provides the information set out on the www.belgocontrol.be website (the “Website”) solely for information purposes.',
    );
    expect(p.controller?.name).toBe('BELGOCONTROL');
  });

  it('does not take the people whose contact details are kept as controller', async () => {
    const p = await extractText(
      `We keep contact details for:\n\n* people who have signed up to get our news\n* staff and interns\n`,
      'text/markdown',
    );
    expect(p.controller?.name ?? null).not.toBe('people who have signed up to get our news');
  });
});

describe('rights and requests in plain wording', () => {
  it('reads a rights list written as everyday verbs (en)', async () => {
    const p = await extractText(
      `## Your rights\n\nYou have the right to:\n\n* know what personal information we have about you\n* get a copy of the personal information we have about you in a machine readable format\n* tell us if something's wrong so we can correct it\n* have your personal information deleted\n\nIf you have a question or concern, please contact us. We hope we can resolve it for you - we'll do this within a month.\n`,
      'text/markdown',
    );
    expect(p.rights.map((r) => r.right).sort()).toEqual(['ACCESS', 'ERASURE', 'PORTABILITY', 'RECTIFICATION']);
    expect(p.rightsRequest?.responseTime).toBe('P1M');
  });

  it('reads portability and a proof of identity from Dutch prose', async () => {
    const p = await extractText(
      `**Rechten omtrent uw gegevens**\n\nOok heeft u het recht om de door u verstrekte gegevens door ons te laten overdragen aan uzelf of in opdracht van u direct aan een andere partij. Wij kunnen u vragen om u te legitimeren voordat wij gehoor kunnen geven aan voornoemde verzoeken.\n`,
      'text/markdown',
    );
    expect(p.rights.map((r) => r.right)).toContain('PORTABILITY');
    expect(p.rightsRequest?.identityProof).toBeTruthy();
  });
});

describe('purposes: whose use, and of what data', () => {
  it("reads no purpose from the visitor's own use, nor from use of non-identifying data", async () => {
    const p = await extractText(
      'However, if you wish to use the full range of services that we offer, you will need to complete the subscription process. We may use the information you provide in aggregate (non-personally identifiable) form for internal business purposes, such as generating statistics and developing marketing plans.',
    );
    expect(p.purposes).toEqual([]);
  });
});

describe('recipients named by trade (en)', () => {
  it("codes the examples of third parties that act on the controller's behalf", async () => {
    const p = await extractText(
      `6\\. THIRD PARTIES\n\nWe may retain other companies and individuals to perform functions on our behalf. Examples include data analysis firms, customer support specialists, webhosting companies and software development or support companies.\n`,
      'text/markdown',
    );
    expect(p.recipients.map((r) => r.category).sort()).toEqual([
      'analytics-provider',
      'customer-service-provider',
      'hosting-provider',
      'it-provider',
    ]);
  });
});
