// The entities that co-occur with an entity, ranked by the number of items they share.
// Backs KnowledgeGraph.related().
// @param id "body:college-of-policing"
// @param limit 10
MATCH (e {id: $id})-[c:CO_OCCURS]-(o)
RETURN o AS entity, c.weight AS sharedItems
ORDER BY sharedItems DESC, o.name, o.id
LIMIT $limit
