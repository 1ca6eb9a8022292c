// People with the roles they hold and the bodies they are affiliated with.
// @param limit 200
MATCH (p:Person)
OPTIONAL MATCH (p)-[:HOLDS_ROLE]->(r:Role)
OPTIONAL MATCH (p)-[:AFFILIATED_WITH]->(b:Body)
WITH p, r, b
ORDER BY r.title, b.name
RETURN p.name AS person, collect(DISTINCT r.title) AS roles, collect(DISTINCT b.name) AS bodies
ORDER BY person
LIMIT $limit
