/**
 * The known dates of the procedure travel in the interview's state (answers.e): optional, so that
 * answers saved before they existed still load; read from day/month/year boxes like the interview's
 * dates; checked (order, parameters' start) when the dossier is built, never making the state unreadable.
 */
import { describe, expect, it } from 'vitest';
import { valueAt } from '../../src/lib/law/parameters';
import {
  type Answers,
  type KnownDates,
  decodeState,
  encodeState,
  parseSavedFile,
  savedFile,
  type State,
} from '../../src/lib/interview/answers';
import { buildPage, namedDossier, withDates } from '../../src/lib/web/dossier/dossier.server';

const TODAY = '2026-11-23';

const sponsor = {
  status: { status: 'refugee' },
  filing_date: { date: null },
  birth_date: { date: '1982-05-05' },
  asylum_date: { date: '2023-05-10' },
  grant_date: { date: '2024-02-01' },
  spouse_in_france: { answer: 'no' },
};
const spouse = {
  relation: { name: 'Amal', relation: 'spouse' },
  m_birth_date: { date: '1985-10-10' },
  union_date: { date: '2005-04-01' },
  location: { answer: 'abroad' },
  declared_ofpra: { answer: 'yes' },
};

const refugee = (dates?: KnownDates): Answers => ({
  sponsor,
  members: [{ key: 'm1', answers: spouse }],
  done: true,
  ...(dates ? { dates } : {}),
});

/** The same answers as they travel in forms and saved files (their first, compact shape). */
const wire = (e?: unknown) => ({
  v: 1,
  s: sponsor,
  m: [{ k: 'm1', a: spouse }],
  done: true,
  ...(e ? { e } : {}),
});
const wireState = (e?: unknown) =>
  Buffer.from(JSON.stringify({ a: wire(e), at: { view: 'result' }, mode: 'flow' })).toString(
    'base64url',
  );

const state = (answers: Answers): State => ({ answers, step: { page: 'result' }, mode: 'flow' });

function form(values: Record<string, string>): FormData {
  const f = new FormData();
  for (const [k, v] of Object.entries(values)) f.set(k, v);
  return f;
}

const boxes = (key: string, day: string, month: string, year: string) => ({
  [`ev.${key}.day`]: day,
  [`ev.${key}.month`]: month,
  [`ev.${key}.year`]: year,
});

describe('known dates in the state', () => {
  it('loads answers saved before the dates existed', () => {
    const old = JSON.stringify({ reunir: 'answers', version: 1, answers: wire() });
    expect(parseSavedFile(old)).toEqual(refugee());
    expect(decodeState(wireState())).toEqual(state(refugee()));
  });

  it('keeps the dates in the state and in the saved file', () => {
    const a = refugee({ visaRefusalNotified: '2026-11-10', arrival: '2027-01-02' });
    expect(decodeState(encodeState(state(a)))).toEqual(state(a));
    expect(parseSavedFile(savedFile(a))).toEqual(a);
  });

  it('refuses unknown events and dates not written YYYY-MM-DD', () => {
    expect(decodeState(wireState({ visaRefused: '2026-11-10' }))).toBeUndefined();
    expect(decodeState(wireState({ visaRefusalNotified: '10/11/2026' }))).toBeUndefined();
    expect(decodeState(wireState({}))).toEqual(state({ ...refugee(), dates: {} }));
  });
});

describe('the dates form', () => {
  it('reads dates the way the interview does, and an empty date removes it', () => {
    const typed = withDates(
      state(refugee({ arrival: '2027-01-02' })),
      form({
        ...boxes('visaRefusalNotified', '10', 'novembre', '2026'),
        ...boxes('arrival', '', '', ''),
      }),
    );
    expect(typed.errors).toEqual([]);
    expect(typed.state.answers.dates).toEqual({ visaRefusalNotified: '2026-11-10' });
    const cleared = withDates(typed.state, form(boxes('visaRefusalNotified', '', '', '')));
    expect(cleared.state.answers.dates).toBeUndefined();
  });

  it('reports a bad date with its box and keeps the dates typed before', () => {
    const typed = withDates(
      state(refugee({ visaRefusalNotified: '2026-11-10' })),
      form({
        ...boxes('visaRefusalNotified', '31', '2', '2026'),
        ...boxes('visaApplicationLodged', '3', '', '2026'),
      }),
    );
    expect(typed.errors).toEqual([
      { key: 'visaApplicationLodged', message: 'date.incomplete', part: 'month' },
      { key: 'visaRefusalNotified', message: 'date.invalid', part: 'day' },
    ]);
    expect(typed.state.answers.dates).toEqual({ visaRefusalNotified: '2026-11-10' });
    expect(typed.values['ev.visaRefusalNotified.day']).toBe('31');
  });
});

