// After bulk writes: resample every index, wait for it, then clear the query caches, so the next plan of
// each API query is made on the graph as it now is. Without it Neo4j keeps a plan made on the old
// statistics until they diverge past its threshold and a replan interval has passed: a page planned on
// the small seed graph read thousands of db hits on a big one (src/db/schema.ts, settleStatistics).
CALL db.prepareForReplanning($timeoutSeconds)
