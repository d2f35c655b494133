/**
 * The one store of dated parameters: the engine's rules and SMIC, the procedures' fees and deadlines,
 * and the card validities the guide states. Every value has the date it takes effect, its sources and a
 * confidence mark; every file has the date its sources were last checked. The files are checked against
 * `./schema.ts` when this module loads, so a malformed value fails every test and every start.
 * A date before a parameter's first value is an error, never a silent fallback (docs/law/dates.md).
 *
 * Only base values are stored: the monthly SMIC amounts are computed from the hourly rate, the legal
 * week and the net ratio (`smicValues`), except where the Ministry published a different net figure.
 */
import { monthStart } from '../dates';
import cardsFile from './cards.json';
import procedureFile from './procedure.json';
import rulesFile from './rules.json';
import smicFile from './smic.json';
import {
  type Confidence,
  parameterFileSchema,
  type Source,
  type StoreId,
  type StoreValues,
  VALUE_SCHEMAS,
} from './schema';

export type { Confidence, Source, StoreId, StoreValues } from './schema';

export interface DatedValue<T> {
  from: string;
  value: T;
  sources: Source[];
  confidence: Confidence;
  note?: string;
  /** The day this value's sources were last checked, when later than its file's. */
  verifiedOn?: string;
}

export interface Parameter<T> {
  id: string;
  description: string;
  unit: string;
  verifiedOn: string;
  values: DatedValue<T>[];
}

/** One value of one parameter, with everything a reader needs to trust it. */
export interface ParameterValue<T> extends DatedValue<T> {
  id: string;
  /** The value's own verification date, or else its file's. */
  verifiedOn: string;
}

export class ParameterCoverageError extends Error {
  constructor(
    readonly parameter: string,
    readonly date: string,
    readonly firstDate: string,
  ) {
    super(`no value of "${parameter}" before ${firstDate}; reunir cannot assess ${date}`);
  }
}

export class ParameterFileError extends Error {}

/** The files of the store, by name (the name appears in load errors). */
const FILES: Record<string, unknown> = {
  'smic.json': smicFile,
  'rules.json': rulesFile,
  'procedure.json': procedureFile,
  'cards.json': cardsFile,
};

type Store = { [K in StoreId]: Parameter<StoreValues[K]> };

function load(): Store {
  const out: Record<string, Parameter<unknown>> = {};
  for (const [name, raw] of Object.entries(FILES)) {
    const parsed = parameterFileSchema.safeParse(raw);
    if (!parsed.success) throw new ParameterFileError(`${name}: ${parsed.error.message}`);
    for (const [id, p] of Object.entries(parsed.data.parameters)) {
      const schema = VALUE_SCHEMAS[id as StoreId];
      if (!schema) throw new ParameterFileError(`${name}: "${id}" has no value schema`);
      if (out[id]) throw new ParameterFileError(`${name}: "${id}" is already defined`);
      const values = p.values.map((v) => {
        const value = schema.safeParse(v.value);
        if (!value.success)
          throw new ParameterFileError(`${name}: ${id} from ${v.from}: ${value.error.message}`);
        return { ...v, value: value.data };
      });
      out[id] = { id, verifiedOn: parsed.data.verifiedOn, ...p, values } as Parameter<unknown>;
    }
  }
  for (const id of Object.keys(VALUE_SCHEMAS))
    if (!out[id]) throw new ParameterFileError(`no file defines "${id}"`);
  return out as Store;
}

/** Every parameter of the store, by id. */
export const store: Store = load();

/** The value in force on `date`: the last one whose `from` is on or before it. */
export function entryAt<T>(param: Parameter<T>, date: string): DatedValue<T> {
  let found: DatedValue<T> | undefined;
  for (const v of param.values) if (v.from <= date) found = v;
  const first = param.values[0];
  if (!found || !first) throw new ParameterCoverageError(param.id, date, first?.from ?? 'none');
  return found;
}

/** A parameter of the store in force on `date`, with its id and verification date. */
export function valueAt<K extends StoreId>(id: K, date: string): ParameterValue<StoreValues[K]> {
  const param = store[id] as Parameter<StoreValues[K]>;
  const entry = entryAt(param, date);
  return { id, ...entry, verifiedOn: entry.verifiedOn ?? param.verifiedOn };
}

/** Whether a value must be shown as uncertain. */
export function isUncertain(confidence: Confidence): boolean {
  return confidence === 'U' || confidence === 'I' || confidence === 'single_source';
}

// ---- The engine's view of the store -------------------------------------------------------------

export interface SmicValue {
  hourlyGross: number;
  monthlyGross: number;
  monthlyNet: number;
}

export type HousingSurface = StoreValues['regroupement.housingSurface'];

const RULE_IDS = [
  'regroupement.residenceMonths',
  'regroupement.residenceMonthsAlgeria',
  'regroupement.permitMinimumValidityYears',
  'regroupement.incomeCoefficients',
  'regroupement.incomeReferenceMonths',
  'regroupement.housingSurface',
  'regroupement.exemptionAge',
  'ages.majority',
  'ages.refugeeChildLimit',
  'reunification.exceptionWindowMonths',
  'ages.euDescendantLimit',
  'deadline.minorSponsorWindow',
] as const satisfies readonly StoreId[];

export type ParameterId = (typeof RULE_IDS)[number];
export type RulesParameters = Pick<StoreValues, ParameterId>;

export interface ParameterSet {
  /** The monthly SMIC by date, computed from the store (`smicValues`). */
  smic: Parameter<SmicValue>;
  rules: { [K in ParameterId]: Parameter<RulesParameters[K]> };
}

const toCents = (euros: number) => Math.round(euros * 100);

/**
 * The SMIC with its monthly amounts: gross = hourly × weekly hours × 52 / 12, net = gross × net ratio
 * (or the net the Ministry published), each rounded half-up to the cent.
 */
export function smicValues(): Parameter<SmicValue> {
  const base = store.smic;
  return {
    ...base,
    values: base.values.map((v) => {
      const hours = entryAt(store['smic.weeklyHours'], v.from).value;
      const ratio = entryAt(store['smic.netRatio'], v.from).value;
      // hourly in cents × weekly hours × 52 / 12, computed in cents to avoid binary fractions
      const grossCents = Math.round((toCents(v.value.hourlyGross) * hours * 52) / 12);
      const netCents =
        v.value.publishedMonthlyNet === undefined
          ? Math.round(grossCents * ratio)
          : toCents(v.value.publishedMonthlyNet);
      const value = {
        hourlyGross: v.value.hourlyGross,
        monthlyGross: grossCents / 100,
        monthlyNet: netCents / 100,
      };
      return { ...v, value };
    }),
  };
}

export const parameters: ParameterSet = {
  smic: smicValues(),
  rules: Object.fromEntries(RULE_IDS.map((id) => [id, store[id]])) as ParameterSet['rules'],
};

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
