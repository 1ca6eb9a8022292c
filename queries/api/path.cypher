// The shortest path between two entities over typed relations and co-occurrence, at most
// maxHops long; among equally short paths the first by the ids along it, so both engines
// give the same one. Backs KnowledgeGraph.path().
// The hop limit is checked after a WITH: inside the shortest-path WHERE, Neo4j would fall back
// to an exhaustive search over the dense CO_OCCURS graph.
// @param from "body:home-office"
// @param to "body:college-of-policing"
// @param maxHops 6
MATCH (a {id: $from}), (b {id: $to})
MATCH p = allShortestPaths((a)-[:CO_OCCURS|AFFILIATED_WITH|HOLDS_ROLE|LEADS|PART_OF|AMENDS*..15]-(b))
WITH p, [n IN nodes(p) | n.id] AS ids
WHERE length(p) <= $maxHops
RETURN p AS path
ORDER BY ids
LIMIT 1
