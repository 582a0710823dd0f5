// Entities mentioned by several sources: what the documents talk about together, and which documents.
//
// $minSources: how many distinct sources at least. $sourceLabel: 'Article' to count news articles
// only, 'ReferenceList' for roster sources only, or null for every source.
//
// :param minSources => 2
// :param sourceLabel => 'Article'
MATCH (s:Source)-[:MENTIONS]->(e)
WHERE $sourceLabel IS NULL OR $sourceLabel IN labels(s)
WITH e, s
ORDER BY s.id
WITH e, collect(s.id) AS sources
WHERE size(sources) >= $minSources
RETURN labels(e)[0] AS label,
       e.name AS name,
       e.nameEn AS nameEn,
       size(sources) AS sourceCount,
       sources
ORDER BY sourceCount DESC, label, name
