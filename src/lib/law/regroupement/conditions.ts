/**
 * The sponsor's conditions for regroupement familial on the filing date: residence (L434-2), permit
 * (R434-1), resources (L434-7, L434-8, R434-4) and housing (L434-7, R434-5).
 */
import type { Member } from '../schema/situation';
import type { Condition, ConditionStatus, Thresholds } from '../schema/assessment';
import { type Context, need, rule, warn } from '../context';
import { onEveryDay } from '../approximate';
import { anniversary, completedMonths, plusDays, plusMonths } from '../dates';
import { minimumSurface } from '../housing';
import { incomeReference, scaledAverage } from '../smic';
import { type ConditionId, type ReasonCode, type ReasonParams, sourcesOf } from '../reasons';
import { isAlgerian } from './members';

/** A condition's status, explained by a reason code with the parameters that code declares. */
function condition<C extends ReasonCode>(
  id: ConditionId,
  status: ConditionStatus,
  reasonCode: C,
  extra: Omit<Partial<Condition>, 'params'> & { params?: ReasonParams<C> } = {},
): Condition {
  return { id, status, sources: sourcesOf(reasonCode), reason: reasonCode, ...extra };
}

export function residenceCondition(ctx: Context): Condition {
  const algeria = isAlgerian(ctx);
  const months = rule(
    ctx,
    algeria ? 'regroupement.residenceMonthsAlgeria' : 'regroupement.residenceMonths',
  );
  const code = algeria ? 'residence_duration_algeria' : 'residence_duration';
  const since = ctx.situation.sponsor.residenceSince;
  if (since === undefined) {
    need(ctx, 'sponsor.residenceSince');
    return condition('residence_duration', 'unknown', code, {
      required: `P${months}M`,
      params: { residenceMonths: months },
    });
  }
  const actual = completedMonths(since, ctx.date);
  const metOn = plusMonths(since, months);
  return condition('residence_duration', ctx.date >= metOn ? 'met' : 'not_met', code, {
    required: `P${months}M`,
    actual: `P${actual}M`,
    params: { residenceMonths: months, actual, since, metOn },
  });
}

const QUALIFYING = new Set(['multi_year', 'resident', 'eu_long_term', 'renewal_receipt']);
const NEEDS_ONE_YEAR = new Set(['temporary', 'algerian_certificate']);

export function permitCondition(ctx: Context): Condition {
  const permit = ctx.situation.sponsor.permit;
  if (permit === undefined) {
    need(ctx, 'sponsor.permit.type');
    return condition('permit', 'unknown', 'permit_qualifies');
  }
  const params = { type: permit.type, validUntil: permit.validUntil ?? null };
  if (permit.validUntil !== undefined && permit.validUntil < ctx.date) {
    return condition('permit', 'not_met', 'permit_qualifies', {
      actual: permit.type,
      params: { ...params, expired: true },
    });
  }
  if (QUALIFYING.has(permit.type))
    return condition('permit', 'met', 'permit_qualifies', { actual: permit.type, params });
  if (NEEDS_ONE_YEAR.has(permit.type)) {
    const years = rule(ctx, 'regroupement.permitMinimumValidityYears');
    if (permit.validFrom === undefined || permit.validUntil === undefined) {
      if (permit.validFrom === undefined) need(ctx, 'sponsor.permit.validFrom');
      if (permit.validUntil === undefined) need(ctx, 'sponsor.permit.validUntil');
      return condition('permit', 'unknown', 'permit_qualifies', {
        required: `P${years}Y`,
        actual: permit.type,
        params,
      });
    }
    // "valid for at least one year": validUntil >= validFrom + 1 year - 1 day (docs/law/dates.md)
    const enough = permit.validUntil >= plusDays(plusMonths(permit.validFrom, 12 * years), -1);
    return condition('permit', enough ? 'met' : 'not_met', 'permit_qualifies', {
      required: `P${years}Y`,
      actual: permit.type,
      params: { ...params, validFrom: permit.validFrom, shortValidity: !enough },
    });
  }
  if (permit.type === 'other')
    return condition('permit', 'to_verify', 'permit_qualifies', { actual: permit.type, params });
  return condition('permit', 'not_met', 'permit_qualifies', { actual: permit.type, params });
}

