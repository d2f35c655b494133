/**
 * An assessment in words: every code the engine returns becomes a sentence of the law message catalog
 * (src/lib/i18n/messages/<lang>/law.json) in the reader's language. Pure: no I/O, no clock; the CLI and
 * the web result page lay out the same structure.
 */
import type {
  Assessment,
  Condition,
  ConditionStatus,
  ProcedureId,
  ProcedureResult,
  Reason,
  Redirect,
  Thresholds,
  Verdict,
} from '../law/schema/assessment';
import type { Locale } from '../i18n/locales';
import { IntlMessageFormat } from 'intl-messageformat';
import { lookup, type MessageParams, translate as translateStrict } from '../i18n/translate';
import { formatDate, formatList, formatMonth, isIsoDate, isIsoMonth } from './format';

export { formatDate, formatList, formatMonth } from './format';

export interface ReasonText {
  code: string;
  effect: Reason['effect'];
  text: string;
  sources: string[];
}

export interface MemberText {
  /** The caller's identifier of the member, shown as the member's name. */
  name: string;
  relation: string;
  verdict: Verdict;
  verdictLabel: string;
  procedure: ProcedureId | null;
  procedureLabel: string | null;
  reasons: ReasonText[];
}

export interface ConditionText {
  id: string;
  title: string;
  status: ConditionStatus;
  statusLabel: string;
  /** What the law asks, with its articles. */
  rule: string | null;
  /** What is required against what the person has, in words. */
  detail: string | null;
  sources: string[];
}

export interface ThresholdsText {
  income: string;
  coefficient: string | null;
  period: string | null;
  smic: string[];
  netOrGross: string;
  surface: string;
}

export interface ProcedureText {
  id: ProcedureId;
  name: string;
  who: string;
  conditions: ConditionText[];
  thresholds: ThresholdsText | null;
  memberIds: string[];
}

export interface AssessmentText {
  locale: Locale;
  date: string;
  title: string;
  rules: string;
  procedure: { id: ProcedureId; name: string; who: string } | null;
  redirect: { code: Redirect; title: string; text: string } | null;
  members: MemberText[];
  procedures: ProcedureText[];
  missing: { fact: string; memberId?: string; text: string }[];
  warnings: { code: string; text: string }[];
  safety: string[];
}

type Element = { type: number; value?: string; options?: Record<string, { value: Element[] }> };

function collect(elements: Element[], out: Set<string>): Set<string> {
  for (const el of elements) {
    // argument, number, date, time, select and plural elements carry a name
    if (el.type >= 1 && el.type <= 6 && el.value) out.add(el.value);
    for (const option of Object.values(el.options ?? {})) collect(option.value, out);
  }
  return out;
}

const argumentsCache = new Map<string, string[]>();

/** The names a message uses, so that a fact the engine left out reads as "other", not as an error. */
function argumentsOf(locale: Locale, key: string): string[] {
  const id = `${locale}\u0000${key}`;
  let names = argumentsCache.get(id);
  if (!names) {
    const found = lookup(locale, key);
    names = found
      ? [
          ...collect(
            new IntlMessageFormat(found.source, found.locale).getAst() as Element[],
            new Set(),
          ),
        ]
      : [];
    argumentsCache.set(id, names);
  }
  return names;
}

function translate(locale: Locale, key: string, params: MessageParams = {}): string {
  const complete: MessageParams = {};
  for (const name of argumentsOf(locale, key)) complete[name] = '';
  return translateStrict(locale, key, Object.assign(complete, params));
}

type RawParams = Record<string, string | number | boolean | null>;

/** Values whose code has its own label in the catalog. */
const LABELLED: Record<string, string> = {
  type: 'permit',
  zone: 'zone',
  allowance: 'allowance',
  basis: 'euBasis',
};

/** A title inside a sentence: "Logement" becomes "logement" (the rest of the title is kept). */
const lowerFirst = (locale: Locale, s: string) =>
  s.slice(0, 1).toLocaleLowerCase(locale) + s.slice(1);

export function conditionTitle(locale: Locale, id: string): string {
  return translate(locale, `condition.${id}.title`);
}

export function procedureName(locale: Locale, id: ProcedureId): string {
  return translate(locale, `procedure.${id}.name`);
}

export function factLabel(locale: Locale, fact: string): string {
  return translate(locale, `fact.${fact}`);
}

/** The engine's parameters made ready for a message: dates and codes in words, lists joined. */
export function messageParams(locale: Locale, params: RawParams | undefined): MessageParams {
  const out: MessageParams = {};
  for (const [key, value] of Object.entries(params ?? {})) {
    if (value === null) continue;
    if (typeof value === 'boolean') out[key] = String(value);
    else if (typeof value === 'number') out[key] = value;
    else if (isIsoDate(value) || isIsoMonth(value)) out[key] = formatDate(locale, value);
    else if (key === 'fact') out[key] = factLabel(locale, value);
    else if (key === 'conditions')
      out[key] = formatList(
        locale,
        value.split(',').map((id) => lowerFirst(locale, conditionTitle(locale, id))),
      );
    else if (key === 'leftOut') out[key] = formatList(locale, value.split(', '));
    else if (LABELLED[key]) out[key] = translate(locale, `${LABELLED[key]}.${value}`);
    else out[key] = value;
  }
  return out;
}

export function reasonText(locale: Locale, r: Reason): ReasonText {
  const text = translate(locale, `reason.${r.code}`, {
    ...messageParams(locale, r.params),
    effect: r.effect,
  });
  return { code: r.code, effect: r.effect, text, sources: r.sources };
}

