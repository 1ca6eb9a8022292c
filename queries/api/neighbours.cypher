// The entities next to an entity and the relation between, filtered by neighbour type,
// relation type and direction ('out', 'in' or 'both'). Backs KnowledgeGraph.neighbours().
// @param id "body:college-of-policing"
// @param type null
// @param relation null
// @param direction "both"
MATCH (e {id: $id})-[r]-(n)
WHERE NOT type(r) IN ['MENTIONED_IN', 'HAS_ITEM']
  AND ($relation IS NULL OR type(r) = $relation)
  AND ($type IS NULL OR $type IN labels(n))
  AND ($direction = 'both'
       OR ($direction = 'out' AND startNode(r) = e)
       OR ($direction = 'in' AND endNode(r) = e))
RETURN n AS neighbour, type(r) AS relation,
       CASE WHEN startNode(r) = e THEN 'out' ELSE 'in' END AS direction,
       properties(r) AS properties
ORDER BY relation, direction, n.name, n.id
