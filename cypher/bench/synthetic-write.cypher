// `npm run bench:data`: writes one batch of synthetic groups (bench/lib/synthetic.ts says what a group
// holds). The rows carry only the random draws; names, ids and the article's sentences are built here,
// so little crosses Bolt. Only the anchors (a real Province, Programme, Agency) are looked up, each by
// its id constraint. Every synthetic node also gets the shared `:Node` label, every city, article and
// assessment event the `provinceOrder` / `sourceOrder` / `assessmentOrder` key (and its ASSESSED_BY / FOR_PROGRAMME the `agencyOrder` / `programmeOrder` key, every DESIGNATED_IN the `designationOrder`,
// `programmeDesignationOrder`, `programmeCityOrder` keys; no synthetic designation names a round, so none has `roundOrder`; every fact relationship its `sourceKey`) the loader gives seed ones (docs/graph-model.md), and every fact the article
// states carries its id in `sourceIds` and its sentence in `evidence`. Numbers arrive as floats from
// JavaScript: integers are stored as integers, like the seed's.
// $groups: [GroupRow], $metrics: [{metric, label, unit}], $kinds: [string], $gazetteer: 'ref:gazetteer'
UNWIND $groups AS g
MATCH (prov:Province {id: g.province})
WITH g, prov, toInteger(g.g) AS gi
WITH g, prov, gi, right('000000' + toString(gi), 7) AS gpad,
     [k IN range(0, 4) | {k: k, n: gi * 5 + k, pad: right('000000' + toString(gi * 5 + k), 7)}] AS ks
CALL (g, ks) {
  UNWIND ks AS x
  WITH x, '模拟' + x.pad + CASE x.k WHEN 0 THEN '市' ELSE '区' END AS name,
       CASE x.k WHEN 0 THEN 'Synthetic City ' ELSE 'Synthetic District ' END + toString(x.n) AS nameEn
  CREATE (c:City:Node {id: 'city:9' + x.pad, adcode: '9' + x.pad, provinceOrder: g.province + '|9' + x.pad, name: name, nameEn: nameEn,
                       aliases: ['模拟' + x.pad, 'Moni ' + toString(x.n)],
                       level: CASE x.k WHEN 0 THEN 'prefecture' ELSE 'district' END,
                       searchText: name + ' | ' + nameEn + ' | 模拟' + x.pad + ' | Moni ' + toString(x.n), synthetic: true})
  RETURN collect(c) AS cities
}
CREATE (art:Article:Source:Node {id: 'article:syn-' + gpad, sourceOrder: '0|' + g.published, title: cities[0].name + '知识产权工作综述(' + left(g.published, 4) + ')',
                                 publisher: ['模拟日报', '模拟发布', 'Synthetic Daily'][gi % 3], publishedAt: date(g.published),
                                 language: 'zh-Hans', url: 'https://example.invalid/synthetic/' + toString(gi), synthetic: true})
