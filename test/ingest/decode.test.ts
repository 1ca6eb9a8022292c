// Decoding input bytes: UTF-8 with and without a BOM, UTF-16 with a BOM, Windows-1252 and
// Latin-1 for invalid UTF-8, and the refusal of empty and binary files with a typed error.

import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { decodeBytes, parseDocument } from '../../src/ingest/index.js';

const utf8 = (s: string) => [...new TextEncoder().encode(s)];
const utf16 = (s: string, order: 'le' | 'be') =>
  [...s].flatMap((c) => {
    const u = c.charCodeAt(0);
    return order === 'le' ? [u & 0xff, u >> 8] : [u >> 8, u & 0xff];
  });

describe('encodings', () => {
  it.each([
    ['UTF-8', utf8('Home Office’s café'), 'Home Office’s café', 'utf-8'],
    ['UTF-8 with a BOM (the BOM is dropped)', [0xef, 0xbb, 0xbf, ...utf8('Home Office')], 'Home Office', 'utf-8'],
    // "Home Office’s “café”" as Windows-1252: 0x92 right quote, 0x93/0x94 double quotes, 0xE9 é
    ['Windows-1252', [...utf8('Home Office'), 0x92, 0x73, 0x20, 0x93, 0x63, 0x61, 0x66, 0xe9, 0x94], 'Home Office’s “café”', 'windows-1252'],
    // "Dépôt – Gwent" in Latin-1 (0x96 is an en dash in Windows-1252, its superset)
    ['Latin-1', [0x44, 0xe9, 0x70, 0xf4, 0x74, 0x20, 0x96, 0x20, 0x47, 0x77, 0x65, 0x6e, 0x74], 'Dépôt – Gwent', 'windows-1252'],
    ['UTF-16LE with a BOM', [0xff, 0xfe, 0x48, 0x00, 0x4f, 0x00], 'HO', 'utf-16le'],
    ['UTF-16BE with a BOM', [0xfe, 0xff, 0x00, 0x48, 0x00, 0x4f], 'HO', 'utf-16be'],
    ['UTF-16LE without a BOM, told by its NULs', utf16('Home Office’s café\r\n', 'le'), 'Home Office’s café\r\n', 'utf-16le'],
    ['UTF-16BE without a BOM, told by its NULs', utf16('Home Office’s café\r\n', 'be'), 'Home Office’s café\r\n', 'utf-16be'],
  ])('%s', (_name, bytes, text, encoding) => {
    expect(decodeBytes(new Uint8Array(bytes), 'x.txt')).toEqual({ text, encoding });
  });

  it('reads a Windows-1252 newsletter into items with its curly quotes', () => {
    const text = 'News\r\n\r\n1. Clare\x92s Law\r\n\r\nThe \x93Clare\x92s Law\x94 scheme.\r\n';
    const doc = parseDocument(
      Uint8Array.from(text, (c) => c.charCodeAt(0)),
      'old.txt',
    );
    expect(doc.encoding).toBe('windows-1252');
    expect(doc.items).toEqual([{ number: '1', title: 'Clare’s Law', text: 'The “Clare’s Law” scheme.', offset: 26, titleOffset: 11 }]);
  });
});

describe('bad inputs are InputErrors naming the file', () => {
  it.each([
    ['an empty file', [], 'E_EMPTY'],
    ['white space only', utf8(' \n\t\r\n '), 'E_EMPTY'],
    ['a NUL byte', [...utf8('%PDF-1.4\n'), 0x00, 0x01, 0x02], 'E_BINARY'],
    ['control bytes', Array.from({ length: 200 }, (_, i) => (i % 3 === 0 ? 0x01 : 0x41)), 'E_BINARY'],
    ['a PNG header', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d], 'E_BINARY'],
    ['an HTML page without text', utf8('<html><head><script>x()</script></head><body> </body></html>'), 'E_EMPTY'],
  ])('%s', (_name, bytes, code) => {
    const file = 'inputs/bad.txt';
    let error: unknown;
    try {
      parseDocument(new Uint8Array(bytes), file);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InputError);
    expect(error).toMatchObject({ code, position: { file } });
  });

  it('a newsletter saved as UTF-16 without a BOM is read into its items', () => {
    const doc = parseDocument(new Uint8Array(utf16('News\r\n\r\n1. Slavery Bill\r\n\r\nThe Bill was published.\r\n', 'le')), 'win.txt');
    expect(doc.encoding).toBe('utf-16le');
    expect(doc.items).toMatchObject([{ number: '1', title: 'Slavery Bill', text: 'The Bill was published.' }]);
  });

  it('one NUL byte in a long text does not refuse it: the NUL is dropped and offsets stay true', () => {
    const text = 'News\n\n1. Item\n\n' + 'The Home Office said so. '.repeat(40) + 'Europol\0 said so.\n';
    const doc = parseDocument(new TextEncoder().encode(text), 'nul.txt');
    const item = doc.items[0]!;
    expect(item.text).toContain('Europol said so.');
    expect(item.text).not.toContain('\0');
    expect(decodeBytes(new TextEncoder().encode(text), 'nul.txt').text).toBe(text);
  });

  it('a binary file with NULs spread through it is still refused', () => {
    const bytes = Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919) % 251);
    expect(() => parseDocument(bytes, 'blob.txt')).toThrow(expect.objectContaining({ code: 'E_BINARY' }));
  });

  it('a few stray control bytes in real text are tolerated', () => {
    const text = 'Title\n\n1. Item\n\nText with a stray \x1a byte and a form feed \x0c.\n'.repeat(3);
    expect(parseDocument(new TextEncoder().encode(text), 'x.txt').items.length).toBeGreaterThan(0);
  });
});
