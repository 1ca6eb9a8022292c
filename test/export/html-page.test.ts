// The HTML page as text: data embedded as JSON that cannot close its element, scripts allowed
// by hash only, no network, entities only by default, mentions kept for the details panel.

import { describe, expect, it } from 'vitest';
import { writeHtml } from '../../src/export/index.js';
import type { ViewerData } from '../../src/export/index.js';
import { embedJson, embedScript } from '../../src/export/html/embed.js';
import { HOSTILE_IMG, HOSTILE_SCRIPT, sampleGraph } from './fixtures/sample-graph.js';

function pageData(html: string): ViewerData {
  return JSON.parse(/<script id="graph-data" type="application\/json">(.*?)<\/script>/s.exec(html)![1]!) as ViewerData;
}

describe('embedding in HTML', () => {
  it.each([
    ['a closing script tag', HOSTILE_SCRIPT],
    ['an image with a handler', HOSTILE_IMG],
    ['an HTML comment opener', '<!-- x'],
    ['an ampersand entity', '&lt; &amp;'],
    ['line and paragraph separators', 'a\u2028b\u2029c'],
  ])('JSON with %s has no <, >, & or separators and parses back equal', (_what, text) => {
    const embedded = embedJson({ text, list: [text] });
    expect(embedded).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(embedded)).toEqual({ text, list: [text] });
  });

  it('keeps </script and <!-- out of inline script source', () => {
    expect(embedScript('const a = "</script><!--"; const b = "</SCRIPT>";')).toBe('const a = "<\\/script><\\!--"; const b = "<\\/SCRIPT>";');
  });
});

describe('the HTML page', () => {
  const viewerScript = 'document.body.dataset.ready = "true";';
  const html = writeHtml(sampleGraph(), { viewerScript });

  it('holds exactly two scripts: the data and the viewer', () => {
    expect(html.match(/<script/g)).toHaveLength(2);
    expect(html).toContain(`<script>${viewerScript}</script>`);
  });

  it('allows only the viewer script by its hash and no network at all', () => {
    const csp = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)![1]!;
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("connect-src 'none'");
    expect(csp).toMatch(/script-src 'sha256-[A-Za-z0-9+/]+=*'(;|$)/);
    expect(csp).not.toContain("unsafe-inline'; script");
    expect(html).not.toMatch(/\b(src|href)="https?:/);
  });

  it('never writes data as markup', () => {
    const withoutData = html.replace(/<script id="graph-data"[\s\S]*?<\/script>/, '');
    expect(withoutData).not.toContain('window.__pwned');
    expect(html).not.toContain(HOSTILE_SCRIPT);
    expect(html).not.toContain(HOSTILE_IMG);
  });

  it('shows entities only by default, and their mentions with date, item title and sentence', () => {
    const data = pageData(html);
    const keys = data.graph.nodes.map((n) => n.key);
    expect(keys).toContain('body:hm-inspectorate-of-constabulary');
    expect(keys).not.toContain('000_79e92bb3579205a4');
    expect(keys).not.toContain('000_79e92bb3579205a4#1');
    const hmic = data.graph.nodes.find((n) => n.key === 'body:hm-inspectorate-of-constabulary')!.attributes!;
    expect(hmic.aliases).toEqual(['HMIC']);
    expect(hmic.mentions).toEqual([
      {
        item: '000_79e92bb3579205a4#1',
        itemTitle: 'First HMIC PEEL assessments published',
        newsletter: '000_79e92bb3579205a4',
        newsletterTitle: 'Crime and policing news update: November 2014',
        published: '2014-11-28',
        evidence: [
          'On 27 November, HM Inspectorate of Constabulary (HMIC) published its assessments which show how well all police forces are performing.',
          'Forces are assessed using all the information HMIC has gathered.',
        ],
      },
    ]);
    expect(data.types.map((t) => t.type)).toEqual(['Body', 'Person', 'Act', 'Programme', 'Role']);
  });

  it('keeps newsletters and items when asked, and both size measures for the switch', () => {
    const data = pageData(writeHtml(sampleGraph(), { viewerScript, entitiesOnly: false, size: 'degree' }));
    expect(data.graph.nodes.map((n) => n.key)).toContain('000_79e92bb3579205a4#1');
    expect(data.sizeBy).toBe('degree');
    for (const node of data.graph.nodes) {
      expect(node.attributes!.size).toBe(node.attributes!.sizes.degree);
      expect(node.attributes!.sizes.pagerank).toBeGreaterThan(0);
    }
  });
});
