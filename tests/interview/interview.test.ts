import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { assess } from '../../src/lib/law';
import {
  type Answers,
  decodeState,
  emptyAnswers,
  encodeState,
  parseSavedFile,
  savedFile,
} from '../../src/lib/interview/answers';
import { readDate } from '../../src/lib/interview/dates';
import { nextStep, previousStep, steps } from '../../src/lib/interview/routing';
import { situationOf } from '../../src/lib/interview/situation';

const TODAY = '2026-03-10';

describe('dates typed in three boxes', () => {
  it('accepts what people type', () => {
    expect(readDate({ day: '3', month: '03', year: '2019' }, false)).toEqual({
      ok: true,
      iso: '2019-03-03',
    });
    expect(readDate({ day: '03', month: 'mars', year: '2019' }, false)).toEqual({
      ok: true,
      iso: '2019-03-03',
    });
    expect(readDate({ day: '1', month: 'Févr.', year: '2020' }, false)).toEqual({
      ok: true,
      iso: '2020-02-01',
    });
    expect(readDate({ day: '٣', month: '١٢', year: '٢٠١٩' }, false)).toEqual({
      ok: true,
      iso: '2019-12-03',
    });
  });
  it('says what is wrong', () => {
    expect(readDate({ day: '31', month: '2', year: '2026' }, false)).toMatchObject({
      ok: false,
      error: 'date.invalid',
    });
    expect(readDate({ day: '3', month: '13', year: '2026' }, false)).toMatchObject({
      ok: false,
      error: 'date.month',
    });
    expect(readDate({ day: '3', month: '3', year: '26' }, false)).toMatchObject({
      ok: false,
      error: 'date.year',
    });
    expect(readDate({ day: '3', month: '', year: '2026' }, false)).toMatchObject({
      ok: false,
      part: 'month',
    });
    expect(readDate({ day: '', month: '', year: '' }, false)).toMatchObject({
      ok: false,
      error: 'date.required',
    });
    expect(readDate({ day: '', month: '', year: '' }, true)).toEqual({ ok: true, iso: null });
  });
});

describe('the state carried by form posts', () => {
  it('round-trips and refuses anything damaged or foreign', () => {
    const state = { answers: emptyAnswers(), step: { question: 'status' }, mode: 'flow' as const };
    const encoded = encodeState(state);
    expect(encoded).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeState(encoded)).toEqual(state);
    expect(decodeState(encoded.slice(0, -3))).toBeUndefined();
    expect(decodeState(Buffer.from('{"a":1}').toString('base64url'))).toBeUndefined();
    // On the wire the state keeps its first, compact shape.
    const wire = JSON.parse(Buffer.from(encoded, 'base64url').toString('utf8'));
    expect(wire).toEqual({ a: { v: 1, s: {}, m: [] }, at: { q: 'status' }, mode: 'flow' });
    expect(decodeState(undefined)).toBeUndefined();
  });
  it('saves answers as a file and reads them back', () => {
    const a: Answers = { ...emptyAnswers(), sponsor: { status: { status: 'refugee' } } };
    expect(parseSavedFile(savedFile(a))).toEqual(a);
    expect(parseSavedFile('{"reunir":"answers","version":2}')).toBeUndefined();
  });
});

const resident = (): Answers => ({
  sponsor: {
    status: { status: 'resident' },
    filing_date: { date: '2026-03-10' },
    nationality: { country: 'MA' },
    permit_type: { type: 'resident' },
    permit_dates: { from: '2022-02-01', until: '2032-01-31' },
    residence_since: { date: '2019-02-01' },
    spouse_in_france: { answer: 'no' },
    children_in_france: { count: 0 },
    income: { net: 2100 },
    allowances: { allowances: [] },
    housing_commune: { code: null },
    housing_zone: { zone: 'B1' },
    housing_surface: { surface: 45 },
    housing_occupants: { count: null },
  },
  members: [
    {
      key: 'm1',
      answers: {
        relation: { name: 'spouse', relation: 'spouse' },
        m_birth_date: { date: '1990-09-12' },
        union_date: { date: '2016-07-30' },
        location: { answer: 'abroad' },
      },
    },
    {
      key: 'm2',
      answers: {
        relation: { name: 'amina', relation: 'child' },
        parentage: { parentage: 'couple' },
        m_birth_date: { date: '2018-11-03' },
        location: { answer: 'abroad' },
      },
    },
  ],
  done: true,
});

