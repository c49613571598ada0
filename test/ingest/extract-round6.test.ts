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