export function conditionText(locale: Locale, c: Condition): ConditionText {
  const params: MessageParams = {
    ...messageParams(locale, c.params),
    reason: c.reason ?? '',
    coefficientQuestion: String(c.params?.coefficientUncertain !== undefined),
  };
  const detailKey = `condition.${c.id}.${c.status}`;
  return {
    id: c.id,
    title: conditionTitle(locale, c.id),
    status: c.status,
    statusLabel: translate(locale, `status.${c.status}`),
    rule: c.reason ? translate(locale, `reason.${c.reason}`, params) : null,
    detail: lookup(locale, detailKey) ? translate(locale, detailKey, params) : null,
    sources: c.sources,
  };
}

/** Consecutive reference months with the same SMIC, as runs. */
function smicRuns(months: Thresholds['referenceMonths']) {
  const runs: { from: string; to: string; net: number; gross: number }[] = [];
  for (const m of months) {
    const last = runs.at(-1);
    if (last && last.net === m.monthlyNet && last.gross === m.monthlyGross) last.to = m.month;
    else runs.push({ from: m.month, to: m.month, net: m.monthlyNet, gross: m.monthlyGross });
  }
  return runs;
}

export function thresholdsText(locale: Locale, t: Thresholds): ThresholdsText {
  const first = t.referenceMonths[0]?.month;
  const last = t.referenceMonths.at(-1)?.month;
  return {
    income: translate(locale, 'thresholds.income', {
      familySize: t.familySize,
      incomeNet: t.incomeNet,
      incomeGross: t.incomeGross,
    }),
    coefficient:
      t.coefficient === 1
        ? null
        : translate(locale, 'thresholds.coefficient', { coefficient: t.coefficient }),
    period:
      first && last
        ? translate(locale, 'thresholds.period', {
            from: formatMonth(locale, first),
            to: formatMonth(locale, last),
          })
        : null,
    smic: smicRuns(t.referenceMonths).map((run) =>
      run.from === run.to
        ? translate(locale, 'thresholds.smicOneMonth', {
            month: formatMonth(locale, run.from),
            net: run.net,
            gross: run.gross,
          })
        : translate(locale, 'thresholds.smic', {
            from: formatMonth(locale, run.from),
            to: formatMonth(locale, run.to),
            net: run.net,
            gross: run.gross,
          }),
    ),
    netOrGross: translate(locale, 'thresholds.netOrGross'),
    surface: t.zone
      ? translate(locale, 'thresholds.surface', {
          householdSize: t.householdSize,
          zone: translate(locale, `zone.${t.zone}`),
          minimumSurfaceM2: t.minimumSurfaceM2,
        })
      : translate(locale, 'thresholds.surfaceNoZone', { householdSize: t.householdSize }),
  };
}

/** Resource and housing thresholds depend on who would come: with nobody, they mean nothing. */
const SIZED = new Set(['resources', 'housing']);

export function procedureText(locale: Locale, p: ProcedureResult): ProcedureText {
  const nobody = p.thresholds !== undefined && p.thresholds.membersCounted.length === 0;
  return {
    id: p.id,
    name: procedureName(locale, p.id),
    who: translate(locale, `procedure.${p.id}.who`),
    conditions: p.conditions.map((c) => {
      const text = conditionText(locale, c);
      if (!nobody || !SIZED.has(c.id)) return text;
      return {
        ...text,
        statusLabel: translate(locale, 'status.exempt'),
        detail: translate(locale, 'thresholds.noMemberCounts'),
      };
    }),
    thresholds: p.thresholds && !nobody ? thresholdsText(locale, p.thresholds) : null,
    memberIds: p.memberIds,
  };
}

/** The safety lines every answer carries (docs/law/README.md), plus family tracing for refugees. */
export function safetyLines(locale: Locale, a: Pick<Assessment, 'procedure' | 'redirect'>) {
  const lines = [translate(locale, 'safety.decides'), translate(locale, 'safety.help')];
  if (a.procedure === 'reunification_familiale' || a.redirect === 'asylum_first')
    lines.push(translate(locale, 'safety.familyLinks'));
  return lines;
}

export function describeAssessment(a: Assessment, locale: Locale): AssessmentText {
  return {
    locale,
    date: formatDate(locale, a.date),
    title: translate(locale, 'summary.title', { date: formatDate(locale, a.date) }),
    rules: translate(locale, 'summary.rules', { version: a.rulesVersion }),
    procedure: a.procedure
      ? {
          id: a.procedure,
          name: procedureName(locale, a.procedure),
          who: translate(locale, `procedure.${a.procedure}.who`),
        }
      : null,
    redirect: a.redirect
      ? {
          code: a.redirect,
          title: translate(locale, `redirect.${a.redirect}.title`),
          text: translate(locale, `redirect.${a.redirect}.text`),
        }
      : null,
    members: a.members.map((m) => ({
      name: m.id,
      relation: translate(locale, `relation.${m.relation}`),
      verdict: m.verdict,
      verdictLabel: translate(locale, `verdict.${m.verdict}`),
      procedure: m.procedure,
      procedureLabel: m.procedure ? procedureName(locale, m.procedure) : null,
      reasons: m.reasons.map((r) => reasonText(locale, r)),
    })),
    procedures: a.procedures.map((p) => procedureText(locale, p)),
    missing: a.missing.map((f) => ({
      ...f,
      text:
        f.memberId === undefined
          ? translate(locale, 'missing.sponsor', { fact: factLabel(locale, f.fact) })
          : translate(locale, 'missing.member', {
              name: f.memberId,
              fact: factLabel(locale, f.fact),
            }),
    })),
    warnings: a.warnings.map((w) => ({
      code: w.code,
      text: translate(locale, `warning.${w.code}`, messageParams(locale, w.params)),
    })),
    safety: safetyLines(locale, a),
  };
}
