// Decode the bytes of an input file into text: UTF-8 (with or without a BOM), UTF-16 with a BOM
// or told by its NUL pattern, and Windows-1252 for anything that is not valid UTF-8; binary and
// empty files are refused. A stray NUL in text is decoded (normalisation takes it out).

import { InputError } from '../errors.js';
import { decodeWindows1252 } from './windows-1252.js';

/** Text decoded from a file, with the encoding it was read as. */
export interface DecodedText {
  text: string;
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';
}

// How many leading bytes the binary sniffing looks at: enough to see a file's nature, cheap on 10 MB inputs.
const SNIFF_BYTES = 64 * 1024;
// Share of control bytes (NUL included) above which a file is not text. Real text has none besides
// tab, LF, CR, form feed; a few stray ones are tolerated (old Windows exports keep an odd 0x1A or
// 0x0B, a damaged file a NUL), while binary formats are full of them.
const MAX_CONTROL_RATIO = 0.05;
// UTF-16 of mostly Latin text has a NUL in nearly every high byte and almost none in the low bytes.
const UTF16_HIGH_NULS = 0.3;
const UTF16_LOW_NULS = 0.02;

/**
 * Decode `bytes` read from `source` (a file name, for errors).
 * Invalid UTF-8 is taken as Windows-1252, the superset of Latin-1 that WHATWG decoders use
 * for both labels, so a Latin-1 file decodes the same way.
 *
 * @throws InputError `E_EMPTY` for a file without text, `E_BINARY` for a binary file.
 * @example decodeBytes(new Uint8Array([0x63, 0x61, 0x66, 0xe9]), 'a.txt') // { text: 'café', encoding: 'windows-1252' }
 */
export function decodeBytes(bytes: Uint8Array, source: string): DecodedText {
  if (bytes.length === 0) throw new InputError('E_EMPTY', 'empty file', { file: source });

  const utf16 = utf16Encoding(bytes);
  if (utf16 !== undefined) {
    const text = new TextDecoder(utf16).decode(bytes);
    return checkNotEmpty({ text, encoding: utf16 }, source);
  }

  if (looksBinary(bytes)) {
    throw new InputError('E_BINARY', 'binary file, not text (NUL or control bytes)', { file: source });
  }

  let decoded: DecodedText;
  try {
    // The default (ignoreBOM: false) strips a leading UTF-8 BOM.
    decoded = { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    decoded = { text: decodeWindows1252(bytes), encoding: 'windows-1252' };
  }
  return checkNotEmpty(decoded, source);
}

function utf16Encoding(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return utf16ByNuls(bytes);
}

/**
 * UTF-16 without a BOM (Windows "Unicode" text saved by some tools): ASCII letters are a byte and
 * a NUL, so NULs fill the odd bytes (little-endian) or the even ones (big-endian) and not the other.
 * The decoded text must then read as text itself, or the bytes are binary after all.
 */
function utf16ByNuls(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const pairs = Math.floor(Math.min(bytes.length, SNIFF_BYTES) / 2);
  if (pairs < 2) return undefined;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < pairs; i++) {
    if (bytes[2 * i] === 0) even++;
    if (bytes[2 * i + 1] === 0) odd++;
  }
  const encoding =
    odd / pairs >= UTF16_HIGH_NULS && even / pairs <= UTF16_LOW_NULS
      ? 'utf-16le'
      : even / pairs >= UTF16_HIGH_NULS && odd / pairs <= UTF16_LOW_NULS
        ? 'utf-16be'
        : undefined;
  if (encoding === undefined) return undefined;
  const sample = new TextDecoder(encoding).decode(bytes.subarray(0, pairs * 2));
  let bad = 0;
  for (const ch of sample) if (ch === '\ufffd' || (ch < ' ' && ch !== '\t' && ch !== '\n' && ch !== '\r' && ch !== '\f')) bad++;
  return bad / sample.length <= MAX_CONTROL_RATIO ? encoding : undefined;
}

/** Too many NUL and other C0 control bytes in the leading part of the file. */
export function looksBinary(bytes: Uint8Array): boolean {
  const end = Math.min(bytes.length, SNIFF_BYTES);
  let control = 0;
  for (const b of bytes.subarray(0, end)) {
    // Tab, LF, CR and form feed are text.
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) control++;
  }
  return control / end > MAX_CONTROL_RATIO;
}

function checkNotEmpty(decoded: DecodedText, source: string): DecodedText {
  if (decoded.text.trim() === '') throw new InputError('E_EMPTY', 'file has no text', { file: source });
  return decoded;
}
