/**
 * The guide's named figures: each is a reference to a parameter of the store, never a value of its own,
 * so a fee or a deadline is written once (`src/lib/law/parameters/`) and the guide, the dossier and the
 * engine cannot disagree. The file is checked when it loads.
 */
import { z } from 'zod';
import {
  entryAt,
  type Confidence,
  type Parameter,
  type Source,
  store,
  type StoreId,
} from '../law/parameters';
import file from './figures.json';

const referenceSchema = z.strictObject({
  parameter: z.string().refine((id) => id in store, { message: 'not a parameter of the store' }),
  field: z.string().optional(),
  on: z.iso.date().optional(),
  in: z.literal('years').optional(),
});

const fileSchema = z.strictObject({
  about: z.string(),
  figures: z.record(z.string(), referenceSchema),
});

export type FigureReference = z.infer<typeof referenceSchema>;

export const FIGURES: Record<string, FigureReference> = fileSchema.parse(file).figures;

export type FigureUnit = 'EUR' | 'days' | 'months' | 'years';

export interface Figure {
  value: number;
  unit: FigureUnit;
  from: string;
  confidence: Confidence;
  sources: Source[];
  verifiedOn: string;
}

export class FigureError extends Error {}

function unitOf(param: Parameter<unknown>, field: string | undefined): FigureUnit {
  if (field?.endsWith('Months')) return 'months';
  if (field?.endsWith('Years')) return 'years';
  if (param.unit === 'EUR' || param.unit === 'years' || param.unit === 'months') return param.unit;
  throw new FigureError(`no unit for ${param.id}${field ? `.${field}` : ''}`);
}

/** The figure a reference names: the referenced value (latest, or in force `on`) with its unit. */
export function resolveFigure(ref: FigureReference): Figure {
  const param = store[ref.parameter as StoreId] as Parameter<unknown>;
  const entry = ref.on ? entryAt(param, ref.on) : param.values.at(-1);
  if (!entry) throw new FigureError(`${ref.parameter} has no value`);
  let value: unknown = entry.value;
  let unit: FigureUnit;
  if (ref.field) {
    value = (value as Record<string, unknown>)[ref.field];
    unit = unitOf(param, ref.field);
  } else if (typeof value === 'object' && value !== null && 'amount' in value) {
    // a period of the procedure: { amount, unit: days | months }
    const period = value as { amount: number; unit: 'days' | 'months' };
    value = period.amount;
    unit = period.unit;
  } else unit = unitOf(param, undefined);
  if (typeof value !== 'number') throw new FigureError(`${ref.parameter} is not a number`);
  if (ref.in === 'years') {
    if (unit !== 'months' || value % 12 !== 0)
      throw new FigureError(`${ref.parameter} is not a whole number of years`);
    value /= 12;
    unit = 'years';
  }
  return {
    value,
    unit,
    from: entry.from,
    confidence: entry.confidence,
    sources: entry.sources,
    verifiedOn: entry.verifiedOn ?? param.verifiedOn,
  };
}
