/** Small helpers for pages: optional messages, answers in words, links for articles. */
import { intlTag, type Locale, lookup, translate } from '$lib/i18n';
import { formatDate } from '$lib/law-text';
import type { Answer } from '$lib/interview/answers';
import { type Field, type MessageFigures, question } from '$lib/interview/questions';

/** The message, or undefined when no catalog has it (optional hints). */
export function maybe(
  lang: Locale,
  key: string,
  params?: Record<string, string | number>,
): string | undefined {
  return lookup(lang, key) ? translate(lang, key, params) : undefined;
}

/** An option's label, with the store figures it states (`labelFigures`, `hintFigures`). */
export function optionLabel(
  lang: Locale,
  set: string,
  value: string,
  figures?: MessageFigures,
): string {
  const key = `interview.opt.${set}.${value}`;
  return translate(lang, key, figures?.[key]);
}

function fieldText(lang: Locale, f: Field, answer: Answer, figures: MessageFigures): string {
  const v = answer[f.name];
  const number = (n: number) => new Intl.NumberFormat(intlTag(lang)).format(n);
  switch (f.kind) {
    case 'radio':
      return typeof v === 'string' ? optionLabel(lang, f.set, v, figures) : '';
    case 'checkboxes':
      return Array.isArray(v) && v.length
        ? new Intl.ListFormat(intlTag(lang), { type: 'conjunction' }).format(
            v.map((x) => optionLabel(lang, f.set, x, figures)),
          )
        : translate(lang, 'interview.answer.none');
    case 'date':
      if (typeof v !== 'string') return translate(lang, 'interview.answer.unknown');
      // A date known only to the month or the year says so: "octobre 2023 (jour inconnu)".
      return v.length < 10
        ? translate(lang, 'interview.answer.approximate', { date: formatDate(lang, v) })
        : formatDate(lang, v);
    case 'number':
      if (typeof v !== 'number') return translate(lang, 'interview.answer.unknown');
      return translate(lang, `interview.unit.${f.unit}`, { n: number(v), value: v });
    case 'country':
      return typeof v === 'string'
        ? (new Intl.DisplayNames([intlTag(lang)], { type: 'region' }).of(v) ?? v)
        : translate(lang, 'interview.answer.unknown');
    case 'text':
      return typeof v === 'string' ? v : '';
    case 'commune':
      return typeof answer.name === 'string'
        ? answer.name
        : translate(lang, 'interview.answer.noCommune');
  }
}

/**
 * An answer in words, one line per field that has something to say; `figures` are the store figures
 * the option labels state (`labelFigures`).
 */
export function answerLines(
  lang: Locale,
  q: string,
  answer: Answer,
  figures: MessageFigures,
): string[] {
  const def = question(q);
  if (!def) return [];
  return def.fields
    .map((f) => {
      const text = fieldText(lang, f, answer, figures);
      if (def.fields.length === 1 || !text) return text;
      return translate(lang, 'interview.answer.labelled', {
        label: translate(lang, `interview.q.${q}.${f.name}.short`),
        value: text,
      });
    })
    .filter((line) => line !== '');
}

/** A link for an article or a page cited by a rule, when there is one to give. */
export function sourceLink(source: string): string | undefined {
  const ceseda = /^CESEDA ([LR][0-9]+-[0-9]+)$/.exec(source);
  if (ceseda) {
    return `https://www.legifrance.gouv.fr/search/code?tab_selection=code&query=${encodeURIComponent(
      `"${ceseda[1]}" CESEDA`,
    )}`;
  }
  const sp = /^service-public\.fr (F[0-9]+)/.exec(source);
  if (sp) return `https://www.service-public.fr/particuliers/vosdroits/${sp[1]}`;
  return undefined;
}

/** The name shown for a member: the name typed, or "Person 2". */
export function memberName(lang: Locale, name: string | undefined, index: number): string {
  return name && name.trim()
    ? name.trim()
    : translate(lang, 'interview.member.unnamed', { n: index + 1 });
}

/** The comma between the items of a short list, in the language's script. */
export function listSeparator(lang: Locale): string {
  if (lang === 'ar' || lang === 'fa' || lang === 'ps') return '\u060C ';
  if (lang === 'ti') return '\u1363 ';
  return ', ';
}
