// Full-text search over every name form. The CJK analyzer indexes Chinese as overlapping bigrams and
// Latin text as lower-cased words, so 黄石, 黃石 (via the Traditional aliases), Huangshi and
// "Huangshi City" all hit. `searchText` is written by the loader: name, nameEn and every alias.
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS
FOR (n:Province|City|Agency|Programme|Organisation|Person|Event)
ON EACH [n.name, n.nameEn, n.searchText]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'cjk', `fulltext.eventually_consistent`: false } };
CREATE INDEX city_adcode IF NOT EXISTS FOR (n:City) ON (n.adcode);
CREATE INDEX province_adcode IF NOT EXISTS FOR (n:Province) ON (n.adcode);
CREATE INDEX assessment_date IF NOT EXISTS FOR (n:AssessmentEvent) ON (n.date);
CREATE INDEX observation_metric IF NOT EXISTS FOR (n:Observation) ON (n.metric);
CREATE INDEX designation_year IF NOT EXISTS FOR ()-[d:DESIGNATED_IN]-() ON (d.year);
// The stored sort key of Province.cities pages ('<province id>|<adcode>', written by the loader and by
// `npm run bench:data`): a page is a range seek on it, in index order, however many cities the province has.
CREATE INDEX city_province_order IF NOT EXISTS FOR (n:City) ON (n.provinceOrder);
// The stored sort key of Query.sources ('0|<publishedAt>' for articles, '1|<title>' for reference lists,
// written by the loader and by `npm run bench:data`): a page is a seek on it, in index order.
CREATE INDEX source_order IF NOT EXISTS FOR (n:Source) ON (n.sourceOrder);
// The stored sort key of unanchored Query.assessments pages ('<date or 1 January of its year>|<id>',
// written by the loader and by `npm run bench:data`): a page is a seek on it, in index order.
CREATE INDEX assessment_order IF NOT EXISTS FOR (n:AssessmentEvent) ON (n.assessmentOrder);
// The stored sort keys of an agency's and a programme's assessment pages ('<agency or programme id>|<the
// event's assessmentOrder>', on the relationship; written by the loader and by `npm run bench:data`): a
// page is a range seek on the anchor's prefix, in index order.
CREATE INDEX assessed_by_agency_order IF NOT EXISTS FOR ()-[r:ASSESSED_BY]-() ON (r.agencyOrder);
CREATE INDEX for_programme_programme_order IF NOT EXISTS FOR ()-[r:FOR_PROGRAMME]-() ON (r.programmeOrder);
// The stored sort keys of the pages of designations (on DESIGNATED_IN; cypher/seed/designation-order.cypher
// says what each holds; written by the loader and by `npm run bench:data`): Query.designations, a
// programme's designations, a programme's cities and a round's members are range seeks in the page's order.
CREATE INDEX designated_in_designation_order IF NOT EXISTS FOR ()-[d:DESIGNATED_IN]-() ON (d.designationOrder);
CREATE INDEX designated_in_programme_designation_order IF NOT EXISTS FOR ()-[d:DESIGNATED_IN]-() ON (d.programmeDesignationOrder);
CREATE INDEX designated_in_programme_city_order IF NOT EXISTS FOR ()-[d:DESIGNATED_IN]-() ON (d.programmeCityOrder);
CREATE INDEX designated_in_round_order IF NOT EXISTS FOR ()-[d:DESIGNATED_IN]-() ON (d.roundOrder);
// A relationship fact's sources as one string, `sourceKey` = '|' + sourceIds joined by '|' + '|' (written by
// the loader, cypher/seed/source-key.cypher, and by `npm run bench:data`), one TEXT index per type that
// carries sourceIds: Source.facts is `sourceKey CONTAINS '|<source id>|'`, an index seek, where
// `<id> IN r.sourceIds` (a list: Neo4j does not index its elements) read every relationship.
CREATE TEXT INDEX located_in_source_key IF NOT EXISTS FOR ()-[r:LOCATED_IN]-() ON (r.sourceKey);
CREATE TEXT INDEX designated_in_source_key IF NOT EXISTS FOR ()-[r:DESIGNATED_IN]-() ON (r.sourceKey);
CREATE TEXT INDEX assesses_source_key IF NOT EXISTS FOR ()-[r:ASSESSES]-() ON (r.sourceKey);
CREATE TEXT INDEX assessed_by_source_key IF NOT EXISTS FOR ()-[r:ASSESSED_BY]-() ON (r.sourceKey);
CREATE TEXT INDEX for_programme_source_key IF NOT EXISTS FOR ()-[r:FOR_PROGRAMME]-() ON (r.sourceKey);
CREATE TEXT INDEX administered_by_source_key IF NOT EXISTS FOR ()-[r:ADMINISTERED_BY]-() ON (r.sourceKey);
CREATE TEXT INDEX jurisdiction_over_source_key IF NOT EXISTS FOR ()-[r:JURISDICTION_OVER]-() ON (r.sourceKey);
CREATE TEXT INDEX observed_in_source_key IF NOT EXISTS FOR ()-[r:OBSERVED_IN]-() ON (r.sourceKey);
CREATE TEXT INDEX held_in_source_key IF NOT EXISTS FOR ()-[r:HELD_IN]-() ON (r.sourceKey);
CREATE TEXT INDEX participated_in_source_key IF NOT EXISTS FOR ()-[r:PARTICIPATED_IN]-() ON (r.sourceKey);
CREATE TEXT INDEX holds_position_source_key IF NOT EXISTS FOR ()-[r:HOLDS_POSITION]-() ON (r.sourceKey);
CREATE TEXT INDEX has_round_source_key IF NOT EXISTS FOR ()-[r:HAS_ROUND]-() ON (r.sourceKey);
CREATE TEXT INDEX states_count_source_key IF NOT EXISTS FOR ()-[r:STATES_COUNT]-() ON (r.sourceKey);
