/**
 * Whether a letter that relies on a time limit is sent within it. A letter never claims a time limit
 * is met unless its last day is known and `today` is on or before it.
 */
import type { Deadline } from './deadlines';

export type Timeliness =
  | { status: 'on_time'; deadline: Deadline }
  | { status: 'late'; deadline: Deadline }
  /** The limit cannot be computed from the known dates: nothing is claimed. */
  | { status: 'unknown' };

export function timelinessOf(deadline: Deadline | undefined, today: string): Timeliness {
  if (!deadline || deadline.kind !== 'last_day') return { status: 'unknown' };
  return today <= deadline.date ? { status: 'on_time', deadline } : { status: 'late', deadline };
}