WITH g, prov, gi, gpad, cities, art
CALL (prov, cities, art) {
  UNWIND range(0, 4) AS k
  WITH k, cities[k] AS c, CASE k WHEN 0 THEN prov ELSE cities[0] END AS parent
  CREATE (c)-[:LOCATED_IN {sourceIds: [$gazetteer], sourceKey: '|' + $gazetteer + '|', evidence: ['{"code":"' + c.adcode + '","name":"' + c.name + '","synthetic":true}'], key: '', synthetic: true}]->(parent)
  CREATE (art)-[:MENTIONS {key: '', synthetic: true}]->(c)
  RETURN count(*) AS located
}
CALL (g, cities, art) {
  UNWIND g.des AS d
  MATCH (p:Programme {id: d.programme})
  WITH d, p, cities[toInteger(d.c)] AS c, toInteger(d.year) AS year
  WITH d, p, c, year, c.name + '于' + toString(year) + '年入选' + p.name + '(第' + d.batch + '批)。' AS sentence,
       right('0000' + toString(year), 4) + '|' + c.adcode + '|' + p.id + '|' + c.id + '|' + p.id + '|' + toString(year) AS o
  CREATE (c)-[:DESIGNATED_IN {year: year, batch: d.batch, key: toString(year), sourceIds: [art.id], sourceKey: '|' + art.id + '|', evidence: [sentence], synthetic: true,
                              designationOrder: o, programmeDesignationOrder: p.id + '|' + o, programmeCityOrder: p.id + '|' + c.adcode + '|' + c.id}]->(p)
  RETURN collect(sentence) AS desSentences, count(*) AS designations
}
CALL (g, cities, art) {
  UNWIND g.obs AS o
  WITH o, cities[toInteger(o.c)] AS c, $metrics[toInteger(o.m)] AS m, toString(toInteger(o.year)) AS y
  WITH o, c, m, y, y + CASE WHEN o.half THEN '-H1' ELSE '' END AS period
  WITH o, c, m, y, period, y + '年' + CASE WHEN o.half THEN '上半年' ELSE '' END + c.name + m.label + toString(o.value) + '(' + m.unit + ')。' AS sentence
  CREATE (ob:Observation:Node {id: 'observation:syn:' + c.adcode + ':' + m.metric + ':' + period, name: c.name + ' ' + m.label + ' (' + period + ')',
                               metric: m.metric, label: m.label, value: o.value, unit: m.unit, period: period, periodText: y + '年', synthetic: true})
  CREATE (ob)-[:OBSERVED_IN {sourceIds: [art.id], sourceKey: '|' + art.id + '|', evidence: [sentence], key: '', synthetic: true}]->(c)
  CREATE (art)-[:REPORTS {evidence: sentence, key: '', synthetic: true}]->(ob)
  RETURN collect(sentence) AS obsSentences, count(*) AS observations
}
CALL (g, gpad, cities, art) {
  MATCH (ag:Agency {id: g.ae.agency})
  MATCH (p:Programme {id: g.ae.programme})
  WITH ag, p, cities[0] AS c, $kinds[toInteger(g.ae.kind)] AS kind, toString(toInteger(g.ae.year)) AS y
  WITH ag, p, c, kind, y, CASE kind WHEN 'acceptance' THEN '验收' ELSE '考核' END AS word
  WITH ag, p, c, kind, y, word, y + '年,' + ag.name + '对' + c.name + '开展' + p.name + word + ',结果为合格。' AS sentence
  CREATE (ae:AssessmentEvent:Node {id: 'assessment:syn-' + gpad, assessmentOrder: y + '-01-01|assessment:syn-' + gpad, name: c.name + y + '年' + word, year: toInteger(y), kind: kind, outcome: '合格', level: 'national', synthetic: true})
  CREATE (ae)-[:ASSESSES {sourceIds: [art.id], sourceKey: '|' + art.id + '|', evidence: [sentence], key: '', synthetic: true}]->(c)
  CREATE (ae)-[:ASSESSED_BY {agencyOrder: ag.id + '|' + y + '-01-01|assessment:syn-' + gpad, role: 'carried out', sourceIds: [art.id], sourceKey: '|' + art.id + '|', evidence: [sentence], key: 'carried out', synthetic: true}]->(ag)
  CREATE (ae)-[:FOR_PROGRAMME {programmeOrder: p.id + '|' + y + '-01-01|assessment:syn-' + gpad, sourceIds: [art.id], sourceKey: '|' + art.id + '|', evidence: [sentence], key: '', synthetic: true}]->(p)
  CREATE (art)-[:REPORTS {evidence: sentence, key: '', synthetic: true}]->(ae)
  RETURN sentence AS aeSentence
}
SET art.text = reduce(s = '', x IN desSentences + obsSentences + [aeSentence] | s + x)
RETURN count(*) AS groups, sum(designations) AS designations, sum(observations) AS observations
