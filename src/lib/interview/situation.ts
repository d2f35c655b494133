/**
 * From the interview's answers to the engine's Situation. Each field of a question says which facts it
 * writes; the fact's declaration says how its value reads ("yes"/"no" as a boolean, "I don't know"
 * left out). Only the answers of questions that can matter for this person reach the engine (an answer
 * kept from before a change of status stays in the answers, so nothing is lost, but is not used).
 */
import type { Member, Situation } from '../law';
import { FACT_BY_NAME, type FactEntry, type Facts, REGISTRY } from '../law/facts';
import type { Answers, FieldValue, MemberAnswers } from './answers';
import { type Ctx, MEMBER_QUESTIONS, QUESTIONS, type Question, relation } from './questions';

type Written = Map<string, unknown>;

/** A field's value as the value of the fact it writes. */
function factValue(fact: FactEntry | undefined, v: FieldValue | undefined): unknown {
  switch (fact?.decl.type.kind) {
    case 'bool':
      return v === 'yes' ? true : v === 'no' ? false : undefined;
    case 'money':
    case 'number':
    case 'integer':
      return typeof v === 'number' ? v : undefined;
    case 'enumList':
      return Array.isArray(v) ? v : undefined;
    default:
      return typeof v === 'string' && v !== '' && v !== 'unknown' ? v : undefined;
  }
}

/** The facts written by the answers of the relevant questions. */
function written(questions: Question[], ctx: Ctx, given: Answers['sponsor']): Written {
  const out: Written = new Map();
  for (const q of questions) {
    const answer = given[q.id];
    if (answer === undefined || !q.relevant(ctx)) continue;
    for (const f of q.fields) {
      if (!f.writes) continue;
      const value = answer[f.name];
      const facts =
        typeof f.writes === 'string'
          ? { [f.writes]: factValue(FACT_BY_NAME.get(f.writes), value) }
          : f.writes.read(value);
      for (const [name, v] of Object.entries(facts)) if (v !== undefined) out.set(name, v);
    }
  }
  return out;
}

/** An object of facts from `path → value`, leaving out the groups whose required facts are missing. */
function build(facts: Facts, values: Map<string, unknown>, prefix = ''): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, d] of Object.entries(facts)) {
    if (d.fact) {
      const v = values.get(`${prefix}${name}`);
      if (v !== undefined) out[name] = v;
      continue;
    }
    const inner = build(d.facts, values, `${prefix}${name}.`);
    const complete = Object.entries(d.facts).every(
      ([k, f]) => !f.fact || !f.meta.required || inner[k] !== undefined,
    );
    if (Object.keys(inner).length > 0 && complete) out[name] = inner;
  }
  return out;
}

function sponsorFacts(w: Written): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const [name, v] of w) if (name.startsWith('sponsor.')) out.set(name.slice(8), v);
  return out;
}

/** A member the engine can assess: at least the relation is known. */
export function memberOf(a: Answers, m: MemberAnswers): Member | undefined {
  if (relation(m) === undefined) return undefined;
  const w = written(MEMBER_QUESTIONS, { answers: a, member: m }, m.answers);
  return { ...build(REGISTRY.member, w), id: m.key } as Member;
}

/**
 * The situation described by the answers, or undefined before the status is known. Members whose
 * relation is not known yet are left out.
 */
export function situationOf(a: Answers): Situation | undefined {
  const w = written(
    QUESTIONS.filter((q) => q.scope === 'sponsor'),
    { answers: a },
    a.sponsor,
  );
  const sponsor = build(REGISTRY.sponsor, sponsorFacts(w)) as Situation['sponsor'];
  if (sponsor.status === undefined) return undefined;
  const members = a.members.map((m) => memberOf(a, m)).filter((m): m is Member => m !== undefined);
  const date = w.get('date');
  return typeof date === 'string' ? { date, sponsor, members } : { sponsor, members };
}
