// Loader, after the relationships: gives every city its `provinceOrder` key, '<province id>|<adcode>'
// (the province reached directly or through its prefecture), the stored sort key that the
// city_province_order index serves, so Province.cities pages are index seeks in adcode order
// (cypher/api/city/cities-in-province-page.cypher) instead of sorting the province's cities.
MATCH (p:Province)<-[:LOCATED_IN*1..2]-(c:City)
WHERE c.adcode IS NOT NULL
WITH c, min(p.id) AS province
SET c.provinceOrder = province + '|' + c.adcode
RETURN count(c) AS keyed
