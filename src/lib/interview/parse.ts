/**
 * Reading one question's form post into an answer, with errors a person can act on. Each error names
 * the input it belongs to (for the error summary's links) and a message key. The raw values typed are
 * returned too, so that nothing is lost when the page is shown again with its errors.
 */
import { order } from '../law/approximate';
import type { Answer, Answers, FieldValue } from './answers';
import { readApproxDate, readDate } from './dates';
import { type Field, OPTIONS, type Question } from './questions';

export interface FieldError {
  /** The id of the input to link to (also its name). */
  input: string;
  /** Message key, e.g. interview.error.date.month. */
  key: string;
  params?: Record<string, string | number>;
}

export type RawValues = Record<string, string | string[]>;

/** A commune search that found several communes: the person picks one. */
export interface CommuneChoice {
  code: string;
  label: string;
  zone: string;
  /** The name is exactly what was typed (accents, case and hyphens aside). */
  exact: boolean;
}

export interface CommuneLookup {
  search(typed: string): CommuneChoice[];
  byCode(code: string): CommuneChoice | undefined;
}

export type Parsed =
  | { ok: true; answer: Answer }
  | { ok: false; errors: FieldError[]; values: RawValues }
  | { ok: 'choose'; choices: CommuneChoice[]; values: RawValues };

export const inputName = (field: string, part?: string) =>
  part === undefined ? `f.${field}` : `f.${field}.${part}`;

function rawValues(form: FormData): RawValues {
  const out: RawValues = {};
  for (const key of new Set(form.keys())) {
    if (!key.startsWith('f.')) continue;
    const all = form.getAll(key).map((v) => (typeof v === 'string' ? v.slice(0, 200) : ''));
    out[key] = all.length > 1 ? all : (all[0] ?? '');
  }
  return out;
}

const text = (values: RawValues, name: string) => {
  const v = values[name];
  return (Array.isArray(v) ? (v[0] ?? '') : (v ?? '')).trim();
};

function readNumber(
  f: Extract<Field, { kind: 'number' }>,
  raw: string,
): { value: number | null } | { error: string } {
  const cleaned = raw
    .replace(/[\u0660-\u0669\u06F0-\u06F9]/g, (d) => String((d.charCodeAt(0) & 0xf) % 10))
    .replace(/[\s\u00a0\u202f€]|m2|m²/gi, '')
    .replace(/,(?=[0-9]{1,2}$)/, '.')
    .replace(/[.,](?=[0-9]{3}(\D|$))/g, '');
  if (cleaned === '') return f.optional ? { value: null } : { error: 'required' };
  if (!/^[0-9]+(\.[0-9]+)?$/.test(cleaned)) return { error: 'number.invalid' };
  const n = Number(cleaned);
  if (f.integer && !Number.isInteger(n)) return { error: 'number.integer' };
  if (n < f.min) return { error: 'number.min' };
  if (n > f.max) return { error: 'number.max' };
  return { value: n };
}

function readField(
  f: Field,
  values: RawValues,
  errors: FieldError[],
): FieldValue | undefined | 'pending' {
  const name = inputName(f.name);
  const fail = (key: string, input = name, params?: FieldError['params']) => {
    errors.push({ input, key: `interview.error.${key}`, ...(params ? { params } : {}) });
    return undefined;
  };
  switch (f.kind) {
    case 'radio': {
      const v = text(values, name);
      if (!(OPTIONS[f.set] as readonly string[]).includes(v)) return fail('choose');
      return v;
    }
    case 'checkboxes': {
      const raw = values[name];
      const list = Array.isArray(raw) ? raw : raw ? [raw] : [];
      const allowed = OPTIONS[f.set] as readonly string[];
      if (list.some((v) => !allowed.includes(v))) return fail('choose');
      return [...new Set(list)];
    }
    case 'date': {
      const parts = {
        day: text(values, inputName(f.name, 'day')),
        month: text(values, inputName(f.name, 'month')),
        year: text(values, inputName(f.name, 'year')),
      };
      const reading = f.approximate
        ? readApproxDate(
            parts,
            f.optional === true,
            text(values, inputName(f.name, 'approx')) !== '',
          )
        : readDate(parts, f.optional === true);
      if (!reading.ok) return fail(reading.error, inputName(f.name, reading.part ?? 'day'));
      return reading.iso;
    }
    case 'number': {
      const r = readNumber(f, text(values, name));
      if ('error' in r) return fail(r.error, name, { min: f.min, max: f.max });
      return r.value;
    }
    case 'country': {
      const v = text(values, name);
      if (v === 'unknown') return null;
      if (!/^[A-Z]{2}$/.test(v)) return fail('choose');
      return v;
    }
    case 'text': {
      const v = text(values, name);
      if (v.length > f.maxLength) return fail('text.long', name, { max: f.maxLength });
      return v;
    }
    case 'commune':
      return 'pending';
  }
}

