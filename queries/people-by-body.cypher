// The people affiliated with a body (by name or alias), with the role the text gives them.
// @param body "Early Intervention Foundation"
MATCH (b:Body)
WHERE toLower(b.name) = toLower($body) OR any(alias IN b.aliases WHERE toLower(alias) = toLower($body))
MATCH (p:Person)-[r:AFFILIATED_WITH]->(b)
RETURN b.name AS body, p.name AS person, r.role AS role, size(r.items) AS items
ORDER BY person, role
