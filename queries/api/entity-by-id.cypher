// Fetch one entity by its id. Backs the API's acceptance of entity ids.
// @param id "body:college-of-policing"
MATCH (e {id: $id})
WHERE e:Person OR e:Body OR e:Act OR e:Programme
RETURN e AS entity
