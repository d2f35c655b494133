/**
 * The answer first: what a family reads before any detail. One sentence for the whole family, the
 * sponsor's conditions that stop every member at once (said once, with the way out), the resource rule
 * as one number against one income, and each warning placed beside what it qualifies. Pure: every word
 * comes from the law catalog, every number from the assessment.
 */
import type { Assessment, Condition, ProcedureResult } from '../law/schema/assessment';
import type { Locale } from '../i18n/locales';
import { lookup, translate } from '../i18n/translate';
import {
  conditionText,
  conditionTitle,
  type ConditionText,
  formatMonth,
  messageParams,
  procedureName,
} from './index';
import { formatList } from './format';

export type AnswerCode =
  | 'redirect'
  | 'no_members'
  | 'sponsor_blocks'
  | 'all_eligible'
  | 'all_to_verify'
  | 'all_not_eligible'
  | 'mixed';

export interface FamilyAnswer {
  code: AnswerCode;
  text: string;
}

/** A sponsor condition that fails for the whole family: what fails, by how much, and the way out. */
export interface SponsorBlock {
  procedure: ProcedureResult['id'];
  id: string;
  title: string;
  /** What is required against what the sponsor has (the condition's own sentence). */
  detail: string | null;
  /** What the sponsor can do about it, when the catalog has a way out for this condition. */
  wayOut: string | null;
  sources: string[];
}

/** The resource rule as one threshold against one income, and the rest behind "details". */
export interface ResourcesText {
  procedure: ProcedureResult['id'];
  status: Condition['status'];
  /** "You need at least X net a month; you have Y: enough / not enough / too close to call." */
  rule: string;
  /** Why a close call cannot be settled (net or gross, the Algerian agreement's coefficient). */
  because: string | null;
  /** Where the threshold comes from: the SMIC months, the family size and its coefficient. */
  basis: string;
  /** The net/gross question and the Algerian coefficient, for the details. */
  details: string[];
  /** Warnings about the SMIC figures, shown beside the threshold. */
  warnings: string[];
}

const blocking = (p: ProcedureResult) => p.conditions.filter((c) => c.status === 'not_met');

/**
 * The sponsor conditions that stop every member of a procedure, each with what it needs against what
 * the sponsor has (for resources, the one-number rule) and the way out.
 */
export function sponsorBlocks(a: Assessment, locale: Locale): SponsorBlock[] {
  const rules = resourcesText(a, locale);
  return a.procedures.flatMap((p) =>
    blocking(p).map((c) => {
      const text = conditionText(locale, c);
      const key = `wayOut.${c.id}`;
      const resources = c.id === 'resources' ? rules.find((r) => r.procedure === p.id) : undefined;
      return {
        procedure: p.id,
        id: c.id,
        title: text.title,
        detail: resources ? resources.rule : text.detail,
        wayOut: lookup(locale, key)
          ? translate(locale, key, messageParams(locale, c.params))
          : null,
        sources: c.sources,
      };
    }),
  );
}

/** One sentence for the whole family, before any detail. */
export function familyAnswer(a: Assessment, locale: Locale): FamilyAnswer {
  if (a.redirect)
    return { code: 'redirect', text: translate(locale, `redirect.${a.redirect}.title`) };
  if (a.members.length === 0)
    return { code: 'no_members', text: translate(locale, 'summary.noMembers') };
  const procedure = a.procedure ? procedureName(locale, a.procedure) : '';
  const main = a.procedures.find((p) => p.id === a.procedure);
  const blocks = main ? blocking(main) : [];
  const count = (v: string) => a.members.filter((m) => m.verdict === v).length;
  const eligible = count('eligible');
  const toVerify = count('to_verify');
  const notEligible = count('not_eligible');
  const total = a.members.length;
  const params = { procedure, count: total, eligible, toVerify, notEligible };
  let code: AnswerCode;
  if (blocks.length && eligible === 0) {
    const conditions = formatList(
      locale,
      blocks.map((c) => translate(locale, `condition.${c.id}.title`).toLocaleLowerCase(locale)),
    );
    return {
      code: 'sponsor_blocks',
      text: translate(locale, 'answer.sponsor_blocks', {
        ...params,
        conditions,
        failed: blocks.length,
      }),
    };
  }
  if (eligible === total) code = 'all_eligible';
  else if (toVerify === total) code = 'all_to_verify';
  else if (notEligible === total) code = 'all_not_eligible';
  else code = 'mixed';
  return { code, text: translate(locale, `answer.${code}`, params) };
}

