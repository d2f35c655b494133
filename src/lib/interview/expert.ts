/**
 * Expert mode: every fact of the situation on one form, the names of the fields being the contract's
 * paths (`sponsor.permit.type`, `members.0.birthDate`). Empty fields are facts not given. A member is
 * shown the fields of its relation only (the registry says for which relations a fact matters). The
 * engine validates the situation built here; this module reads the form and places every problem,
 * the engine's too, next to its field as a message key.
 */
import type { Problem } from '../law';
import { FACT_BY_NAME, type FactKind, type Facts, flatten, REGISTRY } from '../law/facts';
import { readDate } from './dates';

export type ExpertKind =
  'enum' | 'date' | 'approxDate' | 'number' | 'integer' | 'bool' | 'country' | 'text' | 'multi';

export interface ExpertField {
  /** Path inside the sponsor or the member, as in the contract. */
  path: string;
  kind: ExpertKind;
  options?: readonly string[];
  /** Option labels come from this interview option set (interview.opt.<set>.<value>). */
  set?: string;
  /** Member fields: the relations it matters for (all when absent). */
  relations?: readonly string[];
}

const INPUT_OF: Record<FactKind, ExpertKind> = {
  enum: 'enum',
  enumList: 'multi',
  date: 'date',
  approxDate: 'approxDate',
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
    ...(decl.meta.relations ? { relations: decl.meta.relations } : {}),
  }));
}

export const SPONSOR_FIELDS: ExpertField[] = expertFields(REGISTRY.sponsor);
export const MEMBER_FIELDS: ExpertField[] = expertFields(REGISTRY.member);

/**
 * The member fields for a relation: those that matter for it. Before the relation is chosen, only the
 * fields that matter whatever the relation.
 */
export function memberFields(relation: string | undefined): ExpertField[] {
  const known = MEMBER_FIELDS.find((f) => f.path === 'relation')?.options?.includes(relation ?? '');
  return MEMBER_FIELDS.filter((f) => !f.relations || (known && f.relations.includes(relation!)));
}

export type ExpertValues = Record<string, string | string[]>;

/** The raw values of the expert form, by input name (the commune search included). */
export function expertValues(form: FormData): ExpertValues {
  const out: ExpertValues = {};
  for (const key of new Set(form.keys())) {
    if (!/^(date$|commune(\.pick)?$|sponsor\.|members\.[0-9]{1,2}\.)/.test(key)) continue;
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
  /** The input's name, or `json` / `file` for the pasted or uploaded text. */
  input: string;
  /** Message key. */
  key: string;
  params?: Record<string, string | number>;
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

/**
 * A date typed as 2018-11-03, 3/11/2018 or 3.11.2018; with `approximate`, also as 11/2018, 2018-11
 * or 2018 when only the month or the year is known.
 */
export function expertDate(raw: string, approximate = false): string | null | 'invalid' {
  if (raw === '') return null;
  const read = (day: string, month: string, year: string) => {
    const r = readDate({ day, month, year }, false);
    return r.ok && r.iso ? r.iso : 'invalid';
  };
  let day: string | undefined;
  let month: string | undefined;
  let year: string | undefined;
  const iso = /^([0-9]{4})(?:-([0-9]{1,2})(?:-([0-9]{1,2}))?)?$/.exec(raw);
  if (iso) [, year, month, day] = iso;
  else {
    const parts = raw.split(/[/.\s-]+/);
    if (parts.length === 3) [day, month, year] = parts;
    else if (parts.length === 2) [month, year] = parts;
    else return 'invalid';
  }
  if (day !== undefined && month !== undefined && year !== undefined) return read(day, month, year);
  if (!approximate || year === undefined) return 'invalid';
  const full = read('1', month ?? '1', year);
  if (full === 'invalid') return full;
  return month === undefined ? full.slice(0, 4) : full.slice(0, 7);
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
    case 'date':
    case 'approxDate': {
      const d = expertDate(v, f.kind === 'approxDate');
      return d === null ? undefined : d;
    }
    case 'number':
    case 'integer': {
      const n = Number(v.replace(/[\s\u00a0\u202f€]/g, '').replace(',', '.'));
      if (!Number.isFinite(n) || n < 0) return 'invalid';
      if (f.kind === 'integer' && !Number.isInteger(n)) return 'invalid';
      return n;
    }
    case 'text':
      return v;
  }
}

const relationOf = (values: ExpertValues, i: number) => {
  const v = values[`members.${i}.relation`];
  return Array.isArray(v) ? v[0] : v;
};

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
    // A value left from another relation (the relation was changed) is not a fact of this member.
    for (const f of memberFields(relationOf(values, i))) {
      const name = `members.${i}.${f.path}`;
      const v = read(f, values[name]);
      if (v === 'invalid') problems.push({ input: name, key: `ui.expert.invalid.${f.kind}` });
      else if (v !== undefined) m[f.path] = v;
    }
    // A fieldset left empty is not a member; an unnamed member gets a name from its place.
    if (Object.keys(m).length === 0) continue;
    if (m.id === undefined) m.id = `m${i + 1}`;
    if (m.relation === undefined)
      problems.push({ input: `members.${i}.relation`, key: 'ui.expert.invalid.relation' });
    members.push(m);
  }
  const date = read({ path: 'date', kind: 'date' }, values.date);
  if (date === 'invalid') problems.push({ input: 'date', key: 'ui.expert.invalid.date' });
  const situation: Record<string, unknown> = { sponsor, members };
  if (typeof date === 'string') situation.date = date;
  return { situation, problems };
}

