import { Connection } from '../graph/pagination.js';
import { Source } from '../graph/node.interfaces.js';

export const SourceConnection = Connection('Source', () => Source);
