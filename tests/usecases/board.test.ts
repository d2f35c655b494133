/** The deadlines board: every open case's deadlines from its own file, in the order a worker acts. */
import { describe, expect, it } from 'vitest';
import { buildFile } from '../../src/lib/usecases';
import { type BoardCase, buildBoard } from '../../src/lib/usecases/board';
import { example } from '../dossier/helpers';

const today = '2026-09-20';
const refused: BoardCase = {
  id: 'c1',
  label: 'Famille A',
  worker: 'alice',
  situation: example('03-refugee-spouse-and-children'),
  events: { visaApplicationLodged: '2026-03-10', visaRefusalNotified: '2026-09-15' },
};
const silent: BoardCase = {
  id: 'c2',
  label: 'Famille B',
  worker: 'bob',
  situation: example('01-regroupement-conditions-met'),
  events: { fileCompleteAtOfii: '2025-12-01' },
};
const waiting: BoardCase = {
  id: 'c3',
  label: 'Famille C',
  worker: 'alice',
  situation: example('03-refugee-spouse-and-children'),
  events: { visaApplicationLodged: '2026-09-01' },
};

const row = (b: ReturnType<typeof buildBoard>) =>
  b.entries.map((e) => [e.caseId, e.deadline.id, e.deadline.date, e.when]);

describe('deadlines board', () => {
  it('lists the next 30 days first, then the passed last days, then the rest', () => {
    const board = buildBoard([silent, waiting, refused], today);
    expect(row(board)).toEqual([
      ['c1', 'crrv_appeal', '2026-10-14', 'soon'],
      ['c2', 'implicit_refusal_court', '2026-08-01', 'overdue'],
      ['c2', 'implicit_refusal_reasons', '2026-08-01', 'overdue'],
      ['c3', 'visa_implicit_refusal', '2026-11-01', 'later'],
      ['c3', 'crrv_appeal_implicit', '2026-11-30', 'later'],
    ]);
    // a silence that became a refusal is a past event, not a missed last day
    expect(board.entries.some((e) => e.deadline.id === 'implicit_refusal')).toBe(false);
  });

  it('gives each deadline exactly as the case’s own file computes it', () => {
    const file = buildFile({ situation: refused.situation, events: refused.events }, today);
    if (!file.ok) throw new Error('file');
    const board = buildBoard([refused], today);
    expect(board.entries.map((e) => e.deadline)).toEqual(
      file.value.deadlines.deadlines.filter((d) => d.daysLeft >= 0 || d.kind === 'last_day'),
    );
  });

  it('gives every open case its next deadline, nearest first, and counts the passed ones', () => {
    const board = buildBoard([silent, waiting, refused], today);
    expect(board.cases.map((c) => [c.id, c.next?.date, c.overdue])).toEqual([
      ['c1', '2026-10-14', 0],
      ['c3', '2026-11-01', 0],
      ['c2', undefined, 2],
    ]);
  });

  it('filters by worker and leaves closed cases out', () => {
    const board = buildBoard([silent, waiting, { ...refused, closed: true }], today, {
      worker: 'alice',
    });
    expect(board.cases.map((c) => c.id)).toEqual(['c3']);
    expect(board.entries.every((e) => e.worker === 'alice')).toBe(true);
  });

  it('keeps a case whose data no longer reads, with its problems, off the deadlines', () => {
    const broken = { ...refused, id: 'c4', events: { visaRefusalNotified: 'yesterday' } };
    const board = buildBoard([broken], today);
    expect(board.entries).toEqual([]);
    expect(board.cases[0]?.problems?.[0]?.path).toBe('events.visaRefusalNotified');
  });

  it('moves with the date: a last day becomes overdue the day after', () => {
    const after = buildBoard([refused], '2026-10-15');
    expect(row(after)).toEqual([['c1', 'crrv_appeal', '2026-10-14', 'overdue']]);
    expect(after.cases[0]?.next).toBeUndefined();
  });
});