/** Checks that need two answers: a permit cannot end before it starts, and so on. */
function crossChecks(q: Question, answer: Answer, answers: Answers, today: string): FieldError[] {
  const e = (input: string, key: string): FieldError => ({
    input,
    key: `interview.error.${key}`,
  });
  const date = (v: FieldValue | undefined) => (typeof v === 'string' ? v : undefined);
  switch (q.id) {
    case 'permit_dates': {
      const from = date(answer.from);
      const until = date(answer.until);
      return from && until && until < from ? [e(inputName('until', 'day'), 'permit.order')] : [];
    }
    case 'grant_date': {
      const asylum = date(answers.sponsor.asylum_date?.date);
      const grant = date(answer.date);
      // Either may be known only to the month or the year: wrong only when surely in the wrong order.
      return asylum && grant && order(grant, asylum) === 'before'
        ? [e(inputName('date', 'day'), 'grant.order')]
        : [];
    }
    case 'allowances': {
      const list = Array.isArray(answer.allowances) ? answer.allowances : [];
      return list.includes('none') && list.length > 1
        ? [e(inputName('allowances'), 'allowances.noneAlone')]
        : [];
    }
    case 'birth_date':
    case 'm_birth_date': {
      const birth = date(answer.date);
      return birth && birth > today ? [e(inputName('date', 'day'), 'date.future')] : [];
    }
    case 'filing_date': {
      const d = date(answer.date);
      return d && d < '2020-01-01' ? [e(inputName('date', 'day'), 'filing.early')] : [];
    }
    default:
      return [];
  }
}

/** Reads a question's post. `communes` serves the commune question. */
export function parseAnswer(
  q: Question,
  form: FormData,
  answers: Answers,
  today: string,
  communes: CommuneLookup,
): Parsed {
  const values = rawValues(form);
  const errors: FieldError[] = [];
  const answer: Answer = {};
  for (const f of q.fields) {
    if (f.kind === 'commune') {
      const pick = text(values, inputName(f.name, 'pick'));
      if (pick === 'none') return { ok: true, answer: { code: null } };
      const picked = pick ? communes.byCode(pick) : undefined;
      if (picked)
        return { ok: true, answer: { code: picked.code, name: picked.label, zone: picked.zone } };
      const typed = text(values, inputName(f.name, 'q'));
      if (typed === '') return { ok: true, answer: { code: null } };
      const found = communes.search(typed);
      if (found.length === 0) {
        return {
          ok: false,
          errors: [{ input: inputName(f.name, 'q'), key: 'interview.error.commune.none' }],
          values,
        };
      }
      const exact = found.filter((c) => c.exact);
      const only = found.length === 1 ? found[0] : exact.length === 1 ? exact[0] : undefined;
      if (only) return { ok: true, answer: { code: only.code, name: only.label, zone: only.zone } };
      return { ok: 'choose', choices: found, values };
    }
    const v = readField(f, values, errors);
    if (v !== undefined && v !== 'pending') answer[f.name] = v;
  }
  if (errors.length === 0) errors.push(...crossChecks(q, answer, answers, today));
  return errors.length ? { ok: false, errors, values } : { ok: true, answer };
}
