// The shortest paths between two entities (by name or alias) over typed relations and
// co-occurrence: every shortest path, as the names along it.
// @param a "National Cyber Crime Unit"
// @param b "College of Policing"
// @param limit 10
MATCH (x), (y)
WHERE (toLower(x.name) = toLower($a) OR any(alias IN x.aliases WHERE toLower(alias) = toLower($a)))
  AND (toLower(y.name) = toLower($b) OR any(alias IN y.aliases WHERE toLower(alias) = toLower($b)))
  AND x <> y
MATCH p = allShortestPaths((x)-[:CO_OCCURS|AFFILIATED_WITH|HOLDS_ROLE|LEADS|PART_OF|AMENDS*..6]-(y))
RETURN DISTINCT length(p) AS hops, [n IN nodes(p) | coalesce(n.name, n.title)] AS names
ORDER BY hops, names
LIMIT $limit
