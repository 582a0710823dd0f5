// `npm run bench`: the (adcode, id) of the $n-th city in the API's order (adcode, then id), to build the
// cursor "after the n-th city" for the page operations. Not timed.
MATCH (c:City)
WITH c ORDER BY coalesce(c.adcode, '999999'), c.id
SKIP $n - 1 LIMIT 1
RETURN {adcode: coalesce(c.adcode, '999999'), id: c.id} AS city
