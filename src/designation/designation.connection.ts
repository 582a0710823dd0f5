import { Connection } from '../graph/pagination.js';
import { Designation } from './designation.type.js';

export const DesignationConnection = Connection('Designation', () => Designation);
