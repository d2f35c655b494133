/**
 * The one-page summary to show a social worker: date, rules version, each member's verdict with its
 * reasons and articles, the thresholds, and the next deadlines. Latin-script languages (fr, en, and
 * the others fall back to them); translated companions in other scripts are HTML pages.
 */
import type { Dossier } from '../../dossier';
import { translate, type Locale } from '../../i18n';
import { describeAssessment } from '../../law-text';
import { formatDate } from '../../law-text/format';
import { GREY, INK, type Span, Writer } from './layout';

export const SUMMARY_LOCALES = ['fr', 'en'] as const;

const MAX_DEADLINES = 6;

async function render(dossier: Dossier, locale: Locale, today: string, size: number) {
  const t = (key: string, params?: Record<string, string | number>) =>
    translate(locale, key, params);
  const text = describeAssessment(dossier.assessment, locale);
  const w = await Writer.create({
    title: t('dossier.summary.title'),
    language: locale === 'fr' ? 'fr-FR' : 'en-GB',
    date: today,
  });
  const line = (spans: Span[] | string, before = 3, s = size) =>
    w.block(typeof spans === 'string' ? [{ text: spans }] : spans, { size: s, before });
  line([{ text: t('dossier.summary.title'), bold: true }], 0, size + 5);
  line(
    `${t('dossier.summary.date', { date: text.date })} · ${t('dossier.summary.rules', { version: dossier.assessment.rulesVersion })}`,
    4,
  );
  if (text.procedure) line(t('dossier.summary.procedure', { name: text.procedure.name }));
  else if (text.redirect) line([{ text: `${text.redirect.title} — ${text.redirect.text}` }]);

  w.rule(6);
  line([{ text: t('dossier.summary.members'), bold: true }], 6, size + 1);
  for (const m of text.members) {
    line(
      [
        {
          text: t('dossier.summary.member', {
            id: m.name,
            relation: m.relation,
            verdict: m.verdictLabel,
          }),
          bold: true,
        },
        ...(m.procedureLabel ? [{ text: ` — ${m.procedureLabel}` }] : []),
      ],
      5,
    );
    for (const r of m.reasons)
      w.block(
        [
          { text: `• ${r.text}` },
          ...(r.sources.length ? [{ text: ` (${r.sources.join(', ')})`, color: GREY }] : []),
        ],
        { size: size - 0.5, indent: 12, before: 1 },
      );
  }

  for (const p of text.procedures) {
    if (!p.conditions.length && !p.thresholds) continue;
    w.rule(6);
    line([{ text: `${t('dossier.summary.conditions')} — ${p.name}`, bold: true }], 6, size + 1);
    for (const c of p.conditions)
      w.block(
        [
          { text: t('dossier.summary.condition_line', { title: c.title, status: c.statusLabel }) },
          ...(c.detail ? [{ text: ` — ${c.detail}` }] : []),
          ...(c.sources.length ? [{ text: ` (${c.sources.join(', ')})`, color: GREY }] : []),
        ],
        { size: size - 0.5, before: 2 },
      );
    if (p.thresholds) {
      for (const s of [
        p.thresholds.income,
        p.thresholds.coefficient,
        p.thresholds.surface,
        p.thresholds.netOrGross,
      ])
        if (s) w.block([{ text: s }], { size: size - 0.5, before: 2 });
    }
  }

  w.rule(6);
  line([{ text: t('dossier.summary.deadlines'), bold: true }], 6, size + 1);
  const next = dossier.deadlines.deadlines.filter((d) => d.daysLeft >= 0).slice(0, MAX_DEADLINES);
  if (!next.length) line(t('dossier.summary.no_deadlines'));
  for (const d of next)
    w.block(
      [
        {
          text: t('dossier.summary.deadline', {
            date: formatDate(locale, d.date),
            left: t('dossier.deadlines.days_left', { n: d.daysLeft }),
            title: t(`deadline.${d.id}.title`, { member: d.memberId ?? '' }),
          }),
        },
        ...(d.uncertain ? [{ text: ` — ${t('dossier.deadlines.uncertain')}` }] : []),
        { text: ` (${d.sources.map((s) => s.ref).join(', ')})`, color: GREY },
      ],
      { size: size - 0.5, before: 2 },
    );
  if (text.missing.length)
    line(
      t('dossier.summary.missing', { facts: text.missing.map((m) => m.text).join(' ; ') }),
      6,
      size - 0.5,
    );

  w.rule(8);
  for (const s of text.safety) w.block([{ text: s, color: INK }], { size: size - 1, before: 2 });
  w.block(
    [{ text: t('dossier.summary.generated', { date: formatDate(locale, today) }), color: GREY }],
    {
      size: size - 1.5,
      before: 4,
    },
  );
  return w;
}

/** The summary on one page when it fits at a readable size (down to 7 pt), else on as many as needed. */
export async function summaryPdf(
  dossier: Dossier,
  locale: Locale,
  today: string,
): Promise<Uint8Array> {
  let last: Writer | undefined;
  for (const size of [9.5, 8.5, 7.5, 7]) {
    last = await render(dossier, locale, today, size);
    if (last.pageCount === 1) break;
  }
  return last!.save();
}
