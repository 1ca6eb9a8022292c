// The KnowledgeGraph specification, written once and run on every backend: the embedded engine
// here in test/api, and Neo4j in test/neo4j (graphology runs one suite over every implementation).

import { describe, expect, it } from 'vitest';

import type { KnowledgeGraph } from '../../src/api/index.js';
import { CypherError, EntityNotFoundError, InvalidArgumentError } from '../../src/errors.js';

/** Runs the API specification on a knowledge graph of the five fixture newsletters. */
export function describeKnowledgeGraph(backend: string, knowledgeGraph: () => KnowledgeGraph): void {
  describe(`KnowledgeGraph on ${backend}`, () => {
    it('finds an entity by its acronym, in any case, with its full name', async () => {
      const kg = knowledgeGraph();
      const hmic = await kg.entity('hmic');
      expect(hmic).toMatchObject({ type: 'Body', name: 'HM Inspectorate of Constabulary' });
      expect(hmic!.aliases).toContain('HMIC');
      expect(hmic!.id).toBe('body:hm-inspectorate-of-constabulary');
      expect(await kg.entity('College of Policing')).toMatchObject({ type: 'Body', name: 'College of Policing' });
    });

    it('narrows an entity lookup by type and returns undefined for unknown names', async () => {
      const kg = knowledgeGraph();
      expect(await kg.entity('HMIC', 'Person')).toBeUndefined();
      expect(await kg.entity('No Such Body Anywhere')).toBeUndefined();
    });

    it('ranks fuzzy search hits, forgiving typos and partial names', async () => {
      const kg = knowledgeGraph();
      const typo = await kg.search('Colege of Policng');
      expect(typo[0]!.entity.name).toBe('College of Policing');
      const acronym = await kg.search('HMIC', { limit: 3 });
      expect(acronym[0]).toMatchObject({ score: 1, matched: 'HMIC' });
      expect(acronym.length).toBeLessThanOrEqual(3);
      const people = await kg.search('Damian', { type: 'Person' });
      expect(people[0]!.entity.name).toBe('Damian Green');
      expect(people.every((hit) => hit.entity.type === 'Person')).toBe(true);
      const scores = typo.map((hit) => hit.score);
      expect(scores).toEqual([...scores].sort((a, b) => b - a));
    });

    it('lists the items that mention an entity in date order, with evidence', async () => {
      const kg = knowledgeGraph();
      const hmic = (await kg.entity('HMIC'))!;
      const mentions = await kg.mentions(hmic);
      expect(mentions.length).toBeGreaterThanOrEqual(2);
      const dates = mentions.map((m) => m.published!);
      expect(dates).toEqual([...dates].sort());
      for (const mention of mentions) {
        expect(mention.item.startsWith(`${mention.newsletter}#`)).toBe(true);
        expect(mention.count).toBeGreaterThan(0);
        expect(mention.evidence.length).toBeGreaterThan(0);
        expect(mention.evidence.some((s) => /HMIC|Inspectorate/.test(s))).toBe(true);
      }
      expect(mentions.map((m) => m.title)).toContain('First HMIC PEEL assessments published');
      // An id works as well as the record.
      expect(await kg.mentions(hmic.id)).toEqual(mentions);
    });

    it('gives neighbours with the relation between, filtered by relation, type and direction', async () => {
      const kg = knowledgeGraph();
      const nca = (await kg.entity('National Crime Agency'))!;
      const all = await kg.neighbours(nca);
      expect(all.length).toBeGreaterThan(0);
      expect(all.every((n) => n.relation !== 'MENTIONED_IN' && n.relation !== 'HAS_ITEM')).toBe(true);
      const parts = await kg.neighbours(nca, { relation: 'PART_OF', direction: 'in' });
      expect(parts.map((n) => n.node.properties.name)).toContain('National Cyber Crime Unit');
      expect(parts.every((n) => n.relation === 'PART_OF' && n.direction === 'in')).toBe(true);
      const people = await kg.neighbours(nca, { type: 'Person' });
      expect(people.every((n) => n.node.labels.includes('Person'))).toBe(true);
      expect(await kg.neighbours(nca, { relation: 'PART_OF', direction: 'out' })).toEqual(all.filter((n) => n.relation === 'PART_OF' && n.direction === 'out'));
    });

    it('finds the shortest path between two entities, or none within the hop limit', async () => {
      const kg = knowledgeGraph();
      const unit = (await kg.entity('National Cyber Crime Unit'))!;
      const college = (await kg.entity('College of Policing'))!;
      const path = await kg.path(unit, college);
      expect(path).toBeDefined();
      expect(path!.nodes[0]!.id).toBe(unit.id);
      expect(path!.nodes.at(-1)!.id).toBe(college.id);
      expect(path!.relationships).toHaveLength(path!.nodes.length - 1);
      path!.relationships.forEach((r, i) => {
        const ends = [path!.nodes[i]!.id, path!.nodes[i + 1]!.id];
        expect([r.start, r.end].sort()).toEqual(ends.sort());
      });
      expect(await kg.path(unit, college, { maxHops: path!.relationships.length - 1 })).toBeUndefined();
      expect(await kg.path(unit, unit)).toEqual({ nodes: [path!.nodes[0]], relationships: [] });
    });

    it('ranks co-occurring entities by shared items, agreeing with CO_OCCURS weights', async () => {
      const kg = knowledgeGraph();
      const homeOffice = (await kg.entity('Home Office'))!;
      const related = await kg.related(homeOffice, { limit: 5 });
      expect(related).toHaveLength(5);
      const shared = related.map((r) => r.sharedItems);
      expect(shared).toEqual([...shared].sort((a, b) => b - a));
      const [top] = related;
      const rows = await kg.cypher('MATCH (a {id: $a})-[c:CO_OCCURS]-(b {id: $b}) RETURN c.weight AS weight', { a: homeOffice.id, b: top!.entity.id });
      expect(rows).toEqual([{ weight: top!.sharedItems }]);
    });

    it('counts mentions per newsletter date in the timeline', async () => {
      const kg = knowledgeGraph();
      const college = (await kg.entity('College of Policing'))!;
      const timeline = await kg.timeline(college);
      const mentions = await kg.mentions(college);
      expect(timeline.reduce((n, t) => n + t.items, 0)).toBe(mentions.length);
      expect(timeline.reduce((n, t) => n + t.mentions, 0)).toBe(mentions.reduce((n, m) => n + m.count, 0));
      expect(timeline.reduce((n, t) => n + t.mentions, 0)).toBe(college.mentionCount);
      const dates = timeline.map((t) => t.published!);
      expect(dates).toEqual([...dates].sort());
    });

    it('runs any Cypher with parameters and returns plain rows', async () => {
      const kg = knowledgeGraph();
      const rows = await kg.cypher('MATCH (n:Newsletter) RETURN n.published AS published ORDER BY published LIMIT $n', { n: 2 });
      expect(rows).toHaveLength(2);
      expect(rows[0]).toEqual({ published: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) });
      const [node] = await kg.cypher("MATCH (b:Body {name: 'Home Office'}) RETURN b");
      expect(node!.b).toMatchObject({ labels: ['Body'], properties: { name: 'Home Office' } });
    });

    it('explains a query without running it, and profiles one with its rows', async () => {
      const kg = knowledgeGraph();
      const plan = await kg.explain('MATCH (b:Body) WHERE b.name = $name RETURN b.name AS name', { name: 'Home Office' });
      expect(plan.operator).toBeTruthy();
      expect(plan.rows).toBeUndefined();
      const profiled = await kg.profile('MATCH (b:Body) WHERE b.name = $name RETURN b.name AS name', { name: 'Home Office' });
      expect(profiled.rows).toEqual([{ name: 'Home Office' }]);
      expect(profiled.plan.rows).toBe(1);
    });

    it('counts nodes and relationships per label and type', async () => {
      const kg = knowledgeGraph();
      const stats = await kg.stats();
      expect(stats.labels.Newsletter).toBe(5);
      expect(Object.values(stats.labels).reduce((a, b) => a + b, 0)).toBe(stats.nodes);
      expect(stats.relationshipTypes.HAS_ITEM).toBe(stats.labels.Item);
      expect(stats.relationships).toBeGreaterThan(stats.nodes);
    });

    it('rejects an unknown entity id with a typed error', async () => {
      const kg = knowledgeGraph();
      await expect(kg.mentions('body:no-such-body')).rejects.toBeInstanceOf(EntityNotFoundError);
      await expect(kg.timeline('body:no-such-body')).rejects.toMatchObject({ code: 'E_ENTITY_NOT_FOUND' });
    });

    // Options the API cannot use are typed errors naming the option and what it may be, not an
    // empty answer; the caller's mistake is never reported as a failure of an internal query.
    it.each([
      ['neighbours relation', (kg: KnowledgeGraph) => kg.neighbours('body:college-of-policing', { relation: 'BOGUS' }), 'relation', /'LEADS'/],
      [
        'neighbours direction',
        (kg: KnowledgeGraph) => kg.neighbours('body:college-of-policing', { direction: 'sideways' as 'out' }),
        'direction',
        /one of 'out', 'in', 'both'/,
      ],
      ['neighbours type', (kg: KnowledgeGraph) => kg.neighbours('body:college-of-policing', { type: 'Item' as 'Role' }), 'type', /'Role'/],
      ['search type', (kg: KnowledgeGraph) => kg.search('police', { type: 'Bogus' as 'Body' }), 'type', /one of 'Person', 'Body', 'Act', 'Programme'/],
      ['search limit', (kg: KnowledgeGraph) => kg.search('police', { limit: -1 }), 'limit', /an integer of at least 1/],
      ['path maxHops 0', (kg: KnowledgeGraph) => kg.path('body:home-office', 'body:college-of-policing', { maxHops: 0 }), 'maxHops', /an integer from 1 to 15/],
      ['path maxHops 1.5', (kg: KnowledgeGraph) => kg.path('body:home-office', 'body:college-of-policing', { maxHops: 1.5 }), 'maxHops', /from 1 to 15/],
      ['entity(42)', (kg: KnowledgeGraph) => kg.entity(42 as unknown as string), 'nameOrAlias', /a string; got 42/],
      ['entity type', (kg: KnowledgeGraph) => kg.entity('HMIC', 'Force' as 'Body'), 'type', /'Programme'/],
      ['mentions(null)', (kg: KnowledgeGraph) => kg.mentions(null as unknown as string), 'entity', /an entity id/],
      ['related limit', (kg: KnowledgeGraph) => kg.related('body:home-office', { limit: 0 }), 'limit', /at least 1/],
    ])('refuses a bad option with InvalidArgumentError: %s', async (_case, call, option, allowed) => {
      const error = await call(knowledgeGraph()).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(InvalidArgumentError);
      expect(error).toMatchObject({ code: 'E_INVALID_ARGUMENT', option });
      expect((error as Error).message).toMatch(allowed);
    });

    it('refuses an updating query read-only, at the clause, in the words of the API', async () => {
      const kg = knowledgeGraph();
      const error = await kg.cypher('MATCH (b:Body)\nWITH b LIMIT 1\nSET b.hacked = true RETURN b').catch((e: unknown) => e);
      expect(error).toBeInstanceOf(CypherError);
      expect(error).toMatchObject({ code: 'E_CYPHER_READ_ONLY', position: { line: 3, column: 1 } });
      expect((error as Error).message).toMatch(/open the graph with \{ write: true \}/);
      expect((error as Error).message).not.toMatch(/--write/);
      expect(await kg.cypher('MATCH (b:Body) WHERE b.hacked IS NOT NULL RETURN count(b) AS n')).toEqual([{ n: 0 }]);
    });
  });
}
