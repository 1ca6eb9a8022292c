// Who leads which programmes: every LEADS relation, with the number of items that state it.
// @param limit 100
MATCH (leader)-[r:LEADS]->(p:Programme)
RETURN p.name AS programme, leader.name AS leader, labels(leader)[0] AS leaderType, size(r.items) AS items
ORDER BY programme, leader
LIMIT $limit
