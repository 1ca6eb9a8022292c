// Programmes by year: each programme counted in the year of the first newsletter that
// mentions it, with their names.
MATCH (p:Programme)-[:MENTIONED_IN]->(:Item)<-[:HAS_ITEM]-(n:Newsletter)
WITH p, min(n.published) AS firstSeen
WITH substring(firstSeen, 0, 4) AS year, p.name AS programme
ORDER BY year, programme
RETURN year, count(programme) AS programmes, collect(programme) AS names
ORDER BY year