/** The form's values for a situation (a pasted or uploaded one shown again as a form). */
export function valuesFromSituation(s: {
  date?: unknown;
  sponsor?: unknown;
  members?: unknown;
}): ExpertValues {
  const out: ExpertValues = {};
  const get = (o: unknown, path: string) =>
    path
      .split('.')
      .reduce<unknown>(
        (acc, k) =>
          acc !== null && typeof acc === 'object' ? (acc as Record<string, unknown>)[k] : undefined,
        o,
      );
  const show = (f: ExpertField, v: unknown): string | string[] =>
    v === undefined || v === null
      ? ''
      : f.kind === 'bool' && typeof v === 'boolean'
        ? v
          ? 'yes'
          : 'no'
        : Array.isArray(v)
          ? v.map(String)
          : typeof v === 'object'
            ? ''
            : String(v);
  if (typeof s.date === 'string') out.date = s.date;
  for (const f of SPONSOR_FIELDS) out[`sponsor.${f.path}`] = show(f, get(s.sponsor, f.path));
  const members = Array.isArray(s.members) ? s.members.slice(0, 40) : [];
  members.forEach((m: unknown, i) => {
    for (const f of MEMBER_FIELDS) out[`members.${i}.${f.path}`] = show(f, get(m, f.path));
  });
  return out;
}

/** "members[0].birthDate" → "members.0.birthDate", the name of the input. */
export const inputOf = (path: string) => path.replace(/\[([0-9]+)\]/g, '.$1');

/** The registry's fact behind an input name (`members.0.birthDate` → `birthDate`). */
function factOfInput(input: string) {
  const member = /^members\.[0-9]+\.(.+)$/.exec(input);
  return FACT_BY_NAME.get(member ? member[1]! : input);
}

/**
 * A problem the engine found, next to its field and in the person's language: the engine's sentences
 * are the API's (English, for developers); the form says what the field needs instead.
 */
export function engineProblem(p: Problem): ExpertProblem {
  const input = inputOf(p.path);
  const fact = factOfInput(input);
  if (!fact) return { input: '', key: 'ui.expert.engine.other' };
  // The filing date's own problem: outside the dates the rules cover.
  if (input === 'date') return { input, key: 'ui.expert.engine.filingDate' };
  const { kind, min, max } = fact.decl.type;
  if (kind === 'date' || kind === 'approxDate') return { input, key: 'ui.expert.engine.date' };
  if (kind === 'money' || kind === 'number' || kind === 'integer')
    return { input, key: 'ui.expert.engine.number', params: { min: min ?? 0, max: max ?? 0 } };
  if (fact.name === 'id') return { input, key: 'ui.expert.engine.id' };
  return { input, key: 'ui.expert.engine.other' };
}
