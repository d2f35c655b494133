/**
 * Dated parameters: every value has the date it takes effect, its sources and a confidence mark.
 * A date before a parameter's first value is an error, never a silent fallback (docs/law/dates.md).
 */
import { monthStart } from '../dates';
import rulesFile from './rules.json';
import smicFile from './smic.json';

export interface Source {
  ref: string;
  url?: string;
}

/** V: verified in the text; V2: secondary sources only; I: inferred; single_source: one source only. */
export type Confidence = 'V' | 'V2' | 'I' | 'single_source';

export interface DatedValue<T> {
  from: string;
  value: T;
  sources: Source[];
  confidence: Confidence;
  note?: string;
}

export interface Parameter<T> {
  id: string;
  description: string;
  unit: string;
  verifiedOn: string;
  values: DatedValue<T>[];
}

export interface SmicValue {
  hourlyGross: number;
  monthlyGross: number;
  monthlyNet: number;
}

export interface HousingSurface {
  base: Record<'A_bis' | 'A' | 'B1' | 'B2' | 'C', number>;
  basePersons: number;
  stepUpTo8: number;
  stepBeyond8: number;
  stepLimitPersons: number;
}

export interface RulesParameters {
  'regroupement.residenceMonths': number;
  'regroupement.residenceMonthsAlgeria': number;
  'regroupement.permitMinimumValidityYears': number;
  'regroupement.incomeCoefficients': { upTo3: number; upTo5: number; from6: number };
  'regroupement.incomeReferenceMonths': number;
  'regroupement.housingSurface': HousingSurface;
  'regroupement.exemptionAge': { age: number; residenceYears: number; marriageYears: number };
  'ages.majority': number;
  'ages.refugeeChildLimit': number;
  'reunification.exceptionWindowMonths': number;
  'ages.euDescendantLimit': number;
}

export type ParameterId = keyof RulesParameters;

export class ParameterCoverageError extends Error {
  constructor(
    readonly parameter: string,
    readonly date: string,
    readonly firstDate: string,
  ) {
    super(`no value of "${parameter}" before ${firstDate}; reunir cannot assess ${date}`);
  }
}

export interface ParameterSet {
  smic: Parameter<SmicValue>;
  rules: { [K in ParameterId]: Parameter<RulesParameters[K]> };
}

function loadRules(): ParameterSet['rules'] {
  const out: Record<string, Parameter<unknown>> = {};
  for (const [id, p] of Object.entries(rulesFile.parameters)) {
    out[id] = { id, verifiedOn: rulesFile.verifiedOn, ...p } as Parameter<unknown>;
  }
  return out as ParameterSet['rules'];
}

export const parameters: ParameterSet = {
  smic: smicFile as Parameter<SmicValue>,
  rules: loadRules(),
};

/** The value in force on `date`: the last one whose `from` is on or before it. */
export function entryAt<T>(param: Parameter<T>, date: string): DatedValue<T> {
  let found: DatedValue<T> | undefined;
  for (const v of param.values) if (v.from <= date) found = v;
  const first = param.values[0];
  if (!found || !first) throw new ParameterCoverageError(param.id, date, first?.from ?? 'none');
  return found;
}

export function ruleAt<K extends ParameterId>(
  set: ParameterSet,
  id: K,
  date: string,
): RulesParameters[K] {
  return entryAt(set.rules[id], date).value;
}

const coverages = new WeakMap<ParameterSet, { from: string; verifiedOn: string }>();

/** First date every parameter the engine may need covers, and the last verification date. */
export function coverage(set: ParameterSet): { from: string; verifiedOn: string } {
  let found = coverages.get(set);
  if (!found) coverages.set(set, (found = computeCoverage(set)));
  return found;
}

function computeCoverage(set: ParameterSet): { from: string; verifiedOn: string } {
  const firsts = Object.values(set.rules).map((p) => p.values[0]?.from ?? '9999-12-31');
  const smicFirst = set.smic.values[0]?.from ?? '9999-12-31';
  // A filing date needs the SMIC of the full calendar months before its month.
  const referenceMonths = set.rules['regroupement.incomeReferenceMonths'].values[0]?.value ?? 12;
  const smicCovered = monthStart(smicFirst, referenceMonths);
  const from = [...firsts, smicCovered].sort().at(-1) ?? smicCovered;
  const verifiedOn =
    [set.smic.verifiedOn, ...Object.values(set.rules).map((p) => p.verifiedOn)].sort()[0] ?? '';
  return { from, verifiedOn };
}
