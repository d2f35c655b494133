/**
 * A family's deadlines as an iCalendar file (the `ics` package): one all-day event per deadline, with
 * what to do and its sources in the description, and a reminder a week before the last days.
 *
 * RFC 5545 details the package leaves to us: text values hold no control characters (they are
 * removed; a line break becomes the escaped `\n`), the reminder's text is escaped like every other
 * text, UIDs carry no name (a member is a short hash of its id), and lines are folded at 75 octets,
 * never inside a character (the package counts characters, and folds with a tab).
 */
import { createHash } from 'node:crypto';
import { createEvents, type EventAttributes } from 'ics';
import type { DeadlineList } from '../dossier';
import { translate, type Locale } from '../i18n';

function ymd(iso: string): [number, number, number] {
  return iso.split('-').map(Number) as [number, number, number];
}

// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f]/g;

/** Text without control characters; a CR LF or a lone CR becomes a line break. */
const clean = (text: string) => text.replace(/\r\n?/g, '\n').replace(CONTROLS, '');

/** RFC 5545 TEXT escaping, for the one value the package writes as it is (the reminder's text). */
const escapeText = (text: string) =>
  text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,');

/** A stable, nameless UID part for a member: the same member gets the same UID in every download. */
const memberKey = (id: string) => createHash('sha256').update(id).digest('hex').slice(0, 12);

/** Content lines of at most 75 octets; continuation lines start with a space (RFC 5545 §3.1). */
export function foldLines(ics: string): string {
  const encoder = new TextEncoder();
  const unfolded = ics.replace(/\r\n[ \t]/g, '');
  return unfolded
    .split('\r\n')
    .map((line) => {
      const out: string[] = [];
      let current = '';
      let octets = 0;
      for (const char of line) {
        const size = encoder.encode(char).length;
        if (octets + size > 75) {
          out.push(current);
          current = ' ';
          octets = 1;
        }
        current += char;
        octets += size;
      }
      out.push(current);
      return out.join('\r\n');
    })
    .join('\r\n');
}

/**
 * `scopes`, when given, holds one string per deadline that goes into its UID: a feed mixing several
 * families' deadlines keeps two families' same deadline apart.
 */
export function deadlinesIcs(list: DeadlineList, locale: Locale, scopes?: string[]): string {
  const t = (key: string, params?: Record<string, string | number>) =>
    clean(translate(locale, key, params));
  const events: EventAttributes[] = list.deadlines.map((d, i) => {
    const title = t(`deadline.${d.id}.title`, { ...d.figures, member: d.memberId ?? '' });
    const description = [
      t(`deadline.${d.id}.what`, { ...d.figures, member: d.memberId ?? '' }),
      t('dossier.deadlines.basis', {
        fact: t(
          `dossier.event.${d.basis.fact.startsWith('members[') ? 'birthDate' : d.basis.fact}`,
        ),
        date: d.basis.date,
      }),
      ...(d.uncertain ? [t('dossier.deadlines.uncertain')] : []),
      `${t('dossier.checklist.sources')}: ${d.sources.map((s) => s.ref).join('; ')}`,
      t('dossier.deadlines.rule'),
    ].join('\n');
    return {
      uid: `${scopes?.[i] ? `${scopes[i]}-` : ''}${d.id}-${d.memberId === undefined ? 'family' : memberKey(d.memberId)}-${d.date}@reunir`,
      title,
      description,
      start: ymd(d.date),
      duration: { days: 1 },
      productId: 'reunir',
      calName: t('dossier.deadlines.title'),
      ...(d.kind === 'last_day'
        ? {
            alarms: [
              {
                action: 'display',
                description: escapeText(title),
                trigger: { days: 7, before: true },
              },
            ],
          }
        : {}),
    } satisfies EventAttributes;
  });
  if (!events.length) {
    // ics refuses an empty list; an empty calendar is still a valid answer.
    return [
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:reunir',
      'CALSCALE:GREGORIAN',
      'END:VCALENDAR',
      '',
    ].join('\r\n');
  }
  const { error, value } = createEvents(events);
  if (error || !value) throw error ?? new Error('calendar could not be built');
  return foldLines(value);
}
