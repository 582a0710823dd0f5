// `npm run bench:data` and `npm run bench`: how much synthetic data the graph holds (cities are counted
// by an index seek on their id prefix; the rest is proportional).
OPTIONAL MATCH (c:City) WHERE c.id STARTS WITH 'city:9' AND c.synthetic
RETURN count(c) AS cities
