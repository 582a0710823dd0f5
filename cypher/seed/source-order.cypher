// Loader, after the nodes: gives every source its `sourceOrder` key, the order of Query.sources
// (articles first, by date, then reference lists by title): '0|<publishedAt>' or '1|<title>'. It is the
// stored sort key the source_order index serves, so a page of sources is an index seek
// (cypher/api/source/sources-page.cypher) instead of sorting every source.
MATCH (n:Source)
SET n.sourceOrder = CASE WHEN n:Article THEN '0|' + toString(n.publishedAt) ELSE '1|' + coalesce(n.title, '') END
RETURN count(n) AS keyed
