/**
 * From a situation to the interview's answers: the inverse of `situationOf`, so that expert mode reads
 * and writes the same answers file as the guided interview. Each question field that writes a fact
 * gives it back (a boolean as "yes"/"no"; a field that writes several facts declares how). Facts no
 * question asks (a member's nationality, a member left out of the request) have no place in the file.
 *
 * A member's name in the answers is its id, unless the id is one the interview gives itself (m1, m2…).
 */
import type { Situation } from '../law';
import { FACT_BY_NAME, type FactName } from '../law/facts';
import type { Answer, AnswerMap, Answers, FieldValue } from './answers';
import { MEMBER_QUESTIONS, QUESTIONS, type Question } from './questions';

type Facts = Partial<Record<FactName, unknown>>;

/** A fact's value as a field's value, by the fact's kind. */
function fieldValue(name: FactName, v: unknown): FieldValue | undefined {
  if (v === undefined) return undefined;
  if (FACT_BY_NAME.get(name)?.decl.type.kind === 'bool') return v ? 'yes' : 'no';
  if (typeof v === 'string' || typeof v === 'number') return v;
  if (Array.isArray(v)) return v.map(String);
  return undefined;
}

function answerMap(questions: Question[], facts: Facts): AnswerMap {
  const out: AnswerMap = {};
  for (const q of questions) {
    const answer: Answer = {};
    for (const f of q.fields) {
      if (!f.writes) continue;
      const v =
        typeof f.writes === 'string'
          ? fieldValue(f.writes, facts[f.writes])
          : f.writes.write(Object.fromEntries(f.writes.facts.map((n) => [n, facts[n]])) as Facts);
      if (v !== undefined) answer[f.name] = v;
    }
    if (Object.keys(answer).length) out[q.id] = answer;
  }
  return out;
}

/** Every fact of an object, by its name in the registry (`sponsor.housing.zone`, `birthDate`). */
function flat(o: Record<string, unknown>, prefix: string, out: Facts = {}): Facts {
  for (const [k, v] of Object.entries(o)) {
    if (v !== null && typeof v === 'object' && !Array.isArray(v))
      flat(v as Record<string, unknown>, `${prefix}${k}.`, out);
    else out[`${prefix}${k}` as FactName] = v;
  }
  return out;
}

const OWN_KEY = /^m[0-9]{1,3}$/;

/** The answers the interview would hold for this situation. */
export function answersOf(s: Situation): Answers {
  const sponsorFacts = { ...flat(s.sponsor, 'sponsor.'), ...(s.date ? { date: s.date } : {}) };
  const sponsor = answerMap(
    QUESTIONS.filter((q) => q.scope === 'sponsor'),
    sponsorFacts,
  );
  const members = s.members.map((m, i) => {
    const answers = answerMap(MEMBER_QUESTIONS, flat(m, ''));
    if (!OWN_KEY.test(m.id)) answers.relation = { ...answers.relation, name: m.id.slice(0, 60) };
    return { key: `m${i + 1}`, answers };
  });
  return { sponsor, members, done: true };
}

/** The member ids of a situation read back from answers: the names people gave, else the keys. */
export function namesOf(a: Answers): Record<string, string> {
  const seen = new Set<string>();
  const out: Record<string, string> = {};
  for (const m of a.members) {
    const name = m.answers.relation?.name;
    const id =
      typeof name === 'string' && name.trim() && !seen.has(name.trim()) ? name.trim() : m.key;
    seen.add(id);
    out[m.key] = id;
  }
  return out;
}
