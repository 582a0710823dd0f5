/** What the extractor knows besides the article: the gazetteer (with the name resolver) and the curated entities. */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { EntitiesSchema, readDataFile } from '../ingest/facts.js';
import { buildGazetteer, readGazetteerExtra } from '../ingest/gazetteer.js';
import type { ExtractContext } from './extract.js';

export const DEFAULT_SEEDS_DIR = fileURLToPath(new URL('../../seeds/', import.meta.url));

export function loadExtractContext(seedsDir: string = DEFAULT_SEEDS_DIR): ExtractContext {
  const extraFile = join(seedsDir, 'gazetteer-extra.json');
  return {
    gazetteer: buildGazetteer(readGazetteerExtra(extraFile, 'gazetteer-extra.json'), 'gazetteer-extra.json'),
    entities: readDataFile(join(seedsDir, 'entities.json'), 'entities.json', EntitiesSchema),
  };
}
