// The most connected bodies: how many entities each body co-occurs with, and how many typed
// relations (affiliations, programmes led, parts) it takes part in.
// @param limit 20
MATCH (b:Body)
RETURN b.name AS body,
       COUNT { (b)-[:CO_OCCURS]-() } AS coOccurring,
       COUNT { (b)-[:AFFILIATED_WITH|LEADS|PART_OF]-() } AS typedRelations,
       b.mentionCount AS mentions
ORDER BY coOccurring DESC, typedRelations DESC, body
LIMIT $limit
