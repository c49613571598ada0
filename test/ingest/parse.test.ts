import fs from 'node:fs';
import path from 'node:path';
import { parseDocument } from '../../src/ingest/parse';
import { minimalPdf } from './support/minimal-pdf';

const seed = (name: string) => fs.readFileSync(path.join(__dirname, '../../seeds/documents', name));
const slice = (text: string, b: { start: number; end: number }) => text.slice(b.start, b.end);

describe('parseDocument: text/plain', () => {
  it('keeps the text byte-exact and finds headings and list items with their intro', async () => {
    const bytes = seed('cloudware.txt');
    const parsed = await parseDocument(bytes, 'text/plain');
    expect(parsed.text).toBe(bytes.toString('utf8'));
    expect(parsed.language).toBe('nl');
    const nationality = parsed.blocks.find((b) => slice(parsed.text, b) === 'Nafionaliteit');
    expect(nationality?.kind).toBe('list-item');
    expect(slice(parsed.text, nationality!.intro!)).toBe(
      'Hieronder vindt u een overzicht van de persoonsgegevens die wij (gebeurlijk) verwerken:',
    );
    expect(
      parsed.blocks.some(
        (b) => b.kind === 'heading' && slice(parsed.text, b) === 'Hoe lang we persoonsgegevens bewaren:',
      ),
    ).toBe(true);
  });

  it('repairs broken ligatures for matching only, checked against the Dutch dictionary', async () => {
    const parsed = await parseDocument(seed('cloudware.txt'), 'text/plain');
    const repaired = parsed.repairs.map((r) => `${parsed.text.slice(r.start, r.end)}->${r.replacement}`);
    expect(repaired).toEqual(
      expect.arrayContaining(['Nafionaliteit->Nationaliteit', 'weftelijke->wettelijke', 'fijdsfippen->tijdstippen']),
    );
    for (const r of parsed.repairs) expect(r.replacement).toHaveLength(r.end - r.start);
    // Correct words are left alone.
    expect(parsed.repairs.some((r) => parsed.text.slice(r.start, r.end) === 'Zwevegem')).toBe(false);
  });

  it('detects English', async () => {
    expect((await parseDocument(seed('cloudar.txt'), 'text/plain')).language).toBe('en');
  });
});

describe('parseDocument: text/html as found in the wild', () => {
  // Markup shaped like a CMS page: inline scripts, a template, a cookie banner, navigation, a header and footer,
  // unclosed <p> and <li>, an entity and a <br> in an address.
  const page = `<!DOCTYPE html><html lang="fr"><head><title>Politique</title><script>window.x = "<p>pas du texte</p>";</script>
    <style>.a{color:red}</style></head><body>
    <div id="cookie-consent-banner">Nous utilisons des cookies <button>Accepter</button></div>
    <header class="site-header"><nav><a href="/">Accueil</a> <a href="/contact">Contact</a></nav></header>
    <main><h1>Politique de confidentialit&eacute;</h1>
    <p>Nous traitons les donn&eacute;es suivantes :<ul><li>votre nom<li>votre adresse e-mail</ul>
    <h2>Contact</h2><p>Exemple SA<br>Rue de la Loi 16<br>1000 Bruxelles
    <template><p>modèle caché</p></template><div hidden>caché</div>
    <form><input value="x"><label>Votre e-mail</label></form></main>
    <footer>© 2024 Exemple — <a href="/mentions">Mentions légales</a></footer><script>track()</script></body></html>`;

  it('keeps headings, paragraphs and list items and drops scripts, banners, navigation, forms and chrome', async () => {
    const parsed = await parseDocument(Buffer.from(page), 'text/html; charset=utf-8');
    expect(parsed.text).toBe(
      'Politique de confidentialité\n\nNous traitons les données suivantes :\n\nvotre nom\nvotre adresse e-mail\n\nContact\n\nExemple SA\nRue de la Loi 16\n1000 Bruxelles',
    );
    expect(parsed.blocks.map((b) => b.kind)).toEqual([
      'heading',
      'paragraph',
      'list-item',
      'list-item',
      'heading',
      'paragraph',
    ]);
    expect(parsed.blocks[0].level).toBe(1);
    expect(slice(parsed.text, parsed.blocks[2].intro!)).toBe('Nous traitons les données suivantes :');
    expect(parsed.language).toBe('fr');
  });

  it('is sniffed when no media type is given', async () => {
    expect((await parseDocument(Buffer.from(page))).mediaType).toBe('text/html');
  });
});

describe('parseDocument: text/markdown', () => {
  it('reads headings, paragraphs, lists and tables from the markdown-it tokens', async () => {
    const md =
      '# Privacy policy\n\nWe process the following data:\n\n- your **name**\n- your [e-mail address](mailto:x@y.z)\n\n## Retention\n\n| Data | Period |\n|---|---|\n| invoices | 7 years |\n\n```\ncode is dropped\n```\n';
    const parsed = await parseDocument(Buffer.from(md));
    expect(parsed.mediaType).toBe('text/markdown');
    expect(parsed.text).toBe(
      'Privacy policy\n\nWe process the following data:\n\nyour name\nyour e-mail address\n\nRetention\n\nData\tPeriod\n\ninvoices\t7 years',
    );
    expect(parsed.blocks.filter((b) => b.kind === 'heading').map((b) => b.level)).toEqual([1, 2]);
  });
});

describe('parseDocument: application/pdf', () => {
  it('rebuilds paragraphs, undoes hyphenation and repairs a broken ligature', async () => {
    const pdf = minimalPdf([
      [
        { text: 'Privacyverklaring', size: 20 },
        '',
        'Wij verwerken de volgende gegevens voor onze verwer-',
        'kingsdoeleinden: uw naam, uw adres en uw Nafionaliteit.',
        '',
        'Wij bewaren uw gegevens niet langer dan noodzakelijk.',
      ],
    ]);
    const parsed = await parseDocument(pdf);
    expect(parsed.mediaType).toBe('application/pdf');
    expect(parsed.text).toBe(
      'Privacyverklaring\n\nWij verwerken de volgende gegevens voor onze verwerkingsdoeleinden: uw naam, uw adres en uw Nationaliteit.\n\nWij bewaren uw gegevens niet langer dan noodzakelijk.',
    );
    expect(parsed.blocks[0]).toMatchObject({ kind: 'heading' });
    expect(parsed.warnings.join(' ')).toMatch(/ligature/);
  });
});
