/**
 * The appeal screen of the "my visa was refused" path, from its answers: the procedure, the appeal's
 * last day and whether it has passed (the dossier's deadline and timeliness code), and the letter to
 * the visa appeals commission when it can be written.
 */
import { computeDeadlines, timelinessOf, type Letter } from '$lib/dossier';
import type { Locale } from '$lib/i18n';
import type { ProcedureId } from '$lib/law';
import { type Refusal, type RefusalKind, refusalFile } from '$lib/interview/refusal';
import { readFileInput, writeLetter } from '$lib/usecases';

export interface Appeal {
  procedure: ProcedureId;
  kind: RefusalKind;
  /** The date given: the refusal notified, or the application lodged. */
  date: string;
  /** on_time, late: by the appeal's last day; not_yet: the consulate's silence is not a refusal yet. */
  status: 'on_time' | 'late' | 'not_yet' | 'unknown';
  /** The appeal's last day and the days left. */
  last?: { date: string; daysLeft: number };
  /** For no answer: the day the silence becomes a refusal. */
  arises?: string;
  /** Message key: what remains possible once the time limit has passed. */
  remains: string;
  /** The file as the letters page reads it (JSON text of hidden fields). */
  file: { situation: string; events: string };
  letter?: Letter;
}

export function appealOf(
  r: Refusal & { kind: RefusalKind; date: string },
  today: string,
  lang: Locale = 'fr',
): Appeal | undefined {
  const file = refusalFile(r);
  const read = readFileInput(file, today);
  const procedure = read.ok ? read.value.assessment.procedure : undefined;
  if (!read.ok || !procedure) return undefined;
  const { situation, assessment, events } = read.value;
  const deadlines = computeDeadlines(situation, assessment, events, today).deadlines;
  const deadline = deadlines.find(
    (d) => d.id === (r.kind === 'written' ? 'crrv_appeal' : 'crrv_appeal_implicit'),
  );
  const arises = deadlines.find((d) => d.id === 'visa_implicit_refusal')?.date;
  const written = writeLetter('crrv-appeal', read.value, lang);
  return {
    procedure,
    kind: r.kind,
    date: r.date,
    status: arises && arises > today ? 'not_yet' : timelinessOf(deadline, today).status,
    ...(deadline ? { last: { date: deadline.date, daysLeft: deadline.daysLeft } } : {}),
    ...(arises ? { arises } : {}),
    remains: `letter.remains.crrv.${procedure}`,
    file: { situation: JSON.stringify(file.situation), events: JSON.stringify(file.events) },
    ...(written.ok ? { letter: written.value } : {}),
  };
}
