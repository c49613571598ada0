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
