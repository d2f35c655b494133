import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { computeDeadlines, validateEvents } from '../../src/lib/dossier';
import { lastDay } from '../../src/lib/dossier/dates';
import { input, root, scenario } from './helpers';

interface Case {
  name: string;
  situation?: unknown;
  events: unknown;
  today: string;
  expect: {
    id: string;
    date: string;
    kind?: string;
    daysLeft?: number;
    memberId?: string;
    uncertain?: boolean;
  }[];
  /** Deadlines that must not be shown. */
  absent?: string[];
}

const FILES = readdirSync(join(root, 'tests/dossier/scenarios')).filter((f) =>
  /^deadlines-.*\.yaml$/.test(f),
);

for (const file of FILES) {
  const doc = scenario<{ situation: unknown; cases: Case[] }>(file);
  describe(file, () => {
    for (const c of doc.cases) {
      it(c.name, () => {
        const i = input(c.situation ?? doc.situation, c.events, c.today);
        const list = computeDeadlines(i.situation, i.assessment, i.events, c.today);
        for (const e of c.expect) {
          const found = list.deadlines.find(
            (d) => d.id === e.id && (e.memberId === undefined || d.memberId === e.memberId),
          );
          expect(found, `${e.id} in ${list.deadlines.map((d) => d.id).join(', ')}`).toBeDefined();
          expect(found).toMatchObject(e);
          expect(found!.sources.length).toBeGreaterThan(0);
        }
        for (const id of c.absent ?? []) expect(list.deadlines.map((d) => d.id)).not.toContain(id);
      });
    }
  });
}

describe('calendar conventions', () => {
  it('31 January + 1 month clamps to the end of February, in leap and common years', () => {
    const month = { amount: 1, unit: 'months', dayOneIsEventDay: false } as const;
    expect(lastDay('2024-01-31', month)).toBe('2024-02-29');
    expect(lastDay('2025-01-31', month)).toBe('2025-02-28');
  });
  it('a period whose first day is the event day ends the day before', () => {
    expect(lastDay('2026-01-31', { amount: 30, unit: 'days', dayOneIsEventDay: true })).toBe(
      '2026-03-01',
    );
    expect(lastDay('2024-02-01', { amount: 30, unit: 'days', dayOneIsEventDay: true })).toBe(
      '2024-03-01',
    );
  });
  it('deadlines are sorted by date and count days from today, negative once past', () => {
    const i = input(
      scenario<{ situation: unknown }>('deadlines-eu.yaml').situation,
      { arrival: '2026-01-31' },
      '2026-05-01',
    );
    const list = computeDeadlines(i.situation, i.assessment, i.events, '2026-05-01');
    const dates = list.deadlines.map((d) => d.date);
    expect(dates).toEqual([...dates].sort());
    expect(list.deadlines.find((d) => d.id === 'eu_card_request')?.daysLeft).toBe(-1);
  });
});

describe('event dates', () => {
  it('rejects impossible dates with the path of the event', () => {
    const r = validateEvents({ visaIssued: '2026-02-30' });
    expect(r).toEqual({
      ok: false,
      errors: [
        { path: 'events.visaIssued', message: 'expected a real calendar date written YYYY-MM-DD' },
      ],
    });
  });
  it('rejects unknown events and dates out of order', () => {
    const r = validateEvents({
      visaRefusalNotified: '2026-03-01',
      crrvAppealLodged: '2026-02-01',
      landed: '2026-01-01',
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.map((e) => e.path).sort()).toEqual(['events', 'events.crrvAppealLodged']);
    expect(r.errors.find((e) => e.path === 'events')?.message).toContain('landed');
  });
  it('an event before the dated parameters is an error, not a silent fallback', () => {
    const doc = scenario<{ situation: unknown }>('deadlines-refugee.yaml');
    const i = input(
      doc.situation,
      { visaApplicationLodged: '2019-01-01', visaRefusalNotified: '2019-06-01' },
      '2026-01-10',
    );
    expect(() => computeDeadlines(i.situation, i.assessment, i.events, '2026-01-10')).toThrow(
      /before 2020-01-01/,
    );
  });
});
