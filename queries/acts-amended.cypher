// Acts amended by bills and other legislation, with the sentence that says so.
MATCH (x:Act)-[r:AMENDS]->(y:Act)
RETURN x.name AS amending, x.kind AS kind, y.name AS amended, r.evidence[0] AS evidence
ORDER BY amending, amended
