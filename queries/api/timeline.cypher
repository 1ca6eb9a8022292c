// An entity's mentions per newsletter date. Backs KnowledgeGraph.timeline().
// @param id "body:college-of-policing"
MATCH (e {id: $id})-[m:MENTIONED_IN]->(:Item)<-[:HAS_ITEM]-(n:Newsletter)
RETURN n.published AS published, n.id AS newsletter, n.title AS title,
       count(*) AS items, sum(m.count) AS mentions
ORDER BY published, newsletter
