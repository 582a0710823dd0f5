// An article's large text properties by id, only when a query selects them (`Article.text`,
// `Article.rawText`): every other query leaves them out of its node rows (SOURCE_TEXT_KEYS in
// src/source/source.type.ts), so an answer that shows only a source's id or title does not carry
// kilobytes of text it never shows. Feeds the per-request `sourceTexts` loader: one round trip for every
// text a level of the request asks for. $batch.keys: [{k, id, field}], `field` one of SOURCE_TEXT_FIELDS (the
// server's own closed set, never user input).
UNWIND $batch.keys AS key
MATCH (n:Node {id: key.id})
WHERE n:Source
RETURN key.k AS k, n[key.field] AS value
