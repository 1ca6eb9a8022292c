// One item with its newsletter. Backs the item page and GET /api/items/{id} of `crimegraph serve`.
// @param id "000_79e92bb3579205a4#1"
MATCH (n:Newsletter)-[:HAS_ITEM]->(i:Item {id: $id})
RETURN i.id AS id, i.number AS number, i.title AS title, i.text AS text,
       n.id AS newsletter, n.title AS newsletterTitle, n.published AS published
