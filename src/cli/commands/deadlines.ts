/** `reunir deadlines FILE [--events EVENTS]`: the family's calendar as text, JSON or .ics. */
import type { Command } from 'commander';
import { buildDossier, type DeadlineList } from '../../lib/dossier';
import { formatDate } from '../../lib/law-text';
import type { Locale } from '../../lib/i18n/locales';
import { translate } from '../../lib/i18n/translate';
import { deadlinesIcs } from '../../lib/server/ics';
import { printable } from '../output';
import { type DossierOptions, guarded, langOption, loadDossierInput, localeOf } from './checklist';

export function deadlinesText(list: DeadlineList, locale: Locale): string {
  const t = (key: string, params?: Record<string, string | number>) =>
    translate(locale, key, params);
  const out: string[] = [];
  if (!list.deadlines.length) out.push(t('dossier.deadlines.none'));
  for (const d of list.deadlines) {
    const left =
      d.daysLeft >= 0
        ? t('dossier.deadlines.days_left', { n: d.daysLeft })
        : t('dossier.deadlines.days_ago', { n: -d.daysLeft });
    out.push(
      `${d.date}  ${t(`dossier.deadlines.kind.${d.kind}`)} · ${formatDate(locale, d.date)} · ${left}`,
    );
    out.push(`  ${t(`deadline.${d.id}.title`, { ...d.figures, member: d.memberId ?? '' })}`);
    out.push(`  ${t(`deadline.${d.id}.what`, { ...d.figures, member: d.memberId ?? '' })}`);
    if (d.kind === 'last_day' && d.daysLeft < 0) out.push(`  ${t('dossier.deadlines.expired')}`);
    if (d.uncertain) out.push(`  ${t('dossier.deadlines.uncertain')}`);
    out.push(`  ${t('dossier.checklist.sources')}: ${d.sources.map((s) => s.ref).join('; ')}`);
  }
  if (list.unknownEvents.length)
    out.push('', t('dossier.deadlines.unknown_events', { events: list.unknownEvents.join(', ') }));
  out.push('', t('dossier.deadlines.rule'));
  return out.join('\n');
}

export function register(program: Command): void {
  program
    .command('deadlines')
    .description('the deadlines computed from the dates you know, with their sources')
    .argument('<FILE>', 'a situation as JSON, or {"situation":…, "events":…}; - reads stdin')
    .option(
      '--events <EVENTS>',
      'JSON file of known dates (fileCompleteAtOfii, visaRefusalNotified, arrival…)',
    )
    .option(
      '--today <YYYY-MM-DD>',
      "the date days are counted from (default: today's date in France)",
    )
    .addOption(langOption())
    .option('--json', 'print the deadlines as JSON')
    .option('--ics', 'print the deadlines as an iCalendar file')
    .action((file: string, options: DossierOptions & { json?: boolean; ics?: boolean }) =>
      guarded(async () => {
        const { deadlines } = buildDossier(await loadDossierInput(file, options));
        const locale = localeOf(options.lang);
        process.stdout.write(
          options.ics
            ? deadlinesIcs(deadlines, locale)
            : options.json
              ? `${JSON.stringify(deadlines, null, 2)}\n`
              : `${printable(deadlinesText(deadlines, locale))}\n`,
        );
      }),
    );
}
