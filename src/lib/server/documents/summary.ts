/**
 * The summary to show a social worker, in any of reunir's languages and in its direction: date,
 * rules version, each member's answer with its reasons and articles, the conditions and thresholds,
 * the next deadlines, what is missing, and the safety lines. Laid out by templates/summary.typ on one
 * page when it fits at a readable size (down to 7 pt), else on as many as needed.
 */
import type { Dossier } from '../../dossier';
import { direction, LOCALES, translate, type Locale } from '../../i18n';
import { describeAssessment } from '../../law-text';
import { formatDate } from '../../law-text/format';
import { documentEngine } from './engine';
import { isolate, templateData } from './text';

export const SUMMARY_LOCALES = LOCALES;

const MAX_DEADLINES = 6;
const SIZES = [9.5, 8.5, 7.5, 7];

interface Part {
  text: string;
  bold?: boolean;
  muted?: boolean;
}
interface Line {
  runs: Part[];
  indent?: boolean;
}
interface Section {
  title: string;
  lines: Line[];
}

const plain = (text: string): Line => ({ runs: [{ text }] });
const sources = (refs: string[]): Part[] =>
  refs.length ? [{ text: ` (${refs.join(', ')})`, muted: true }] : [];

export function summaryData(dossier: Dossier, locale: Locale, today: string) {
  const t = (key: string, params?: Record<string, string | number>) =>
    translate(locale, key, params);
  const text = describeAssessment(dossier.assessment, locale);

  const header: Line[] = [
    plain(
      `${t('dossier.summary.date', { date: text.date })} · ${t('dossier.summary.rules', { version: dossier.assessment.rulesVersion })}`,
    ),
  ];
  if (text.procedure)
    header.push(plain(t('dossier.summary.procedure', { name: text.procedure.name })));
  else if (text.redirect) header.push(plain(`${text.redirect.title} — ${text.redirect.text}`));

  const sections: Section[] = [];
  sections.push({
    title: t('dossier.summary.members'),
    lines: text.members.flatMap((m) => [
      {
        runs: [
          {
            text: t('dossier.summary.member', {
              id: isolate(m.name),
              relation: m.relation,
              verdict: m.verdictLabel,
            }),
            bold: true,
          },
          ...(m.procedureLabel ? [{ text: ` — ${m.procedureLabel}` }] : []),
        ],
      },
      ...m.reasons.map((r) => ({
        runs: [{ text: `• ${r.text}` }, ...sources(r.sources)],
        indent: true,
      })),
    ]),
  });

  for (const p of text.procedures) {
    if (!p.conditions.length && !p.thresholds) continue;
    const thresholds = p.thresholds
      ? [
          p.thresholds.income,
          p.thresholds.coefficient,
          p.thresholds.surface,
          p.thresholds.netOrGross,
        ]
      : [];
    sections.push({
      title: `${t('dossier.summary.conditions')} — ${p.name}`,
      lines: [
        ...p.conditions.map((c) => ({
          runs: [
            {
              text: t('dossier.summary.condition_line', { title: c.title, status: c.statusLabel }),
            },
            ...(c.detail ? [{ text: ` — ${c.detail}` }] : []),
            ...sources(c.sources),
          ],
        })),
        ...thresholds.filter((s): s is string => !!s).map(plain),
      ],
    });
  }

  const next = dossier.deadlines.deadlines.filter((d) => d.daysLeft >= 0).slice(0, MAX_DEADLINES);
  const deadlines: Line[] = next.map((d) => ({
    runs: [
      {
        text: t('dossier.summary.deadline', {
          date: formatDate(locale, d.date),
          left: t('dossier.deadlines.days_left', { n: d.daysLeft }),
          title: t(`deadline.${d.id}.title`, {
            ...d.figures,
            member: d.memberId ? isolate(d.memberId) : '',
          }),
        }),
      },
      ...(d.uncertain ? [{ text: ` — ${t('dossier.deadlines.uncertain')}` }] : []),
      ...sources(d.sources.map((s) => s.ref)),
    ],
  }));
  if (!next.length) deadlines.push(plain(t('dossier.summary.no_deadlines')));
  if (text.missing.length)
    deadlines.push(
      plain(t('dossier.summary.missing', { facts: text.missing.map((m) => m.text).join(' ; ') })),
    );
  sections.push({ title: t('dossier.summary.deadlines'), lines: deadlines });

  return {
    lang: locale,
    dir: direction(locale),
    title: t('dossier.summary.title'),
    date: today,
    header,
    sections,
    footer: [
      ...text.safety.map(plain),
      {
        runs: [
          {
            text: t('dossier.summary.generated', { date: formatDate(locale, today) }),
            muted: true,
          },
        ],
      },
    ],
  };
}

export function summaryPdf(dossier: Dossier, locale: Locale, today: string): Promise<Uint8Array> {
  return documentEngine().render(
    'summary',
    templateData(summaryData(dossier, locale, today)),
    SIZES,
  );
}
