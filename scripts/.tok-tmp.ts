import { tokenizeText } from '../src/extract/index.js';
const s = tokenizeText(process.argv[2]);
for (const sent of s) console.log(sent.tokens.map((t) => `${t.text}{${[...t.tags].join(',')}}`).join(' | '));
