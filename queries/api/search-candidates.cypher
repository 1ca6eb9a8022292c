// Every entity's names and aliases, optionally of one type: the candidates that
// KnowledgeGraph.search() ranks by fuzzy similarity.
// @param type null
MATCH (e)
WHERE (e:Person OR e:Body OR e:Act OR e:Programme) AND ($type IS NULL OR $type IN labels(e))
RETURN e.id AS id, labels(e)[0] AS type, e.name AS name, e.aliases AS aliases, e.mentionCount AS mentionCount
ORDER BY id
