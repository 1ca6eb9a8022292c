// An entity's timeline: per newsletter, how many of its items mention the entity (found by
// name or alias, any case) and how often.
// @param name "HMIC"
MATCH (e)
WHERE (e:Person OR e:Body OR e:Act OR e:Programme)
  AND (toLower(e.name) = toLower($name) OR any(alias IN e.aliases WHERE toLower(alias) = toLower($name)))
MATCH (e)-[m:MENTIONED_IN]->(i:Item)<-[:HAS_ITEM]-(n:Newsletter)
RETURN e.name AS entity, n.published AS published, n.title AS newsletter, count(i) AS items, sum(m.count) AS mentions
ORDER BY published, newsletter, entity
