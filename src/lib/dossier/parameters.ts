/**
 * The dossier's view of the parameter store (`src/lib/law/parameters/`): the procedures' fees, deadlines
 * and durations, with their start dates, sources and confidence marks. `U` marks a value that could
 * not be checked: it is shown, and always shown as uncertain.
 */
import {
  type ParameterValue,
  store,
  type StoreId,
  type StoreValues,
  valueAt,
} from '../law/parameters';

export { isUncertain, type Confidence } from '../law/parameters';

export type ProcedureParameterId = Extract<
  StoreId,
  `fees.${string}` | `deadline.${string}` | `duration.${string}`
>;

export type ProcedureValue<T> = ParameterValue<T>;

/** A period of the procedure: `amount` days or months; `dayOneIsEventDay` when it is not "franc". */
export type Period = StoreValues['deadline.crrvAppeal'];

/** The first day every deadline of the procedures has a value: an earlier event gives no deadline. */
export const FIRST_EVENT_DATE: string = (Object.keys(store) as StoreId[])
  .filter((id) => id.startsWith('deadline.'))
  .map((id) => store[id].values[0]!.from)
  .sort()
  .at(-1)!;

/** The value of a procedure parameter in force on `date` (the last one starting on or before it). */
export function procedureParam<K extends ProcedureParameterId>(
  id: K,
  date: string,
): ProcedureValue<StoreValues[K]> {
  return valueAt(id, date);
}
