// Decode Windows-1252 (and so Latin-1, its subset) ourselves: Node 20's TextDecoder takes the
// label but decodes plain Latin-1, turning curly quotes and dashes (0x91-0x97) into C1 controls.

import table from './data/windows-1252.json' with { type: 'json' };

const HIGH: string[] = Object.entries(table.map)
  .sort(([a], [b]) => parseInt(a, 16) - parseInt(b, 16))
  .map(([byte, cp]) => String.fromCharCode(cp === null ? parseInt(byte, 16) : parseInt(cp.slice(2), 16)));

/**
 * Decode bytes as Windows-1252.
 *
 * @example decodeWindows1252(Uint8Array.of(0x93, 0x48, 0x4f, 0x94)) // '“HO”'
 */
export function decodeWindows1252(bytes: Uint8Array): string {
  const parts: string[] = [];
  const CHUNK = 8192;
  for (let start = 0; start < bytes.length; start += CHUNK) {
    const end = Math.min(bytes.length, start + CHUNK);
    const codes = new Array<string>(end - start);
    for (const [k, b] of bytes.subarray(start, end).entries()) {
      // HIGH has a character for each of the 32 bytes 0x80-0x9f (undefined ones stay themselves).
      codes[k] = (b >= 0x80 && b < 0xa0 ? HIGH[b - 0x80] : undefined) ?? String.fromCharCode(b);
    }
    parts.push(codes.join(''));
  }
  return parts.join('');
}
