// Every newsletter with its date and number of items, in date order. Backs the newsletter
// dates `crimegraph serve` puts beside relation evidence (read once at start).
MATCH (n:Newsletter)
RETURN n.id AS id, n.title AS title, n.published AS published, COUNT { (n)-[:HAS_ITEM]->() } AS items
ORDER BY published, id
