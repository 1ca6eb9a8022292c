// Find entities by exact name or alias, in any case, optionally of one type (Person, Body,
// Act or Programme). Backs KnowledgeGraph.entity().
// @param name "HMIC"
// @param type null
MATCH (e)
WHERE (e:Person OR e:Body OR e:Act OR e:Programme)
  AND ($type IS NULL OR $type IN labels(e))
  AND (toLower(e.name) = toLower($name) OR any(alias IN e.aliases WHERE toLower(alias) = toLower($name)))
RETURN e AS entity
ORDER BY e.mentionCount DESC, e.id
