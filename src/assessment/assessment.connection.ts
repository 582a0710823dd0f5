import { Connection } from '../graph/pagination.js';
import { AssessmentEvent } from './assessment.type.js';

export const AssessmentEventConnection = Connection('AssessmentEvent', () => AssessmentEvent);
