// The entities an item mentions, with the mention count and evidence sentences, by name.
// Backs GET /api/items/{id} of `crimegraph serve`.
// @param id "000_79e92bb3579205a4#1"
MATCH (e)-[m:MENTIONED_IN]->(i:Item {id: $id})
RETURN e.id AS id, labels(e)[0] AS type, e.name AS name, coalesce(e.aliases, []) AS aliases,
       m.count AS count, coalesce(m.evidence, []) AS evidence
ORDER BY name, id