export function coefficientFor(ctx: Context, familySize: number): number {
  const c = rule(ctx, 'regroupement.incomeCoefficients');
  if (familySize <= 3) return c.upTo3;
  if (familySize <= 5) return c.upTo5;
  return c.from6;
}

/**
 * Who is counted in the family and the household (docs/law/resources-and-housing.md): the members who would come, and
 * one spouse only, whether in France or coming (a second spouse is never counted twice).
 */
export function countedMembers(ctx: Context, coming: Member[]): Member[] {
  // With two spouses, the one counted must not depend on the order of the list: the first by id.
  const spouses = coming
    .filter((m) => m.relation === 'spouse')
    .sort((a, b) => (a.id < b.id ? -1 : 1));
  const counted = ctx.situation.sponsor.spouseInFrance === true ? undefined : spouses[0];
  return coming.filter((m) => m.relation !== 'spouse' || m === counted);
}

/** The sponsor, the members counted, the minor children and a spouse already in France. */
export function familySize(ctx: Context, counted: Member[]): number {
  const s = ctx.situation.sponsor;
  return 1 + counted.length + (s.minorChildrenInFrance ?? 0) + (s.spouseInFrance ? 1 : 0);
}

export function thresholds(ctx: Context, coming: Member[]): Thresholds {
  const counted = countedMembers(ctx, coming);
  const size = familySize(ctx, counted);
  const coefficient = isAlgerian(ctx) ? 1 : coefficientFor(ctx, size);
  const months = rule(ctx, 'regroupement.incomeReferenceMonths');
  const ref = incomeReference(ctx.params, ctx.date, months);
  for (const from of ref.singleSourceFrom) warn(ctx, 'smic_single_source', { from });
  const housing = ctx.situation.sponsor.housing;
  const householdSize = housing?.occupants ?? size;
  const zone = housing?.zone ?? null;
  return {
    familySize: size,
    coefficient,
    incomeNet: scaledAverage(ref.netCents, months, coefficient),
    incomeGross: scaledAverage(ref.grossCents, months, coefficient),
    minimumSurfaceM2: zone
      ? minimumSurface(rule(ctx, 'regroupement.housingSurface'), zone, householdSize)
      : 0,
    householdSize,
    zone,
    membersCounted: counted.map((m) => m.id),
    referenceMonths: ref.months.map((m) => ({ ...m })),
  };
}

/** Net resources against the net and gross reference: met, to_verify between the two, not_met below. */
function band(resources: number, net: number, gross: number): ConditionStatus {
  if (resources >= gross) return 'met';
  return resources >= net ? 'to_verify' : 'not_met';
}

export function resourcesCondition(ctx: Context, t: Thresholds): Condition {
  const s = ctx.situation.sponsor;
  const allowance = s.allowances?.find((a) => a === 'aah' || a === 'asi');
  const required = t.incomeNet;
  const base = {
    incomeNet: t.incomeNet,
    incomeGross: t.incomeGross,
    familySize: t.familySize,
    coefficient: t.coefficient,
  };
  if (allowance) {
    return condition('resources', 'exempt', 'resources_exempt_allowance', {
      required,
      params: { ...base, allowance },
    });
  }
  const net = s.income?.monthlyNetAverage;
  const code = isAlgerian(ctx) ? 'resources_algeria' : 'resources';
  if (net === undefined) {
    need(ctx, 'sponsor.income.monthlyNetAverage');
    return condition('resources', 'unknown', code, { required, params: base });
  }
  const resources = Math.round((net + (s.income?.spouseMonthlyNetAverage ?? 0)) * 100) / 100;
  let status = band(resources, t.incomeNet, t.incomeGross);
  // The margin over the net reference, in cents to keep the subtraction exact.
  const margin = (Math.round(resources * 100) - Math.round(t.incomeNet * 100)) / 100;
  const params: ReasonParams<'resources_algeria'> = { ...base, resources, margin };
  if (isAlgerian(ctx)) {
    // The agreement sets the SMIC without coefficient; where the CESEDA coefficient would change the
    // outcome, say so (docs/law/resources-and-housing.md).
    const c = coefficientFor(ctx, t.familySize);
    const ref = incomeReference(
      ctx.params,
      ctx.date,
      rule(ctx, 'regroupement.incomeReferenceMonths'),
    );
    const n = scaledAverage(ref.netCents, ref.months.length, c);
    const g = scaledAverage(ref.grossCents, ref.months.length, c);
    if (band(resources, n, g) !== status) {
      status = 'to_verify';
      Object.assign(params, {
        coefficientUncertain: c,
        incomeNetWithCoefficient: n,
        incomeGrossWithCoefficient: g,
      });
    }
  }
  return condition('resources', status, code, {
    required,
    actual: resources,
    params,
  });
}

