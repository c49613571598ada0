/**
 * Section titles written without heading markup, in Markdown and HTML: a paragraph that is bold as a whole
 * ("**Bewaartermijn**", `<p><strong>Minderjarigen</strong></p>`) or a short ALL-CAPS line, numbered or not
 * ("1\. INFORMATION COLLECTION AND USE", "COOKIES"). Plain text has its own, looser rules (plain-text.parser).
 */
const NUMBER = /^(\d{1,2}(?:\.\d{1,2})*)\.?\s+/;
const NOT_A_TITLE = /[.;!?,:]$|@|https?:|www\.|\+?\d[\d\s./()-]{6,}\d/i;

function titleShaped(content: string): boolean {
  return content.length <= 90 && content.split(/\s+/).length <= 12 && !NOT_A_TITLE.test(content);
}

function allCaps(content: string): boolean {
  const letters = content.replace(NUMBER, '').replace(/[^\p{L}]/gu, '');
  return letters.length >= 4 && letters === letters.toLocaleUpperCase() && letters !== letters.toLocaleLowerCase();
}

/**
 * The heading level a paragraph reads as, or undefined when it reads as prose. `emphasised`: the whole paragraph is
 * bold. A numbered title takes its depth ("2.1" -> 3); an unnumbered bold one sits below any marked-up heading (6),
 * so that it inherits that section's topics; an unnumbered ALL-CAPS line is a top-level section (2).
 */
export function pseudoHeadingLevel(content: string, emphasised: boolean): number | undefined {
  if (!titleShaped(content) || !(emphasised || allCaps(content))) return undefined;
  const number = NUMBER.exec(content);
  if (number) return Math.min(6, number[1].split('.').filter(Boolean).length + 1);
  return emphasised && !allCaps(content) ? 6 : 2;
}
