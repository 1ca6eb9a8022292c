// Node counts per label. Backs KnowledgeGraph.stats().
MATCH (n)
UNWIND labels(n) AS label
RETURN label, count(*) AS count
ORDER BY label
