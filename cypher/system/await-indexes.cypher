// After bulk writes (the seed loader, bench:data): wait until every index is ONLINE, so the statistics
// sampled next and the plans made on them see the indexes (src/db/schema.ts, settleStatistics).
CALL db.awaitIndexes($timeoutSeconds)
