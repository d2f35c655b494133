/**
 * The interview asks the engine once per request: the post of an answer (which finds the next step),
 * and the GET of the page it redirects to (which checks the step can be shown, finds the page before
 * it and draws it) each read one assessment of the answers, however many members there are.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';

const calls = vi.hoisted(() => ({ count: 0 }));
vi.mock('../../src/lib/law/assess', async (original) => {
  const real = await original<typeof import('../../src/lib/law/assess')>();
  return {
    ...real,
    assess: (...args: Parameters<typeof real.assess>) => {
      calls.count += 1;
      return real.assess(...args);
    },
  };
});

const { answer, members, pageAt, reachable } = await import('../../src/lib/interview/flow');
const { inputName } = await import('../../src/lib/interview/parse');
type Answers = import('../../src/lib/interview/answers').Answers;
type State = import('../../src/lib/interview/answers').State;

const child = (key: string, birth: string) => ({
  key,
  answers: {
    relation: { name: '', relation: 'child' },
    parentage: { parentage: 'couple' },
    m_birth_date: { date: birth },
    location: { answer: 'abroad' },
  },
});

/** A resident's family: a spouse and `children` children of the couple. */
function family(children: number): Answers {
  return {
    sponsor: {
      status: { status: 'resident' },
      filing_date: { date: null },
      nationality: { country: 'MA' },
      permit_type: { type: 'resident' },
      permit_dates: { from: '2022-02-01', until: '2032-01-31' },
      residence_since: { date: '2019-02-01' },
      spouse_in_france: { answer: 'no' },
      children_in_france: { count: 0 },
      income: { net: 2600 },
      allowances: { allowances: [] },
      housing_commune: { code: null },
      housing_zone: { zone: 'B1' },
    },
    members: [
      {
        key: 'm1',
        answers: {
          relation: { name: '', relation: 'spouse' },
          m_birth_date: { date: '1990-09-12' },
          union_date: { date: '2016-07-30' },
          location: { answer: 'abroad' },
        },
      },
      ...Array.from({ length: children }, (_, i) => child(`m${i + 2}`, `201${i}-03-0${i + 1}`)),
    ],
    done: true,
  };
}

// Each request gets its own day, so that no reading is remembered from an earlier request.
let day = 0;
const today = () => `2026-03-${String(++day).padStart(2, '0')}`;

beforeEach(() => {
  calls.count = 0;
});

describe('the engine is asked once per interview request', () => {
  it('when an answer is posted', () => {
    for (const children of [1, 5]) {
      const state: State = {
        answers: family(children),
        step: { question: 'housing_surface' },
        mode: 'flow',
      };
      const form = new FormData();
      form.set(inputName('surface'), '60');
      calls.count = 0;
      const outcome = answer(state, form, today());
      expect(outcome.state.step).toEqual({ question: 'housing_occupants' });
      expect(calls.count).toBe(1);
      // The GET the post redirects to, on another request.
      calls.count = 0;
      const day = today();
      const at = { step: outcome.state.step, mode: outcome.state.mode };
      expect(reachable(outcome.state.answers, at, day)).toBe(true);
      const shown = pageAt(outcome.state.answers, at, day);
      expect(shown.view).toBe('question');
      expect(shown.back).toBe('q=housing_surface');
      expect(calls.count).toBe(1);
    }
  });

  it('on the member list, the check page and the result page, with 2 or 6 members', () => {
    for (const children of [1, 5]) {
      const a = family(children);
      a.sponsor.housing_surface = { surface: 60 };
      a.sponsor.housing_occupants = { count: null };
      for (const page of ['members', 'check', 'result'] as const) {
        calls.count = 0;
        const day = today();
        const at = { step: { page }, mode: 'flow' as const };
        expect(reachable(a, at, day)).toBe(true);
        expect(pageAt(a, at, day).view).toBe(page);
        expect(calls.count).toBe(1);
      }
      calls.count = 0;
      const form = new FormData();
      form.set('do', 'finish');
      const state: State = { answers: a, step: { page: 'members' }, mode: 'flow' };
      expect(members(state, form, today()).state.step).toEqual({ page: 'check' });
      expect(calls.count).toBe(1);
    }
  });
});
