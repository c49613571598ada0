/**
 * Writes a small, valid PDF by hand: one page per entry of `pages`, each line a text run in Helvetica
 * (WinAnsi, so Latin-1 text only) at 12 pt, `size` pt for lines given as { text, size }. Offsets in the xref table
 * are computed, so pdf.js reads it without repair.
 */
export type PdfLineSpec = string | { text: string; size: number };

function escape(text: string): string {
  return text.replace(/[()\\]/g, (c) => `\\${c}`);
}

function pageContent(lines: PdfLineSpec[]): string {
  let y = 780;
  const ops: string[] = ['BT'];
  for (const line of lines) {
    const { text, size } = typeof line === 'string' ? { text: line, size: 12 } : line;
    y -= size * 1.25;
    if (text === '') continue;
    ops.push(`/F1 ${size} Tf 1 0 0 1 72 ${y.toFixed(1)} Tm (${escape(text)}) Tj`);
  }
  ops.push('ET');
  return ops.join('\n');
}

export function minimalPdf(pages: PdfLineSpec[][]): Buffer {
  const objects: string[] = [];
  const pageIds = pages.map((_, i) => 4 + i * 2);
  objects[1] = '<< /Type /Catalog /Pages 2 0 R >>';
  objects[2] = `<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${pages.length} >>`;
  objects[3] = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>';
  pages.forEach((lines, i) => {
    const content = pageContent(lines);
    objects[pageIds[i]] =
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents ${pageIds[i] + 1} 0 R /Resources << /Font << /F1 3 0 R >> >> >>`;
    objects[pageIds[i] + 1] = `<< /Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}\nendstream`;
  });
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  for (let id = 1; id < objects.length; id++) {
    offsets[id] = Buffer.byteLength(out, 'latin1');
    out += `${id} 0 obj\n${objects[id]}\nendobj\n`;
  }
  const xref = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${objects.length}\n0000000000 65535 f \n`;
  for (let id = 1; id < objects.length; id++) out += `${String(offsets[id]).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}
