// Loader: records whether the last load finished, which data it wrote (dataHash: the bundle's content)
// and the fingerprint of the files it was built from (inputHash; null when not known).
MERGE (s:SeedState {id: 'seed'})
SET s.complete = $complete, s.dataHash = $dataHash, s.inputHash = $inputHash
RETURN s.complete AS complete