/** The resource rule of each procedure that measures an income, when the income is known. */
export function resourcesText(a: Assessment, locale: Locale): ResourcesText[] {
  const warnings = a.warnings
    .filter((w) => w.code === 'smic_single_source' || w.code === 'parameters_may_be_outdated')
    .map((w) => translate(locale, `warning.${w.code}`, messageParams(locale, w.params)));
  return a.procedures.flatMap((p) => {
    const c = p.conditions.find((x) => x.id === 'resources');
    const t = p.thresholds;
    if (!c || !t || t.membersCounted.length === 0) return [];
    const params = {
      ...messageParams(locale, c.params),
      incomeNet: t.incomeNet,
      incomeGross: t.incomeGross,
      familySize: t.familySize,
      coefficient: t.coefficient,
    };
    const known = typeof c.params?.resources === 'number';
    const status = c.status;
    const rule =
      known && (status === 'met' || status === 'not_met' || status === 'to_verify')
        ? translate(locale, 'resources.rule', { ...params, status })
        : translate(locale, 'resources.need', params);
    const first = t.referenceMonths[0]?.month;
    const last = t.referenceMonths.at(-1)?.month;
    const basis = translate(locale, 'resources.basis', {
      ...params,
      from: first ? formatMonth(locale, first) : '',
      to: last ? formatMonth(locale, last) : '',
      algeria: String(c.reason === 'resources_algeria'),
      scaled: String(t.coefficient !== 1),
    });
    const coefficientQuestion = typeof c.params?.coefficientUncertain === 'number';
    const because =
      status === 'to_verify' && known && c.reason !== 'resources_exempt_elderly'
        ? translate(
            locale,
            coefficientQuestion ? 'resources.because.coefficient' : 'resources.because.netOrGross',
            params,
          )
        : null;
    const details = [translate(locale, 'thresholds.netOrGross')];
    if (c.reason === 'resources_algeria')
      details.push(translate(locale, 'reason.resources_algeria'));
    return [
      {
        procedure: p.id,
        status,
        rule,
        because,
        basis,
        details,
        warnings,
      },
    ];
  });
}

/** Warnings that qualify the whole result rather than one figure (none about the SMIC). */
export function generalWarnings(a: Assessment, locale: Locale): string[] {
  const measured = a.procedures.some(
    (p) => p.thresholds !== undefined && p.thresholds.membersCounted.length > 0,
  );
  return a.warnings
    .filter((w) => w.code !== 'smic_single_source')
    .filter((w) => !(measured && w.code === 'parameters_may_be_outdated'))
    .map((w) =>
      w.code === 'parameters_may_be_outdated'
        ? translate(locale, 'answer.checked_on', messageParams(locale, w.params))
        : translate(locale, `warning.${w.code}`, messageParams(locale, w.params)),
    );
}

/**
 * Conditions that say the same thing (réunification familiale's "no residence, resource or housing
 * condition", given for each of the three) are said once, under their titles joined.
 */
export function mergedConditions(conditions: ConditionText[], locale: Locale): ConditionText[] {
  const out: ConditionText[] = [];
  for (const c of conditions) {
    const same = out.find(
      (o) => o.status === c.status && o.rule === c.rule && o.detail === c.detail,
    );
    if (!same) out.push({ ...c, sources: [...c.sources] });
    else {
      same.id = `${same.id}+${c.id}`;
      const titles = same.id.split('+').map((id) => conditionTitle(locale, id));
      same.title = formatList(locale, [
        titles[0]!,
        ...titles.slice(1).map((t) => t.slice(0, 1).toLocaleLowerCase(locale) + t.slice(1)),
      ]);
      for (const s of c.sources) if (!same.sources.includes(s)) same.sources.push(s);
    }
  }
  return out;
}
