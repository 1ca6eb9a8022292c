// The shortest path between two entities over typed relations and co-occurrence, at most
// maxHops long; among equally short paths the first by the ids along it, so both engines
// give the same one. Backs KnowledgeGraph.path().
// @param from "body:home-office"
// @param to "body:college-of-policing"
// @param maxHops 6
MATCH (a {id: $from}), (b {id: $to})
MATCH p = allShortestPaths((a)-[:CO_OCCURS|AFFILIATED_WITH|HOLDS_ROLE|LEADS|PART_OF|AMENDS*]-(b))
WHERE length(p) <= $maxHops
WITH p, [n IN nodes(p) | n.id] AS ids
ORDER BY ids
RETURN p AS path
LIMIT 1
