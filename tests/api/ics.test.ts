/**
 * The calendar file against RFC 5545 with names in every script, control characters and the TEXT
 * separators: lines of at most 75 octets, folded between characters, no control character but the
 * line ends, escaped separators, no name in a UID; ical.js reads back exactly the text that was meant.
 */
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { computeDeadlines } from '../../src/lib/dossier';
import { deadlinesIcs, foldLines } from '../../src/lib/server/ics';
import { example, input } from '../dossier/helpers';

const NAMES = {
  arabic: 'محمد عبد الله الأحمد محمد عبد الله الأحمد',
  emoji: '👨‍👩‍👧‍👦 Amina 🇫🇷🇸🇾 ❤️ 👨‍👩‍👧‍👦',
  ethiopic: 'ሰላም ኣማል ሰላም ኣማል ሰላም ኣማል',
  controls: 'Ali\u0000\u0007\u001b[2J\r\nBEGIN:VEVENT\r\nSUMMARY:pwn\u007f',
  separators: 'a;b,c\\d:e',
};

function calendar(memberId: string, locale: 'fr' | 'ar' = 'fr') {
  const i = input(
    example('03-refugee-spouse-and-children'),
    { visaApplicationLodged: '2026-03-10', visaRefusalNotified: '2026-09-15' },
    '2026-09-20',
  );
  const list = computeDeadlines(i.situation, i.assessment, i.events, '2026-09-20');
  // A deadline whose title and text name the member (with the figures its sentences state).
  const named = {
    ...list,
    deadlines: list.deadlines.map((d) => ({
      ...d,
      id: 'age_exception_window' as const,
      figures: { age: 18, months: 3 },
      memberId,
    })),
  };
  return { ics: deadlinesIcs(named, locale), count: list.deadlines.length };
}

// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f]/g;

const octets = (line: string) => new TextEncoder().encode(line).length;

describe('deadlines as .ics, at the edges of RFC 5545', () => {
  it.each(Object.entries(NAMES))(
    '%s names: valid, folded at 75 octets, read back whole',
    (_, name) => {
      for (const locale of ['fr', 'ar'] as const) {
        const { ics, count } = calendar(name, locale);
        const lines = ics.split('\r\n');
        for (const line of lines) expect(octets(line)).toBeLessThanOrEqual(75);
        // eslint-disable-next-line no-control-regex
        expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\u0000-\u0008\u000a-\u001f\u007f]/);
        expect(ics).not.toContain('\uFFFD');
        const cal = new ICAL.Component(ICAL.parse(ics));
        const events = cal.getAllSubcomponents('vevent');
        expect(events).toHaveLength(count);
        const readable = name.replace(/\r\n/g, '\n').replace(CONTROLS, '');
        for (const v of events) {
          const summary = String(v.getFirstPropertyValue('summary'));
          expect(summary).toContain(readable);
          expect(String(v.getFirstPropertyValue('uid'))).not.toContain(readable.slice(0, 3));
          const alarm = v.getFirstSubcomponent('valarm');
          if (alarm) expect(alarm.getFirstPropertyValue('description')).toBe(summary);
        }
        // No injected component: as many BEGIN:VEVENT lines as deadlines.
        expect(lines.filter((l) => l === 'BEGIN:VEVENT')).toHaveLength(count);
      }
    },
  );

  it('names the member in the summaries, and escapes ; , \\ in every text', () => {
    const { ics } = calendar(NAMES.separators);
    const unfolded = ics.replace(/\r\n /g, '');
    const summaries = unfolded.split('\r\n').filter((l) => l.startsWith('SUMMARY:'));
    expect(summaries.some((l) => l.includes('a\\;b\\,c\\\\d:e'))).toBe(true);
    const alarms = unfolded.split('\r\n').filter((l) => /^DESCRIPTION:.*a.b.c/.test(l));
    for (const l of alarms) expect(l).not.toMatch(/[^\\][;,]b/);
  });

  it('gives a member the same UID in every download, and another member another one', () => {
    const uids = (id: string) => calendar(id).ics.match(/^UID:.*$/gm);
    expect(uids('amina')).toEqual(uids('amina'));
    expect(uids('amina')).not.toEqual(uids('karim'));
  });

  it('folds between characters, never inside one', () => {
    const line = `SUMMARY:${'é'.repeat(100)}`;
    const folded = foldLines(`${line}\r\n`);
    const parts = folded.split('\r\n').filter(Boolean);
    // "SUMMARY:" and 33 é are 74 octets (a 34th would need 76), then a space and 37 é per line.
    expect(parts.map(octets)).toEqual([74, 75, 61]);
    expect(folded.replace(/\r\n /g, '')).toBe(`${line}\r\n`);
  });
});
