// Structure: which bodies are part of which, and which programmes belong to a larger
// programme or to an act.
MATCH (part)-[r:PART_OF]->(whole)
RETURN labels(part)[0] AS partType, part.name AS part, labels(whole)[0] AS wholeType, whole.name AS whole, size(r.items) AS items
ORDER BY wholeType, whole, part
