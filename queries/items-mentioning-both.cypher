// The items that mention two given entities (each by name or alias), with their newsletter date.
// @param a "Home Office"
// @param b "College of Policing"
MATCH (x)-[:MENTIONED_IN]->(i:Item)<-[:MENTIONED_IN]-(y)
WHERE (toLower(x.name) = toLower($a) OR any(alias IN x.aliases WHERE toLower(alias) = toLower($a)))
  AND (toLower(y.name) = toLower($b) OR any(alias IN y.aliases WHERE toLower(alias) = toLower($b)))
MATCH (n:Newsletter)-[:HAS_ITEM]->(i)
RETURN DISTINCT n.published AS published, i.id AS item, i.title AS title
ORDER BY published, item