export function housingCondition(ctx: Context, t: Thresholds): Condition {
  const h = ctx.situation.sponsor.housing;
  if (h?.zone === undefined) need(ctx, 'sponsor.housing.zone');
  if (h?.surfaceM2 === undefined) need(ctx, 'sponsor.housing.surfaceM2');
  if (h?.zone === undefined || h.surfaceM2 === undefined) {
    return condition('housing', 'unknown', 'housing', {
      params: { householdSize: t.householdSize },
    });
  }
  const met = h.surfaceM2 >= t.minimumSurfaceM2;
  // How many m² are missing, rounded up to the hundredth so that it is never shown as 0.
  const short = met ? 0 : Math.ceil((t.minimumSurfaceM2 - h.surfaceM2) * 100 - 1e-9) / 100;
  return condition('housing', met ? 'met' : 'not_met', 'housing', {
    required: t.minimumSurfaceM2,
    actual: h.surfaceM2,
    params: {
      zone: h.zone,
      householdSize: t.householdSize,
      minimumSurfaceM2: t.minimumSurfaceM2,
      surfaceM2: h.surfaceM2,
      ...(met ? {} : { short }),
    },
  });
}

export type ElderlyExemption = 'yes' | 'no' | 'uncertain' | 'unknown';

/**
 * Sponsor over 65, lawfully resident for 25 years and married for 10 years: exempt from resources
 * for the spouse only (L434-8). Turning 65 on the filing date itself: to verify (docs/law/resources-and-housing.md).
 */
export function elderlyExemption(ctx: Context, spouse: Member | undefined): ElderlyExemption {
  if (!spouse) return 'no';
  const s = ctx.situation.sponsor;
  const rule65 = rule(ctx, 'regroupement.exemptionAge');
  // A fact is asked for only when it matters: any one of the three conditions known to fail settles it.
  const turns = s.birthDate === undefined ? undefined : anniversary(s.birthDate, rule65.age);
  const longResidence =
    s.residenceSince === undefined
      ? undefined
      : plusMonths(s.residenceSince, 12 * rule65.residenceYears) <= ctx.date;
  // A marriage known only to the month or the year whose length depends on the exact day is not
  // known enough: its exact date is asked for (docs/law/dates.md).
  const longMarriage =
    spouse.unionDate === undefined
      ? undefined
      : onEveryDay(spouse.unionDate, (d) => plusMonths(d, 12 * rule65.marriageYears) <= ctx.date);
  if (
    (turns !== undefined && turns > ctx.date) ||
    longResidence === false ||
    longMarriage === false
  )
    return 'no';
  if (turns === undefined || longResidence === undefined || longMarriage === undefined) {
    if (turns === undefined) need(ctx, 'sponsor.birthDate');
    if (longResidence === undefined) need(ctx, 'sponsor.residenceSince');
    if (longMarriage === undefined) need(ctx, 'unionDate', spouse);
    return 'unknown';
  }
  return turns === ctx.date ? 'uncertain' : 'yes';
}
