// Loader: has a complete seed been written? (A load that stopped part-way leaves complete = false.)
OPTIONAL MATCH (s:SeedState {id: 'seed'})
RETURN s.complete AS complete, s.dataHash AS dataHash
