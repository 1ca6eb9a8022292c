// Property tests of the quoting every export relies on: for arbitrary text (any code point, markup,
// quotes, control characters), each encoding decodes back to exactly the same text.

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { MultiDirectedGraph } from 'graphology';
import type { PropertyGraph } from '../../src/graph/schema.js';
import { cypherString, writeCsv, writeGexf, writeGraphml } from '../../src/export/index.js';
import { embedJson } from '../../src/export/html/embed.js';
import { tokenize } from '../../src/cypher/lexer/index.js';
import { readCsv, readGexf, readGraphml } from './helpers/read-back.js';

/** Unpaired surrogates: no UTF-8 file can hold them, so no export is asked to. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
/** Text with the characters that break formats made likely, over all of Unicode. */
const text = fc.oneof(
  fc.string({ unit: 'grapheme' }),
  fc.string({
    unit: fc.constantFrom('<', '>', '&', '"', "'", '`', '\\', ',', ';', '|', '[', ']', '\n', '\r', '\t', ' ', 'a', '\u2028', '👮🏽‍♀️', 'e\u0301', 'ش'),
  }),
);
/** Any Unicode scalar values (no surrogate halves), controls included. */
const anyCodePoints = fc.string({
  unit: fc
    .integer({ min: 0, max: 0x10ffff })
    .filter((c) => c < 0xd800 || c > 0xdfff)
    .map((c) => String.fromCodePoint(c)),
});
/** XML cannot hold C0 controls (other than tab, LF, CR) or unpaired surrogates at all. */
const xmlText = text.filter((t) => !/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/.test(t) && !LONE_SURROGATE.test(t));

function oneNode(name: string, aliases: string[], key = 'body:x'): PropertyGraph {
  const graph: PropertyGraph = new MultiDirectedGraph();
  graph.addNode(key, { labels: ['Body'], properties: { id: key, name, aliases } });
  return graph;
}

describe('quoting round trips for arbitrary text', () => {
  it('Cypher string literals', () => {
    fc.assert(
      fc.property(anyCodePoints, (value) => {
        const tokens = tokenize(cypherString(value));
        expect(tokens.map((t) => t.kind)).toEqual(['String', 'EOF']);
        expect(tokens[0]!.value).toBe(value);
      }),
    );
  });

  it('JSON embedded in HTML', () => {
    fc.assert(
      fc.property(text, (value) => {
        const embedded = embedJson({ value });
        expect(embedded).not.toMatch(/[<>&\u2028\u2029]/);
        expect(JSON.parse(embedded)).toEqual({ value });
      }),
    );
  });

  it('CSV fields and arrays', () => {
    fc.assert(
      fc.property(
        text,
        fc.array(
          text.filter((t) => t !== ''),
          { minLength: 1, maxLength: 3 },
        ),
        (name, aliases) => {
          const files = writeCsv(oneNode(name, aliases));
          const delimiter = files.find((f) => f.name === 'import.sh')!.content.match(/--array-delimiter='([^']+)'/)![1]!;
          const character = delimiter.startsWith('U+') ? String.fromCharCode(Number.parseInt(delimiter.slice(2), 16)) : delimiter;
          const [, row] = readCsv(files.find((f) => f.name === 'nodes_Body.csv')!.content);
          expect(row![2]!.value).toBe(name);
          if (aliases.every((a) => !a.includes(character))) expect(row![3]!.value.split(character)).toEqual(aliases);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('GEXF and GraphML attribute values and lists', () => {
    fc.assert(
      fc.property(
        xmlText.filter((t) => t !== ''),
        fc.array(xmlText, { maxLength: 3 }),
        (name, aliases) => {
          // The name doubles as the node key, which GraphML writes in an attribute.
          const graph = oneNode(name, aliases, name);
          for (const read of [readGexf(writeGexf(graph)), readGraphml(writeGraphml(graph))]) {
            expect(read.graph.nodes[name]!.properties).toEqual({ id: name, name, aliases });
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});
