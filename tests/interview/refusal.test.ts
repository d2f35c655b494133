/** "My visa was refused": reading its two questions and the appeal they lead to. */
import { describe, expect, it } from 'vitest';
import { readRoute, readWhen, refusalStepFor } from '../../src/lib/interview/refusal';
import { appealOf } from '../../src/lib/web/refusal.server';

const TODAY = '2026-12-03';

function form(values: Record<string, string>): FormData {
  const f = new FormData();
  for (const [k, v] of Object.entries(values)) f.set(k, v);
  return f;
}

describe('the questions', () => {
  it('read the procedure, or say to choose one', () => {
    expect(readRoute(form({ route: 'stateless' }))).toEqual({ ok: true, value: 'stateless' });
    expect(readRoute(form({ route: 'french_citizen' }))).toMatchObject({
      ok: false,
      errors: [{ input: 'route', key: 'interview.error.choose' }],
    });
  });
  it('read the answer and its date, typed the way people type', () => {
    expect(
      readWhen(
        form({
          kind: 'written',
          'written.day': '٢٠',
          'written.month': 'nov',
          'written.year': '2026',
        }),
        TODAY,
      ),
    ).toEqual({ ok: true, value: { kind: 'written', date: '2026-11-20' } });
    const future = readWhen(
      form({ kind: 'silence', 'silence.day': '4', 'silence.month': '12', 'silence.year': '2026' }),
      TODAY,
    );
    expect(future).toMatchObject({
      ok: false,
      errors: [{ key: 'interview.refused.error.future' }],
    });
    const old = readWhen(
      form({ kind: 'written', 'written.day': '1', 'written.month': '1', 'written.year': '2015' }),
      TODAY,
    );
    expect(old).toMatchObject({
      ok: false,
      errors: [{ key: 'dossier.web.dates.before_coverage' }],
    });
    expect(readWhen(form({}), TODAY)).toMatchObject({ ok: false, errors: [{ input: 'kind' }] });
    // What was typed comes back with the error.
    expect(
      readWhen(
        form({
          kind: 'written',
          'written.day': '31',
          'written.month': '2',
          'written.year': '2026',
        }),
        TODAY,
      ),
    ).toMatchObject({
      ok: false,
      values: { 'written.day': '31' },
      errors: [{ key: 'interview.error.date.invalid' }],
    });
  });
  it('lead from one screen to the next only with the answers before', () => {
    expect(refusalStepFor('appeal', undefined)).toBe('route');
    expect(refusalStepFor('appeal', { route: 'refugee' })).toBe('date');
    expect(refusalStepFor(null, { route: 'refugee', kind: 'written', date: '2026-11-20' })).toBe(
      'route',
    );
    expect(
      refusalStepFor('appeal', { route: 'refugee', kind: 'written', date: '2026-11-20' }),
    ).toBe('appeal');
  });
});

describe('the appeal', () => {
  it('gives each procedure its last day and the letter', () => {
    for (const [route, procedure] of [
      ['refugee', 'reunification_familiale'],
      ['subsidiary_protection', 'reunification_familiale'],
      ['resident', 'regroupement_familial'],
      ['eu_citizen', 'famille_ue'],
      ['talent', 'famille_accompagnante'],
    ] as const) {
      const a = appealOf({ route, kind: 'written', date: '2026-11-20' }, TODAY)!;
      expect(a.procedure).toBe(procedure);
      expect(a.status).toBe('on_time');
      expect(a.last?.date).toBe('2026-12-19');
      expect(a.remains).toBe(`letter.remains.crrv.${procedure}`);
      expect(a.letter?.kind).toBe('crrv-appeal');
      expect(JSON.parse(a.file.events)).toEqual({ visaRefusalNotified: '2026-11-20' });
    }
  });
  it('says when the time limit has passed', () => {
    const a = appealOf({ route: 'refugee', kind: 'written', date: '2026-09-01' }, TODAY)!;
    expect(a.status).toBe('late');
    expect(a.letter?.timeliness?.status).toBe('late');
  });
  it('for no answer: not yet a refusal, then an appeal against the implicit refusal', () => {
    const soon = appealOf({ route: 'resident', kind: 'silence', date: '2026-11-01' }, TODAY)!;
    expect(soon).toMatchObject({ status: 'not_yet', arises: '2027-01-01' });
    expect(soon.letter).toBeUndefined();
    const arisen = appealOf({ route: 'resident', kind: 'silence', date: '2026-09-20' }, TODAY)!;
    expect(arisen.status).toBe('on_time');
    expect(arisen.letter?.kind).toBe('crrv-appeal');
  });
});
