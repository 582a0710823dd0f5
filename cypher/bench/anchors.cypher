// `npm run bench:data`: the real nodes synthetic data hangs from (the seed's provinces, programmes,
// national agencies and the gazetteer source).
CALL () {
  MATCH (p:Province) RETURN 'province' AS kind, p.id AS id
  UNION ALL MATCH (p:Programme) RETURN 'programme' AS kind, p.id AS id
  UNION ALL MATCH (a:Agency) WHERE a.level = 'national' RETURN 'agency' AS kind, a.id AS id
  UNION ALL MATCH (r:ReferenceList {id: 'ref:gazetteer'}) RETURN 'gazetteer' AS kind, r.id AS id
}
RETURN kind, id
ORDER BY kind, id
