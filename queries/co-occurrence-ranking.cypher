// Co-occurrence ranking: the pairs of entities named together in the most items.
// @param minWeight 2
// @param limit 25
MATCH (a)-[c:CO_OCCURS]->(b)
WHERE c.weight >= $minWeight
RETURN a.name AS first, labels(a)[0] AS firstType, b.name AS second, labels(b)[0] AS secondType, c.weight AS sharedItems
ORDER BY sharedItems DESC, first, second
LIMIT $limit
