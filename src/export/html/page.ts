// The viewer's HTML page: layout, styles, the embedded data and the inlined script, under a
// Content-Security-Policy that allows no network and only the one script whose hash it names.

import { createHash } from 'node:crypto';

/** Stylesheet of the page (inlined: the file must work offline and alone). */
const STYLE = `
*{box-sizing:border-box}
html,body{margin:0;height:100%;font:14px/1.4 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif;color:#1d232a;background:#fbfbfa}
#app{display:grid;grid-template-columns:minmax(0,1fr) 360px;height:100%}
#graph{position:relative;min-height:300px;background:#fff}
#side{border-left:1px solid #dde1e6;overflow:auto;padding:12px 14px;background:#fbfbfa}
h1{font-size:16px;margin:0 0 8px}
h2{font-size:18px;margin:6px 0 4px;overflow-wrap:anywhere}
h3{font-size:13px;text-transform:uppercase;letter-spacing:.04em;color:#57606a;margin:14px 0 4px}
#search-box{position:relative}
#search{width:100%;padding:6px 8px;font-size:14px;border:1px solid #b9c0c8;border-radius:4px}
#suggestions{list-style:none;margin:2px 0 0;padding:0;border:1px solid #dde1e6;border-radius:4px;background:#fff;position:absolute;left:0;right:0;z-index:5;max-height:260px;overflow:auto}
#suggestions:empty{display:none}
#suggestions button{display:block;width:100%;text-align:left;border:0;background:none;padding:5px 8px;font:inherit;cursor:pointer}
#suggestions button:hover,#suggestions button:focus{background:#eef3f9}
.muted{color:#6a737d;font-size:12px}
#controls{margin:10px 0;display:flex;gap:10px;align-items:center;flex-wrap:wrap}
#legend{list-style:none;margin:0;padding:0;display:flex;flex-wrap:wrap;gap:4px 12px}
#legend label{display:flex;align-items:center;gap:5px;cursor:pointer}
.swatch{display:inline-block;width:11px;height:11px;border-radius:50%;flex:none}
.badge{display:inline-flex;align-items:center;gap:5px;font-size:12px;color:#57606a}
#details ul{margin:2px 0;padding-left:18px}
#details li{margin:3px 0;overflow-wrap:anywhere}
.link{border:0;background:none;padding:0;color:#0b5cad;font:inherit;cursor:pointer;text-decoration:underline;text-align:left}
.evidence{color:#3d444d;font-style:italic;margin:2px 0 0}
#empty{color:#6a737d}
@media (max-width:760px){#app{grid-template-columns:1fr;grid-template-rows:60vh auto}#side{border-left:0;border-top:1px solid #dde1e6}}
`;

/** The page around `dataJson` (already embedded with embedJson) and `script` (embedScript). */
export function renderPage(title: string, dataJson: string, script: string): string {
  const hash = createHash('sha256').update(script, 'utf8').digest('base64');
  const csp = [
    "default-src 'none'",
    `script-src 'sha256-${hash}'`,
    "style-src 'unsafe-inline'",
    'img-src data: blob:',
    "connect-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
  const safeTitle = title.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${safeTitle}</title>
<style>${STYLE}</style>
</head>
<body>
<div id="app">
  <main id="graph" aria-label="Graph"></main>
  <aside id="side">
    <h1>${safeTitle}</h1>
    <div id="search-box">
      <label class="muted" for="search">Find an entity by name or alias</label>
      <input id="search" type="search" autocomplete="off" placeholder="e.g. HMIC" aria-controls="suggestions">
      <ul id="suggestions" role="listbox"></ul>
    </div>
    <div id="controls">
      <label class="muted" for="size-by">Node size</label>
      <select id="size-by"><option value="pagerank">PageRank</option><option value="degree">Degree</option></select>
    </div>
    <ul id="legend" aria-label="Types"></ul>
    <section id="details" aria-live="polite"><p id="empty">Hover a node to see its neighbours; click it or search to see its details.</p></section>
  </aside>
</div>
<script id="graph-data" type="application/json">${dataJson}</script>
<script>${script}</script>
</body>
</html>
`;
}
