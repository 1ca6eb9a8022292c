// The number of nodes. Backs KnowledgeGraph.stats() on Neo4j (on a snapshot, the graph counts itself).
MATCH (n)
RETURN count(n) AS nodes
