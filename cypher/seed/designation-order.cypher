// Loader, after the relationships: gives every (:City)-[:DESIGNATED_IN]->(:Programme) the stored sort keys
// of the pages that list designations, each the page's order as one string (docs/graph-model.md):
//   designationOrder           '<s>|<id>' of Query.designations: s = '<year, 4 digits>|<adcode>|<programme id>',
//                              id = '<city id>|<programme id>|<key>' (the API's cursor, as one string)
//   programmeDesignationOrder  '<programme id>|<designationOrder>' (Programme.members, Query.designations(programme:))
//   programmeCityOrder         '<programme id>|<adcode>|<city id>' (Query.cities(programme:), one city per key)
//   roundOrder                 '<round id>|<adcode>|<city id>|<programme id>|<key>' (Round.members; only
//                              where the designation names its round)
// The relationship indexes designated_in_* serve them, so each page is a range seek from its cursor in the
// page's order instead of a sort of the programme's (or the year's) designations.
MATCH (c:City)-[d:DESIGNATED_IN]->(g:Programme)
WITH c, d, g, right('0000' + toString(d.year), 4) + '|' + c.adcode + '|' + g.id + '|' + c.id + '|' + g.id + '|' + coalesce(d.key, '') AS o
SET d.designationOrder = o,
    d.programmeDesignationOrder = g.id + '|' + o,
    d.programmeCityOrder = g.id + '|' + c.adcode + '|' + c.id,
    d.roundOrder = d.round + '|' + coalesce(c.adcode, '999999') + '|' + c.id + '|' + g.id + '|' + coalesce(d.key, '')
RETURN count(d) AS keyed
