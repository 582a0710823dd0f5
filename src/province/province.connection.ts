import { Connection } from '../graph/pagination.js';
import { Province } from './province.type.js';

export const ProvinceConnection = Connection('Province', () => Province);
