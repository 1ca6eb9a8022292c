// A small PDF writer for the PDF tests: paragraphs laid out in Helvetica on A4 pages, with a
// running head and a page-number foot, so pdfjs reads a real text layer that we control.

export interface PdfParagraph {
  text: string;
  /** Type size in points (11 for body text, larger for headings). */
  size?: number;
}

// WinAnsiEncoding codes for the punctuation newsletters use.
const WIN_ANSI: Record<string, number> = { '’': 0x92, '‘': 0x91, '“': 0x93, '”': 0x94, '–': 0x96, '—': 0x97, '£': 0xa3, '•': 0x95, é: 0xe9 };

function pdfString(text: string): string {
  let out = '';
  for (const ch of text) {
    const code = WIN_ANSI[ch] ?? ch.charCodeAt(0);
    if (ch === '(' || ch === ')' || ch === '\\') out += `\\${ch}`;
    else if (code < 0x20 || code > 0x7e) out += `\\${code.toString(8).padStart(3, '0')}`;
    else out += ch;
  }
  return `(${out})`;
}

/** Greedy wrap at about `width` characters. */
function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line !== '' && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  if (line !== '') lines.push(line);
  return lines;
}

/**
 * The bytes of a PDF holding `paragraphs`, with `head` at the top of every page and
 * `Page N of M` at the foot, or with no text at all when `paragraphs` is empty.
 */
export function writePdf(paragraphs: PdfParagraph[], options: { head?: string; linesPerPage?: number } = {}): Uint8Array {
  const pages: string[][] = [[]];
  const top = 770;
  const bottom = 90;
  let y = top;
  for (const para of paragraphs) {
    const size = para.size ?? 11;
    const lines = wrap(para.text, Math.floor(1000 / size));
    for (const line of lines) {
      if (y < bottom) {
        pages.push([]);
        y = top;
      }
      pages[pages.length - 1]!.push(`BT /F1 ${size} Tf 72 ${y} Td ${pdfString(line)} Tj ET`);
      y -= size * 1.3;
    }
    y -= size * 0.9;
  }
  if (paragraphs.length === 0) pages[0]!.push('0 0 1 rg 72 600 200 100 re f');
  const objects: string[] = [];
  const pageIds = pages.map((_, k) => 4 + k * 2);
  objects[1] = '<< /Type /Catalog /Pages 2 0 R >>';
  objects[2] = `<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${pages.length} >>`;
  objects[3] = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>';
  pages.forEach((body, k) => {
    const furniture =
      paragraphs.length === 0
        ? []
        : [
            ...(options.head ? [`BT /F1 9 Tf 72 810 Td ${pdfString(options.head)} Tj ET`] : []),
            `BT /F1 9 Tf 280 40 Td ${pdfString(`Page ${k + 1} of ${pages.length}`)} Tj ET`,
          ];
    const stream = [...furniture, ...body].join('\n');
    objects[pageIds[k]!] = `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents ${pageIds[k]! + 1} 0 R >>`;
    objects[pageIds[k]! + 1] = `<< /Length ${Buffer.byteLength(stream, 'latin1')} >>\nstream\n${stream}\nendstream`;
  });
  let pdf = '%PDF-1.4\n';
  const offsets: number[] = [];
  for (let id = 1; id < objects.length; id++) {
    offsets[id] = Buffer.byteLength(pdf, 'latin1');
    pdf += `${id} 0 obj\n${objects[id]}\nendobj\n`;
  }
  const xref = Buffer.byteLength(pdf, 'latin1');
  pdf += `xref\n0 ${objects.length}\n0000000000 65535 f \n`;
  for (let id = 1; id < objects.length; id++) pdf += `${String(offsets[id]).padStart(10, '0')} 00000 n \n`;
  pdf += `trailer\n<< /Size ${objects.length} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(pdf, 'latin1'));
}
