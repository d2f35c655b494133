/**
 * Dated parameters of the procedures (fees, deadlines, durations), with the same shape as the engine's
 * rules.json: every value has its start date, its sources and a confidence mark. `U` marks a value that
 * could not be checked: it is shown, and always shown as uncertain.
 */
import file from '../law/parameters/procedure.json';
import { ParameterCoverageError, type Source } from '../law/parameters';

export type Confidence = 'V' | 'V2' | 'I' | 'U' | 'single_source';

export interface Period {
  amount: number;
  unit: 'days' | 'months';
  /** true when the day of the event is the first day of the period (a period that is not "franc"). */
  dayOneIsEventDay: boolean;
}

export interface PermitTax {
  tax: number;
  stamp: number;
  total: number;
  reducedTax: number;
}

export interface ProcessingTime {
  minMonths: number;
  usualMonths: number;
  reportedYears: number;
}

export interface ProcedureParameters {
  'fees.longStayVisa': number;
  'fees.firstPermitTax': PermitTax;
  'fees.protectionFamilyStamp': number;
  'deadline.implicitRefusalRegroupement': Period;
  'deadline.crrvAppeal': Period;
  'deadline.crrvSilence': Period;
  'deadline.implicitVisaRefusal': Period;
  'deadline.crrvAppealImplicit': Period;
  'deadline.gracieuxSilence': Period;
  'deadline.minorSponsorWindow': Period;
  'deadline.courtAppeal': Period;
  'deadline.reasonsReply': Period;
  'deadline.visaAfterApproval': Period;
  'deadline.entryAfterVisa': Period;
  'deadline.vlsTsValidation': Period;
  'deadline.prefectureAfterArrival': Period;
  'deadline.euCardAfterEntry': Period;
  'deadline.euRenewalWindow': Period;
  'deadline.euRenewalLatest': Period;
  'deadline.euPermanentResidence': Period;
  'duration.mayorOpinion': Period;
  'duration.reunificationProcessing': ProcessingTime;
  'duration.euCardIssue': Period;
}

export type ProcedureParameterId = keyof ProcedureParameters;

export interface ProcedureValue<T> {
  id: string;
  from: string;
  value: T;
  sources: Source[];
  confidence: Confidence;
  note?: string;
  verifiedOn: string;
}

interface RawValue {
  from: string;
  value: unknown;
  sources: Source[];
  confidence: string;
  note?: string;
}

const raw = file.parameters as unknown as Record<
  string,
  { description: string; unit: string; values: RawValue[] }
>;

export const PROCEDURE_VERIFIED_ON: string = file.verifiedOn;

/** The value of a procedure parameter in force on `date` (the last one starting on or before it). */
export function procedureParam<K extends ProcedureParameterId>(
  id: K,
  date: string,
): ProcedureValue<ProcedureParameters[K]> {
  const param = raw[id];
  const first = param?.values[0];
  let found: RawValue | undefined;
  for (const v of param?.values ?? []) if (v.from <= date) found = v;
  if (!found) throw new ParameterCoverageError(id, date, first?.from ?? 'none');
  return {
    id,
    from: found.from,
    value: found.value as ProcedureParameters[K],
    sources: found.sources,
    confidence: found.confidence as Confidence,
    ...(found.note ? { note: found.note } : {}),
    verifiedOn: PROCEDURE_VERIFIED_ON,
  };
}

/** Every procedure parameter with its dated values, for the API and the documentation. */
export function procedureParameters() {
  return { verifiedOn: PROCEDURE_VERIFIED_ON, parameters: raw };
}

export function isUncertain(confidence: Confidence): boolean {
  return confidence === 'U' || confidence === 'I' || confidence === 'single_source';
}
