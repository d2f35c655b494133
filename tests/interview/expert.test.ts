/** Expert mode: fields by relation, dates as people write them, the answers file both ways, problems placed. */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { assess, type Situation, validateSituation } from '../../src/lib/law';
import { RELATIONS } from '../../src/lib/law/facts';
import { parseSavedFile, savedFile } from '../../src/lib/interview/answers';
import { answersOf } from '../../src/lib/interview/answers-of';
import {
  engineProblem,
  expertDate,
  memberFields,
  MEMBER_FIELDS,
  situationFromExpert,
  valuesFromSituation,
} from '../../src/lib/interview/expert';
import { situationOf } from '../../src/lib/interview/situation';

const paths = (relation?: string) => memberFields(relation).map((f) => f.path);

describe('expert member fields follow the relation', () => {
  it('does not ask a spouse the child-only facts', () => {
    const spouse = paths('spouse');
    expect(spouse).toContain('unionDate');
    for (const p of ['kafala', 'otherParentConsent', 'parentage', 'custodyJudgment', 'married'])
      expect(spouse).not.toContain(p);
    expect(spouse).toContain('polygamousUnion');
  });

  it('asks a child its parentage and other parent, never a union date', () => {
    const child = paths('child');
    for (const p of ['parentage', 'kafala', 'otherParent', 'otherParentConsent', 'married'])
      expect(child).toContain(p);
    expect(child).not.toContain('unionDate');
  });

  it('shows only the fields of every relation before the relation is chosen', () => {
    expect(paths(undefined)).toEqual(MEMBER_FIELDS.filter((f) => !f.relations).map((f) => f.path));
    expect(paths('nonsense')).toEqual(paths(undefined));
  });

  it('names only real relations in the registry', () => {
    for (const f of MEMBER_FIELDS)
      for (const r of f.relations ?? []) expect(RELATIONS as readonly string[]).toContain(r);
  });

  it('drops a value left from another relation', () => {
    const { situation } = situationFromExpert({
      'sponsor.status': 'refugee',
      'members.0.relation': 'spouse',
      'members.0.kafala': 'yes',
      'members.0.unionDate': '2019',
    });
    expect(situation.members).toEqual([{ id: 'm1', relation: 'spouse', unionDate: '2019' }]);
  });
});

describe('expert dates', () => {
  it('reads the ways people write a date', () => {
    expect(expertDate('2019-03-15')).toBe('2019-03-15');
    expect(expertDate('15/03/2019')).toBe('2019-03-15');
    expect(expertDate('15.3.2019')).toBe('2019-03-15');
    expect(expertDate('31/02/2019')).toBe('invalid');
    expect(expertDate('')).toBeNull();
  });

  it('takes the month or the year alone only where the fact allows it', () => {
    expect(expertDate('03/2019', true)).toBe('2019-03');
    expect(expertDate('2019-03', true)).toBe('2019-03');
    expect(expertDate('2019', true)).toBe('2019');
    expect(expertDate('13/2019', true)).toBe('invalid');
    expect(expertDate('03/2019')).toBe('invalid');
    expect(expertDate('2019')).toBe('invalid');
  });

  it('says which field could not be read, with a key of the catalogs', () => {
    const { problems } = situationFromExpert({
      'sponsor.status': 'refugee',
      'sponsor.birthDate': '2019',
      'members.0.id': 'x',
    });
    expect(problems).toEqual([
      { input: 'sponsor.birthDate', key: 'ui.expert.invalid.date' },
      { input: 'members.0.relation', key: 'ui.expert.invalid.relation' },
    ]);
  });
});

describe('the engine’s problems, next to their fields', () => {
  it('places a date in the wrong order, a bound and a duplicate id', () => {
    expect(engineProblem({ path: 'sponsor.protectionGrantedDate', message: 'x' })).toEqual({
      input: 'sponsor.protectionGrantedDate',
      key: 'ui.expert.engine.date',
    });
    expect(engineProblem({ path: 'sponsor.housing.occupants', message: 'x' })).toEqual({
      input: 'sponsor.housing.occupants',
      key: 'ui.expert.engine.number',
      params: { min: 1, max: 50 },
    });
    expect(engineProblem({ path: 'members[1].id', message: 'x' })).toEqual({
      input: 'members.1.id',
      key: 'ui.expert.engine.id',
    });
    expect(engineProblem({ path: '(root)', message: 'x' }).input).toBe('');
  });
});

const DIR = 'tests/contract-examples';
const examples = readdirSync(DIR)
  .filter((f) => f.endsWith('.situation.json'))
  .map((f) => JSON.parse(readFileSync(`${DIR}/${f}`, 'utf8')) as Situation);

describe('the answers file, written from a situation and read back', () => {
  it.each(examples.map((s, i) => [i, s] as const))(
    'gives the same verdicts for contract example %i',
    (_, raw) => {
      const checked = validateSituation(raw);
      if (!checked.ok) throw new Error('example invalid');
      const s = checked.situation;
      const file = savedFile(answersOf(s));
      const back = situationOf(parseSavedFile(file)!)!;
      const verdicts = (x: Situation) =>
        assess(x, { today: '2026-12-03' }).members.map((m) => m.verdict);
      expect(verdicts(back)).toEqual(verdicts(s));
      expect(back.members.map((m) => m.relation)).toEqual(s.members.map((m) => m.relation));
    },
  );

  it('keeps the names, "none of these" allowances and approximate dates', () => {
    const s = {
      date: '2026-11-20',
      sponsor: { status: 'refugee', asylumApplicationDate: '2019-06', allowances: [] },
      members: [{ id: 'Zahra', relation: 'spouse', unionDate: '2019' }],
    } as unknown as Situation;
    const a = answersOf(s);
    expect(a.members[0]?.answers.relation).toEqual({ relation: 'spouse', name: 'Zahra' });
    expect(a.members[0]?.answers.union_date).toEqual({ date: '2019' });
    expect(a.sponsor.asylum_date).toEqual({ date: '2019-06' });
    expect(a.sponsor.filing_date).toEqual({ date: '2026-11-20' });
  });

  it('shows a situation in the form, and reads the form back to the same situation', () => {
    for (const raw of examples) {
      const s = validateSituation(raw);
      if (!s.ok) continue;
      const again = situationFromExpert(valuesFromSituation(s.situation));
      expect(again.problems).toEqual([]);
      const verdicts = (x: unknown) => {
        const v = validateSituation(x);
        return v.ok
          ? assess(v.situation, { today: '2026-12-03' }).members.map((m) => m.verdict)
          : v;
      };
      expect(verdicts(again.situation)).toEqual(verdicts(s.situation));
    }
  });
});
