// Decode the bytes of an input file into text: UTF-8 (with or without a BOM), UTF-16 with a BOM,
// and Windows-1252 for anything that is not valid UTF-8; binary and empty files are refused.

import { InputError } from '../errors.js';
import { decodeWindows1252 } from './windows-1252.js';

/** Text decoded from a file, with the encoding it was read as. */
export interface DecodedText {
  text: string;
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';
}

// How many leading bytes the binary sniffing looks at: enough to see a file's nature, cheap on 10 MB inputs.
const SNIFF_BYTES = 64 * 1024;
// Share of control bytes above which a file is not text. Real text has none besides tab, LF, CR,
// form feed; a few stray ones are tolerated (old Windows exports keep an odd 0x1A or 0x0B).
const MAX_CONTROL_RATIO = 0.05;

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
  return undefined;
}

/** A NUL byte, or too many C0 control bytes, in the leading part of the file. */
export function looksBinary(bytes: Uint8Array): boolean {
  const end = Math.min(bytes.length, SNIFF_BYTES);
  let control = 0;
  for (let i = 0; i < end; i++) {
    const b = bytes[i]!;
    if (b === 0) return true;
    // Tab, LF, CR and form feed are text.
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) control++;
  }
  return control / end > MAX_CONTROL_RATIO;
}

function checkNotEmpty(decoded: DecodedText, source: string): DecodedText {
  if (decoded.text.trim() === '') throw new InputError('E_EMPTY', 'file has no text', { file: source });
  return decoded;
}
