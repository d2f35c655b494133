/** Calendar arithmetic as docs/law/dates.md defines it: anniversaries, completed years, calendar months. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ageOn,
  anniversary,
  completedMonths,
  daysBetween,
  monthStart,
  plusDays,
  plusMonths,
} from '../../src/lib/law/dates';

describe('anniversary', () => {
  it('is the same day N years later', () => {
    expect(anniversary('2008-03-10', 18)).toBe('2026-03-10');
  });
  it('falls on 1 March in a common year for a 29 February birth', () => {
    expect(anniversary('2008-02-29', 18)).toBe('2026-03-01');
    expect(anniversary('2004-02-29', 19)).toBe('2023-03-01');
  });
  it('stays on 29 February in a leap year', () => {
    expect(anniversary('2008-02-29', 20)).toBe('2028-02-29');
    expect(anniversary('1996-02-29', 4)).toBe('2000-02-29');
  });
  it('treats 2100 as a common year', () => {
    expect(anniversary('2096-02-29', 4)).toBe('2100-03-01');
  });
});

describe('ageOn', () => {
  it('reaches the age on the anniversary, not the day before', () => {
    expect(ageOn('2008-03-10', '2026-03-10')).toBe(18);
    expect(ageOn('2008-03-10', '2026-03-09')).toBe(17);
    expect(ageOn('2008-03-11', '2026-03-10')).toBe(17);
  });
  it('counts 29 February births from 1 March in common years', () => {
    expect(ageOn('2008-02-29', '2026-02-28')).toBe(17);
    expect(ageOn('2008-02-29', '2026-03-01')).toBe(18);
    expect(ageOn('2008-02-29', '2028-02-29')).toBe(20);
    expect(ageOn('2008-02-29', '2028-02-28')).toBe(19);
  });
  it('is 0 on the birth day and across the year end', () => {
    expect(ageOn('2025-12-31', '2025-12-31')).toBe(0);
    expect(ageOn('2025-12-31', '2026-01-01')).toBe(0);
    expect(ageOn('1961-03-10', '2026-03-10')).toBe(65);
  });
});

describe('plusMonths', () => {
  it('adds calendar months', () => {
    expect(plusMonths('2024-09-10', 18)).toBe('2026-03-10');
    expect(plusMonths('2025-03-10', 12)).toBe('2026-03-10');
  });
  it('clamps to the end of a shorter month', () => {
    expect(plusMonths('2024-08-31', 18)).toBe('2026-02-28');
    expect(plusMonths('2025-11-30', 3)).toBe('2026-02-28');
    expect(plusMonths('2023-08-31', 6)).toBe('2024-02-29');
    expect(plusMonths('2026-01-31', 3)).toBe('2026-04-30');
  });
  it('goes backwards', () => {
    expect(plusMonths('2026-03-31', -1)).toBe('2026-02-28');
    expect(plusMonths('2026-01-15', -12)).toBe('2025-01-15');
  });
  it('treats N years as 12 × N months (29 February + 1 year is 28 February)', () => {
    expect(plusMonths('2024-02-29', 12)).toBe('2025-02-28');
  });
});

describe('plusDays', () => {
  it('crosses month and year ends', () => {
    expect(plusDays('2026-08-31', -1)).toBe('2026-08-30');
    expect(plusDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(plusDays('2024-03-01', -1)).toBe('2024-02-29');
    expect(plusDays('2025-12-31', 1)).toBe('2026-01-01');
  });
  it('keeps the date across daylight-saving changes', () => {
    expect(plusDays('2026-03-28', 2)).toBe('2026-03-30');
    expect(plusDays('2026-10-24', 2)).toBe('2026-10-26');
  });
});

describe('completedMonths', () => {
  it('counts a month once its day is reached', () => {
    expect(completedMonths('2024-09-10', '2026-03-10')).toBe(18);
    expect(completedMonths('2024-09-11', '2026-03-10')).toBe(17);
  });
  it('is 0 before the start', () => {
    expect(completedMonths('2026-03-11', '2026-03-10')).toBe(0);
  });
  it('agrees with month-end clamping', () => {
    expect(completedMonths('2024-08-31', '2026-02-28')).toBe(18);
    expect(completedMonths('2024-08-31', '2026-02-27')).toBe(17);
  });
});

describe('monthStart', () => {
  it('gives the first day of a month relative to a date', () => {
    expect(monthStart('2026-03-10')).toBe('2026-03-01');
    expect(monthStart('2026-03-10', -1)).toBe('2026-02-01');
    expect(monthStart('2026-03-31', -12)).toBe('2025-03-01');
    expect(monthStart('2019-01-01', 12)).toBe('2020-01-01');
  });
});

describe('integer calendar arithmetic agrees with the platform calendar', () => {
  const utc = (iso: string) =>
    Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));
  const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
  const day = fc
    .integer({ min: Date.UTC(1900, 0, 1), max: Date.UTC(2100, 11, 31) })
    .map((ms) => iso(ms - (ms % 86_400_000)));

  it('plusDays and daysBetween match Date.UTC over 1900-2100', () => {
    fc.assert(
      fc.property(day, fc.integer({ min: -20_000, max: 20_000 }), (d, n) => {
        const expected = iso(utc(d) + n * 86_400_000);
        expect(plusDays(d, n)).toBe(expected);
        expect(daysBetween(d, expected)).toBe(n);
      }),
    );
  });

  it('plusMonths matches a clamped UTC month shift', () => {
    fc.assert(
      fc.property(day, fc.integer({ min: -600, max: 600 }), (d, n) => {
        const [y, m, dd] = [
          Number(d.slice(0, 4)),
          Number(d.slice(5, 7)) - 1,
          Number(d.slice(8, 10)),
        ];
        const lastDay = new Date(Date.UTC(y, m + n + 1, 0)).getUTCDate();
        expect(plusMonths(d, n)).toBe(iso(Date.UTC(y, m + n, Math.min(dd, lastDay))));
      }),
    );
  });
});
