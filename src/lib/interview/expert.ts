/**
 * Expert mode: every fact of the situation on one form, the names of the fields being the contract's
 * paths (`sponsor.permit.type`, `members.0.birthDate`). Empty fields are facts not given. The engine
 * validates the situation built here; this module only reads the form.
 */
import { type FactKind, type Facts, flatten, REGISTRY } from '../law/facts';
import { readDate } from './dates';

export type ExpertKind =
  'enum' | 'date' | 'number' | 'integer' | 'bool' | 'country' | 'text' | 'multi';

export interface ExpertField {
  /** Path inside the sponsor or the member, as in the contract. */
  path: string;
  kind: ExpertKind;
  options?: readonly string[];
  /** Option labels come from this interview option set (interview.opt.<set>.<value>). */
  set?: string;
}

const INPUT_OF: Record<FactKind, ExpertKind> = {
  enum: 'enum',
  enumList: 'multi',
  date: 'date',
  approxDate: 'date',
  money: 'number',
  number: 'number',
  integer: 'integer',
  bool: 'bool',
  country: 'country',
  text: 'text',
};

/** One input per fact of the registry, in its order. */
export function expertFields(facts: Facts): ExpertField[] {
  return flatten(facts).map(({ path, decl }) => ({
    path,
    kind: INPUT_OF[decl.type.kind],
    ...(decl.type.values ? { options: decl.type.values } : {}),
    ...(decl.meta.optionSet ? { set: decl.meta.optionSet } : {}),
  }));
}

export const SPONSOR_FIELDS: ExpertField[] = expertFields(REGISTRY.sponsor);
export const MEMBER_FIELDS: ExpertField[] = expertFields(REGISTRY.member);

export type ExpertValues = Record<string, string | string[]>;

/** The raw values of the expert form, by input name. */
export function expertValues(form: FormData): ExpertValues {
  const out: ExpertValues = {};
  for (const key of new Set(form.keys())) {
    if (!/^(date|sponsor\.|members\.[0-9]{1,2}\.)/.test(key)) continue;
    const all = form.getAll(key).map((v) => (typeof v === 'string' ? v.trim().slice(0, 200) : ''));
    out[key] = all.length > 1 || key.endsWith('allowances') ? all : (all[0] ?? '');
  }
  return out;
}

/** How many member fieldsets the form has. */
export function memberCount(values: ExpertValues): number {
  let n = 0;
  for (const key of Object.keys(values)) {
    const m = /^members\.([0-9]{1,2})\./.exec(key);
    if (m) n = Math.max(n, Number(m[1]) + 1);
  }
  return n;
}

export interface ExpertProblem {
  input: string;
  key: string;
}

function setPath(target: Record<string, unknown>, path: string, value: unknown) {
  const parts = path.split('.');
  let o = target;
  for (const p of parts.slice(0, -1)) {
    o[p] = (o[p] as Record<string, unknown> | undefined) ?? {};
    o = o[p] as Record<string, unknown>;
  }
  o[parts[parts.length - 1]!] = value;
}

/** An ISO date from `<input type=date>`, or a date typed as 3/11/2018 or 3.11.2018. */
export function expertDate(raw: string): string | null | 'invalid' {
  if (raw === '') return null;
  if (/^[0-9]{4}-[0-9]{2}-[0-9]{2}$/.test(raw)) {
    const [y, m, d] = raw.split('-');
    const r = readDate({ day: d ?? '', month: m ?? '', year: y ?? '' }, false);
    return r.ok ? r.iso : 'invalid';
  }
  const parts = raw.split(/[/.\s-]+/);
  if (parts.length !== 3) return 'invalid';
  const r = readDate({ day: parts[0] ?? '', month: parts[1] ?? '', year: parts[2] ?? '' }, false);
  return r.ok ? r.iso : 'invalid';
}

function read(f: ExpertField, raw: string | string[] | undefined): unknown | 'invalid' {
  if (f.kind === 'multi') {
    const list = (Array.isArray(raw) ? raw : raw ? [raw] : []).filter((v) => v !== '');
    return list.length ? list : undefined;
  }
  const v = Array.isArray(raw) ? (raw[0] ?? '') : (raw ?? '');
  if (v === '') return undefined;
  switch (f.kind) {
    case 'enum':
      return f.options?.includes(v) ? v : 'invalid';
    case 'country':
      return /^[A-Za-z]{2}$/.test(v) ? v.toUpperCase() : 'invalid';
    case 'bool':
      return v === 'yes' ? true : v === 'no' ? false : 'invalid';
    case 'date': {
      const d = expertDate(v);
      return d === null ? undefined : d;
    }
    case 'number':
    case 'integer': {
      const n = Number(v.replace(/\s/g, '').replace(',', '.'));
      if (!Number.isFinite(n) || n < 0) return 'invalid';
      if (f.kind === 'integer' && !Number.isInteger(n)) return 'invalid';
      return n;
    }
    case 'text':
      return v;
  }
}

/** The situation the form describes (for the engine to validate), and the fields it could not read. */
export function situationFromExpert(values: ExpertValues): {
  situation: Record<string, unknown>;
  problems: ExpertProblem[];
} {
  const problems: ExpertProblem[] = [];
  const sponsor: Record<string, unknown> = {};
  for (const f of SPONSOR_FIELDS) {
    const name = `sponsor.${f.path}`;
    const v = read(f, values[name]);
    if (v === 'invalid') problems.push({ input: name, key: `ui.expert.invalid.${f.kind}` });
    else if (v !== undefined) setPath(sponsor, f.path, v);
  }
  const members: Record<string, unknown>[] = [];
  for (let i = 0; i < memberCount(values); i++) {
    const m: Record<string, unknown> = {};
    for (const f of MEMBER_FIELDS) {
      const name = `members.${i}.${f.path}`;
      const v = read(f, values[name]);
      if (v === 'invalid') problems.push({ input: name, key: `ui.expert.invalid.${f.kind}` });
      else if (v !== undefined) m[f.path] = v;
    }
    // A fieldset left empty is not a member; an unnamed member gets a name from its place.
    if (Object.keys(m).length === 0) continue;
    if (m.id === undefined) m.id = `m${i + 1}`;
    members.push(m);
  }
  const date = read({ path: 'date', kind: 'date' }, values.date);
  if (date === 'invalid') problems.push({ input: 'date', key: 'ui.expert.invalid.date' });
  const situation: Record<string, unknown> = { sponsor, members };
  if (typeof date === 'string') situation.date = date;
  return { situation, problems };
}

/** The form's values for a situation (a pasted JSON shown again as a form). */
export function valuesFromSituation(s: {
  date?: string;
  sponsor: Record<string, unknown>;
  members: Record<string, unknown>[];
}): ExpertValues {
  const out: ExpertValues = {};
  const get = (o: Record<string, unknown>, path: string) =>
    path
      .split('.')
      .reduce<unknown>((acc, k) => (acc as Record<string, unknown> | undefined)?.[k], o);
  const show = (f: ExpertField, v: unknown): string | string[] =>
    v === undefined
      ? ''
      : f.kind === 'bool'
        ? v
          ? 'yes'
          : 'no'
        : Array.isArray(v)
          ? v.map(String)
          : String(v);
  if (s.date) out.date = s.date;
  for (const f of SPONSOR_FIELDS) out[`sponsor.${f.path}`] = show(f, get(s.sponsor, f.path));
  s.members.forEach((m, i) => {
    for (const f of MEMBER_FIELDS) out[`members.${i}.${f.path}`] = show(f, m[f.path]);
  });
  return out;
}
