/**
 * A family's deadlines as an iCalendar file (the `ics` package): one all-day event per deadline, with
 * what to do and its sources in the description, and a reminder a week before the last days.
 */
import { createEvents, type EventAttributes } from 'ics';
import type { DeadlineList } from '../dossier';
import { translate, type Locale } from '../i18n';

function ymd(iso: string): [number, number, number] {
  return iso.split('-').map(Number) as [number, number, number];
}

export function deadlinesIcs(list: DeadlineList, locale: Locale): string {
  const t = (key: string, params?: Record<string, string | number>) =>
    translate(locale, key, params);
  const events: EventAttributes[] = list.deadlines.map((d) => {
    const title = t(`deadline.${d.id}.title`, { member: d.memberId ?? '' });
    const description = [
      t(`deadline.${d.id}.what`, { member: d.memberId ?? '' }),
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
      uid: `${d.id}-${d.memberId ?? 'family'}-${d.date}@reunir`,
      title,
      description,
      start: ymd(d.date),
      duration: { days: 1 },
      productId: 'reunir',
      calName: t('dossier.deadlines.title'),
      ...(d.kind === 'last_day'
        ? {
            alarms: [{ action: 'display', description: title, trigger: { days: 7, before: true } }],
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
  return value;
}