describe('the dossier page', () => {
  it('computes the CRRV appeal deadline and makes the appeal letter ready', () => {
    const built = buildPage(state(refugee({ visaRefusalNotified: '2026-11-10' })), TODAY);
    if (!built.ok) throw new Error('no dossier');
    const crrv = built.page.dossier.deadlines.deadlines.find((d) => d.id === 'crrv_appeal');
    expect(crrv).toMatchObject({ date: '2026-12-09', daysLeft: 16 });
    expect(built.page.letters.find((l) => l.kind === 'crrv-appeal')).toEqual({
      kind: 'crrv-appeal',
      status: 'ready',
      // The consulate's silence its explanation states, as the store gives it.
      explain: { months: valueAt('deadline.implicitVisaRefusal', TODAY).value.amount },
    });
    expect(built.page.asked).toContain('visaRefusalNotified');
    expect(built.page.values['ev.visaRefusalNotified.day']).toBe('10');
  });

  it('says which date a letter needs instead of building it', () => {
    const built = buildPage(state(refugee()), TODAY);
    if (!built.ok) throw new Error('no dossier');
    expect(built.page.letters.find((l) => l.kind === 'crrv-appeal')).toEqual({
      kind: 'crrv-appeal',
      status: 'needs',
      // An express refusal, or the lodging date from which the consulate's silence is a refusal.
      events: ['visaRefusalNotified', 'visaApplicationLodged'],
      // The consulate's silence its explanation states, as the store gives it.
      explain: { months: valueAt('deadline.implicitVisaRefusal', TODAY).value.amount },
    });
    // Letters of regroupement familial do not concern a refugee's family.
    expect(built.page.letters.map((l) => l.kind)).not.toContain('ofii-cover-letter');
  });

  it('reports dates in the wrong order or before 2020, and leaves them out of the deadlines', () => {
    const order = buildPage(
      state(refugee({ visaApplicationLodged: '2026-11-10', visaRefusalNotified: '2026-10-01' })),
      TODAY,
    );
    if (!order.ok) throw new Error('no dossier');
    expect(order.page.errors).toEqual([
      { key: 'visaRefusalNotified', message: 'date.order', after: 'visaApplicationLodged' },
    ]);
    expect(order.page.dossier.deadlines.deadlines.map((d) => d.id)).not.toContain('crrv_appeal');

    const early = buildPage(state(refugee({ visaRefusalNotified: '2019-06-01' })), TODAY);
    if (!early.ok) throw new Error('no dossier');
    expect(early.page.errors).toEqual([
      { key: 'visaRefusalNotified', message: 'date.beforeCoverage', part: 'year' },
    ]);
    expect(early.page.dossier.deadlines.deadlines.map((d) => d.id)).not.toContain('crrv_appeal');
  });

  it('gives the files people keep the names they typed, not the interview’s keys', () => {
    const a = refugee({ visaRefusalNotified: '2026-11-10' });
    a.members.push({ key: 'm2', answers: { relation: { name: '', relation: 'child' } } });
    const built = buildPage(state(a), TODAY);
    if (!built.ok) throw new Error('no dossier');
    const named = namedDossier(built.page, (n) => `Person ${n}`);
    expect(named.assessment.members.map((m) => m.id)).toEqual(['Amal', 'Person 2']);
    expect(named.assessment.missing.some((f) => f.memberId === 'Person 2')).toBe(true);
    expect(named.deadlines.deadlines.map((d) => d.id)).toEqual(
      built.page.dossier.deadlines.deadlines.map((d) => d.id),
    );
    expect(built.page.dossier.assessment.members.map((m) => m.id)).toEqual(['m1', 'm2']);
  });
});
