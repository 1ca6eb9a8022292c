// A tour of the KnowledgeGraph API on the fixture newsletters: run it with
//   npx tsx examples/api-tour.ts            (after `npm install`, which builds the package)
// Pass a Neo4j URI to ask the same questions of a server loaded with `crimegraph neo4j load`.

import { build, KnowledgeGraph } from 'crimegraph';

const uri = process.argv[2];
const kg = uri ? await KnowledgeGraph.connect({ uri }) : await build(['fixtures']);

const hmic = await kg.entity('HMIC');
if (!hmic) throw new Error('HMIC is not in the graph');
console.log(`${hmic.name} (${hmic.type}), also ${hmic.aliases.join(', ')}: ${hmic.mentionCount} mentions`);

for (const mention of await kg.mentions(hmic)) {
  console.log(`  ${mention.published}  ${mention.title}`);
  console.log(`      “${mention.evidence[0]}”`);
}

const [best] = await kg.search('Colege of Policng');
console.log(`\nsearch 'Colege of Policng' -> ${best?.entity.name} (score ${best?.score.toFixed(2)})`);

const nca = (await kg.entity('National Crime Agency'))!;
console.log(`\nParts of the ${nca.name}:`);
for (const n of await kg.neighbours(nca, { relation: 'PART_OF', direction: 'in' })) {
  console.log(`  ${n.node.properties.name}`);
}

console.log('\nNamed most often with the Home Office:');
for (const r of await kg.related('body:home-office', { limit: 5 })) {
  console.log(`  ${r.sharedItems} items  ${r.entity.name}`);
}

const path = await kg.path(nca, 'body:college-of-policing');
console.log(`\nPath: ${path?.nodes.map((n) => n.properties.name).join(' -> ')}`);

const rows = await kg.cypher('MATCH (p:Person)-[:HOLDS_ROLE]->(r:Role) RETURN p.name AS person, r.title AS role ORDER BY person LIMIT $n', { n: 5 });
console.table(rows);

if (kg.backendKind === 'embedded') {
  const top = await kg.centrality({ limit: 5 });
  console.log('\nMost central (PageRank):', top.map((t) => t.entity.name).join(', '));
}
console.log('\n', await kg.stats());
await kg.close();
