// The bodies linked to an act: bodies named in the same items as the act (by name or alias),
// most shared items first.
// @param act "Modern Slavery Bill"
// @param limit 25
MATCH (a:Act)
WHERE toLower(a.name) = toLower($act) OR any(alias IN a.aliases WHERE toLower(alias) = toLower($act))
MATCH (a)-[:MENTIONED_IN]->(i:Item)<-[:MENTIONED_IN]-(b:Body)
RETURN a.name AS act, b.name AS body, count(DISTINCT i) AS sharedItems
ORDER BY sharedItems DESC, body
LIMIT $limit
