// Loader: articles and reference lists are also :Source (graph-model contract).
UNWIND $ids AS id
MATCH (n:__LABEL__ {id: id})
SET n:Source
RETURN count(n) AS labelled
