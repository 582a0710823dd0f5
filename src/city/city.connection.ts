import { Connection } from '../graph/pagination.js';
import { City } from './city.type.js';

export const CityConnection = Connection('City', () => City);
