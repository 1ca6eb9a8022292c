// Turn the bytes of any input file into its documents: a PDF through its text layer, anything
// else decoded as text; a file that holds several newsletters gives one document each.

import { decodeBytes } from './decode.js';
import { documentsFromText } from './parse-document.js';
import { isPdf, pdfText } from './pdf-text.js';
import type { Document } from './types.js';

/**
 * The documents of one input file. Pure but for pdfjs's own work: the caller reads the file.
 * Offsets in a PDF's documents point into the text read from its text layer.
 *
 * @throws InputError naming `source`: `E_EMPTY`, `E_BINARY`, `E_PDF`, `E_PDF_NO_TEXT`.
 * @example (await parseInput(readFileSync('two.txt'), 'two.txt')).map((d) => d.id) // ['two-1', 'two-2']
 */
export async function parseInput(bytes: Uint8Array, source: string): Promise<Document[]> {
  if (isPdf(bytes)) {
    const { text, largeType } = await pdfText(bytes, source);
    return documentsFromText(text, source, { encoding: 'pdf', split: true, format: 'pdf', largeType });
  }
  const { text, encoding } = decodeBytes(bytes, source);
  return documentsFromText(text, source, { encoding, split: true });
}