describe('routing', () => {
  it('starts with the status, then asks only what matters for it', () => {
    expect(nextStep(emptyAnswers(), TODAY)).toEqual({ question: 'status' });
    const refugee: Answers = { ...emptyAnswers(), sponsor: { status: { status: 'refugee' } } };
    const asked = steps(refugee, TODAY).map((s) => ('question' in s ? s.question : s.page));
    expect(asked).toEqual([
      'status',
      'filing_date',
      'birth_date',
      'asylum_date',
      'grant_date',
      'spouse_in_france',
      'members',
    ]);
    const eu: Answers = { ...emptyAnswers(), sponsor: { status: { status: 'eu_citizen' } } };
    expect(steps(eu, TODAY).map((s) => ('question' in s ? s.question : s.page))).toContain(
      'eu_basis',
    );
    expect(steps(eu, TODAY).map((s) => ('question' in s ? s.question : s.page))).not.toContain(
      'income',
    );
  });

  it('goes to the check page once everything that matters is answered', () => {
    expect(nextStep(resident(), TODAY)).toEqual({ page: 'check' });
    expect(previousStep(resident(), { page: 'check' }, TODAY)).toEqual({
      question: 'housing_occupants',
    });
  });

  it('asks a question only when the engine reports its fact missing', () => {
    // A refugee who was a minor at the asylum application, with a parent coming: was the
    // refugee married then? The engine needs sponsor.married.
    const minor: Answers = {
      sponsor: {
        status: { status: 'refugee' },
        filing_date: { date: null },
        birth_date: { date: '2008-01-01' },
        asylum_date: { date: '2023-01-01' },
        grant_date: { date: '2024-01-01' },
        spouse_in_france: { answer: 'no' },
      },
      members: [
        {
          key: 'm1',
          answers: {
            relation: { name: '', relation: 'parent' },
            of: { of: 'sponsor' },
            m_birth_date: { date: '1975-01-01' },
            declared_ofpra: { answer: 'yes' },
          },
        },
      ],
      done: true,
    };
    expect(nextStep(minor, TODAY)).toEqual({ question: 'married_at_asylum' });
    const answered = {
      ...minor,
      sponsor: { ...minor.sponsor, married_at_asylum: { answer: 'no' } },
    };
    expect(nextStep(answered, TODAY)).toEqual({ page: 'check' });
    // Answered, it stays among the steps (and on the check page).
    expect(steps(answered, TODAY)).toContainEqual({ question: 'married_at_asylum' });
    // An adult at the asylum application is never asked.
    const adult = { ...minor, sponsor: { ...minor.sponsor, birth_date: { date: '1990-01-01' } } };
    expect(steps(adult, TODAY)).not.toContainEqual({ question: 'married_at_asylum' });
  });

  it('keeps answers that no longer apply but does not use them', () => {
    const changed = resident();
    changed.sponsor.status = { status: 'eu_citizen' };
    const s = situationOf(changed)!;
    expect(s.sponsor.permit).toBeUndefined();
    expect(s.sponsor.income).toBeUndefined();
    expect(s.sponsor.housing).toBeUndefined();
    expect(s.members[0]).toEqual({
      id: 'm1',
      relation: 'spouse',
      birthDate: '1990-09-12',
      unionDate: '2016-07-30',
    });
    expect(changed.sponsor.income).toEqual({ net: 2100 });
  });
});

describe('answers to situation', () => {
  it('gives the engine the same situation as the contract example, with the same verdicts', () => {
    const situation = situationOf(resident())!;
    const example = JSON.parse(
      readFileSync('tests/contract-examples/01-regroupement-conditions-met.situation.json', 'utf8'),
    );
    // A resident's date of birth is asked only when it matters (the over-65 exemption).
    const { birthDate, ...sponsor } = example.sponsor;
    expect(birthDate).toBe('1986-04-02');
    expect(situation.sponsor).toEqual({
      ...sponsor,
      allowances: [],
      minorChildrenInFrance: 0,
      spouseInFrance: false,
    });
    const result = assess(situation);
    expect(result.members.map((m) => m.verdict)).toEqual(['eligible', 'eligible']);
    expect(result.members.map((m) => m.id)).toEqual(['m1', 'm2']);
  });

  it('maps a kafala, a place of living and "I don’t know"', () => {
    const a: Answers = {
      sponsor: { status: { status: 'resident' }, permit_type: { type: 'temporary' } },
      members: [
        {
          key: 'm1',
          answers: {
            relation: { name: '', relation: 'child' },
            parentage: { parentage: 'kafala' },
            location: { answer: 'france_other' },
          },
        },
        {
          key: 'm2',
          answers: { relation: { name: '', relation: 'spouse' }, union_date: { date: null } },
        },
        { key: 'm3', answers: {} },
      ],
    };
    const s = situationOf(a)!;
    expect(s.members).toHaveLength(2);
    expect(s.members[0]).toEqual({
      id: 'm1',
      relation: 'child',
      kafala: true,
      livesAbroad: false,
      lawfullyInFrance: false,
    });
    expect(s.members[1]).toEqual({ id: 'm2', relation: 'spouse' });
  });
});

describe('kafala under the Franco-Algerian agreement', () => {
  const withKafala = (country: string): Answers => {
    const a = resident();
    a.sponsor.nationality = { country };
    a.members[1]!.answers.parentage = { parentage: 'kafala' };
    return a;
  };
  const memberSteps = (a: Answers) =>
    steps(a, TODAY)
      .filter((s) => 'member' in s && s.member === 1)
      .map((s) => ('question' in s ? s.question : ''));

  it('asks whether an Algerian judge ordered the kafala, only for an Algerian sponsor', () => {
    expect(memberSteps(withKafala('DZ'))).toContain('kafala_judge');
    expect(memberSteps(withKafala('MA'))).not.toContain('kafala_judge');
    const couple = resident();
    couple.sponsor.nationality = { country: 'DZ' };
    expect(memberSteps(couple)).not.toContain('kafala_judge');
  });

  it('gives the answer to the engine: a judicial kafala can come, without it the answer waits', () => {
    const unanswered = withKafala('DZ');
    expect(nextStep(unanswered, TODAY)).toEqual({ question: 'kafala_judge', member: 1 });
    expect(assess(situationOf(unanswered)!).members[1]!.verdict).toBe('to_verify');
    const judge = withKafala('DZ');
    judge.members[1]!.answers.kafala_judge = { answer: 'yes' };
    expect(situationOf(judge)!.members[1]).toMatchObject({
      kafala: true,
      kafalaByAlgerianJudge: true,
    });
    expect(assess(situationOf(judge)!).members[1]!.verdict).toBe('eligible');
    const notary = withKafala('DZ');
    notary.members[1]!.answers.kafala_judge = { answer: 'no' };
    expect(assess(situationOf(notary)!).members[1]!.verdict).toBe('to_verify');
  });
});
