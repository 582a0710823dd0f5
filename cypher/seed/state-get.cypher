// Loader: has a complete seed been written, from which data, built from which input files? (A load
// that stopped part-way leaves complete = false.)
OPTIONAL MATCH (s:SeedState {id: 'seed'})
RETURN s.complete AS complete, s.dataHash AS dataHash, s.inputHash AS inputHash
