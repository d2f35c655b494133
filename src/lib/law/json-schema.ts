/** JSON Schemas of the situation and the assessment, generated from the same zod source. */
import { z } from 'zod';
import { SituationSchema } from './schema/situation';
import { AssessmentSchema } from './schema/assessment';

export function jsonSchemas() {
  return {
    situation: z.toJSONSchema(SituationSchema, { io: 'input', unrepresentable: 'any' }),
    assessment: z.toJSONSchema(AssessmentSchema, { unrepresentable: 'any' }),
  };
}
