// Loader: records whether the last load finished and which data it wrote.
MERGE (s:SeedState {id: 'seed'})
SET s.complete = $complete, s.dataHash = $dataHash
RETURN s.complete AS complete
