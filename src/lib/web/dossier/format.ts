/** Words for the dossier's values: a step's fee or duration, a deadline's basis and days left. */
import { type Deadline, euros, type Step } from '$lib/dossier';
import { formatDate } from '$lib/law-text';
import { translate, type Locale } from '$lib/i18n';

type Value = NonNullable<Step['fee']>;

/** A fee, a duration or a period in words, in the reader's language. */
export function stepValue(lang: Locale, v: Value): string {
  const t = (key: string, params: Record<string, string | number>) => translate(lang, key, params);
  if (v.id === 'fees.longStayVisa')
    return t('dossier.steps.visa_fee', { amount: euros(v.value as number, lang) });
  if (v.id === 'fees.protectionFamilyStamp')
    return t('dossier.steps.protection_stamp', { amount: euros(v.value as number, lang) });
  if (v.id === 'fees.firstPermitTax') {
    const p = v.value as { tax: number; stamp: number; total: number; reducedTax: number };
    return t('dossier.steps.permit_tax', {
      total: euros(p.total, lang),
      tax: euros(p.tax, lang),
      stamp: euros(p.stamp, lang),
      reduced: euros(p.reducedTax, lang),
      from: formatDate(lang, v.from),
    });
  }
  if (v.id === 'duration.reunificationProcessing') {
    const p = v.value as { minMonths: number; usualMonths: number };
    return t('dossier.steps.processing', { min: p.minMonths, usual: p.usualMonths });
  }
  const p = v.value as { amount: number; unit: string };
  return t('dossier.period', { amount: p.amount, unit: p.unit });
}

/** The message key naming the known date a deadline is computed from. */
export function basisKey(d: Deadline): string {
  return `dossier.event.${d.basis.fact.startsWith('members[') ? 'birthDate' : d.basis.fact}`;
}

export function daysText(lang: Locale, d: Deadline): string {
  return d.daysLeft >= 0
    ? translate(lang, 'dossier.deadlines.days_left', { n: d.daysLeft })
    : translate(lang, 'dossier.deadlines.days_ago', { n: -d.daysLeft });
}
