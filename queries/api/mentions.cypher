// The items that mention an entity, in date order, with their newsletter, the mention count
// and the evidence sentences. Backs KnowledgeGraph.mentions().
// @param id "body:college-of-policing"
MATCH (e {id: $id})-[m:MENTIONED_IN]->(i:Item)<-[:HAS_ITEM]-(n:Newsletter)
RETURN n.id AS newsletter, n.title AS newsletterTitle, n.published AS published,
       i.id AS item, i.title AS title, m.count AS count, m.evidence AS evidence
ORDER BY published, newsletter, item
