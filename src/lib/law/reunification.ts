/**
 * Réunification familiale (CESEDA L561-2 to L561-5): family of a refugee, a subsidiary-protection
 * beneficiary or a stateless person. No residence, resource or housing condition; the dates of union and
 * the declarations to OFPRA decide. A spouse married after the asylum application comes through
 * regroupement familial instead.
 */
import type { Member } from './schema/situation';
import type {
  Condition,
  MemberResult,
  ProcedureResult,
  Reason,
  Verdict,
} from './schema/assessment';
import { type Context, memberResult, missingFact, reason, rule, verdictOf } from './context';
import { ageOn, anniversary, plusMonths } from './dates';
import {
  oneParentReasons,
  otherParentNotDescribed,
  partnerDescribed,
  secondSpouseReasons,
} from './one-parent';
import { applyPartialRequest } from './partial';
import { assessRegroupement } from './regroupement';
import { earliest, latest, onEveryDay, order } from './approximate';
import { type ConditionId, sourcesOf } from './reasons';

type Own = { reasons: Reason[]; viaRegroupement?: boolean };

function declared(m: Member): Reason[] {
  if (m.declaredToOfpra === undefined) return [missingFact('declaredToOfpra')];
  return [
    reason(
      m.declaredToOfpra ? 'declared_to_ofpra' : 'not_declared_to_ofpra',
      m.declaredToOfpra ? 'supports' : 'uncertain',
    ),
  ];
}

function adultPartner(ctx: Context, m: Member): Reason[] {
  if (m.birthDate === undefined) return [missingFact('birthDate')];
  const age = ageOn(m.birthDate, ctx.date);
  const majority = rule(ctx, 'ages.majority');
  return age >= majority ? [] : [reason('partner_minor', 'blocks', { age, majority })];
}

function partner(ctx: Context, m: Member): Own {
  if (m.polygamousUnion && m.relation !== 'cohabiting_partner') {
    return { reasons: [reason('polygamy_reunification', 'blocks')] };
  }
  const age = adultPartner(ctx, m);
  const asylum = ctx.situation.sponsor.asylumApplicationDate;
  const dates: Reason[] = [];
  if (m.unionDate === undefined) dates.push(missingFact('unionDate'));
  if (asylum === undefined) dates.push(missingFact('sponsor.asylumApplicationDate'));
  const second = secondSpouseReasons(ctx, m);
  if (m.unionDate === undefined || asylum === undefined)
    return { reasons: [...age, ...dates, ...second, ...declared(m)] };
  const p = { unionDate: m.unionDate, asylumApplicationDate: asylum };
  const when = order(m.unionDate, asylum);
  // Known only to the month or the year on either side, and the order depends on the exact days:
  // neither route can be promised (docs/law/dates.md, approximate dates).
  if (when === 'straddles')
    return {
      reasons: [
        ...age,
        reason('union_date_approximate', 'uncertain', p),
        ...second,
        ...declared(m),
      ],
    };
  if (m.relation === 'cohabiting_partner') {
    const r =
      when === 'after'
        ? reason('cohabitation_after_asylum', 'blocks', p)
        : reason('cohabitation_before_asylum', 'uncertain', p);
    return { reasons: [...age, r, ...(when === 'after' ? [] : declared(m))] };
  }
  if (when === 'after') {
    if (m.relation === 'civil_partner')
      return { reasons: [...age, reason('civil_partner_after_asylum', 'blocks', p)] };
    return { reasons: [reason('spouse_union_after_asylum', 'info', p)], viaRegroupement: true };
  }
  const r =
    when === 'before'
      ? reason('spouse_union_before_asylum', 'supports', p)
      : reason('spouse_union_same_day', 'uncertain', p);
  return { reasons: [...age, r, ...second, ...declared(m)] };
}

function coupleChildAge(ctx: Context, m: Member, birth: string): Reason[] {
  const limitAge = rule(ctx, 'ages.refugeeChildLimit');
  const limit = anniversary(birth, limitAge);
  const age = ageOn(birth, ctx.date);
  if (ctx.date <= limit)
    return [reason('child_of_couple_under_19', 'supports', { age, refugeeChildLimit: limitAge })];
  const { asylumApplicationDate: asylum, protectionGrantedDate: grant } = ctx.situation.sponsor;
  if (asylum === undefined || grant === undefined) {
    // The CE 2023 exception may apply; it needs both dates.
    const out: Reason[] = [
      reason('child_of_couple_over_19', 'uncertain', {
        age,
        refugeeChildLimit: limitAge,
        birthday: limit,
      }),
    ];
    if (asylum === undefined) out.push(missingFact('sponsor.asylumApplicationDate'));
    if (grant === undefined) out.push(missingFact('sponsor.protectionGrantedDate'));
    return out;
  }
  const window = rule(ctx, 'reunification.exceptionWindowMonths');
  // The birthday falls between the application and the grant, and the visa is asked for within the
  // window after the grant; an approximate date decides only when all its days agree.
  const applies = (a: string, g: string) =>
    limit > a && limit <= g && ctx.date <= plusMonths(g, window);
  const surely = applies(latest(asylum), earliest(grant));
  const possibly = applies(earliest(asylum), latest(grant));
  if (surely) {
    return [
      reason('child_age_exception', 'supports', {
        age,
        birthday: limit,
        asylumApplicationDate: asylum,
        protectionGrantedDate: grant,
        deadline: plusMonths(earliest(grant), window),
      }),
    ];
  }
  if (possibly)
    return [
      reason('child_age_exception_approximate', 'uncertain', {
        age,
        birthday: limit,
        asylumApplicationDate: asylum,
        protectionGrantedDate: grant,
      }),
    ];
  return [
    reason('child_of_couple_over_19', 'blocks', {
      age,
      refugeeChildLimit: limitAge,
      birthday: limit,
    }),
  ];
}

/** Born after the protection was granted: practice covers children born before it (to verify). */
function bornAfterGrant(ctx: Context, m: Member): Reason[] {
  const grant = ctx.situation.sponsor.protectionGrantedDate;
  // An approximate grant date: the child may have been born after it as soon as its last day allows.
  if (m.birthDate === undefined || grant === undefined || m.birthDate <= earliest(grant)) return [];
  return [
    reason('child_born_after_protection', 'uncertain', {
      birthDate: m.birthDate,
      protectionGrantedDate: grant,
    }),
  ];
}

/**
 * Children (L561-2: unmarried children of the couple until their 19th birthday; L561-4 with L434-3 and
 * L434-4: a child of one parent only, under 18, without a marital condition; a kafala child under 18 and
 * unmarried, to verify). Every rule is looked at: a missing fact never hides one that clearly fails.
 */
function child(ctx: Context, m: Member): Own {
  if (m.polygamousUnion && m.otherParent !== 'deceased' && m.otherParent !== 'deprived_of_rights')
    return { reasons: [reason('polygamy_reunification', 'blocks')] };
  const majority = rule(ctx, 'ages.majority');
  const age = m.birthDate === undefined ? undefined : ageOn(m.birthDate, ctx.date);
  const ofCouple = m.kafala === true || m.parentage === 'couple';
  // Unmarried: asked of the couple's children and of a kafala child, not of a child of one parent.
  if (m.married === true && ofCouple) return { reasons: [reason('child_married', 'blocks')] };
  const out: Reason[] = [];
  if (m.married === undefined && (ofCouple || m.parentage === undefined))
    out.push(missingFact('married'));
  if (m.birthDate === undefined) out.push(missingFact('birthDate'));
  if (m.kafala) {
    if (age !== undefined && age >= majority)
      return { reasons: [reason('child_one_parent_adult', 'blocks', { age, majority })] };
    const p = age === undefined ? undefined : { age };
    return { reasons: [...out, reason('kafala_reunification', 'uncertain', p), ...declared(m)] };
  }
  if (m.parentage === undefined) out.push(missingFact('parentage'));
  else if (m.parentage === 'couple') {
    if (m.birthDate !== undefined) out.push(...coupleChildAge(ctx, m, m.birthDate));
  } else {
    if (age !== undefined && age >= majority)
      return { reasons: [reason('child_one_parent_adult', 'blocks', { age, majority })] };
    if (age !== undefined) out.push(reason('child_one_parent_minor', 'info', { age, majority }));
    const one = oneParentReasons(m);
    const own =
      m.parentage === 'partner' && !partnerDescribed(ctx)
        ? (otherParentNotDescribed(m, one) ?? one)
        : one;
    out.push(...own);
  }
  if (verdictOf(out) === 'not_eligible') return { reasons: out };
  return { reasons: [...out, ...bornAfterGrant(ctx, m), ...declared(m)] };
}

/** The sponsor was an unmarried minor on the asylum application date (L561-2, second paragraph). */
function minorBeneficiary(ctx: Context): Reason[] | 'minor' | 'now_adult' {
  const s = ctx.situation.sponsor;
  const missing: Reason[] = [];
  if (s.birthDate === undefined) missing.push(missingFact('sponsor.birthDate'));
  if (s.asylumApplicationDate === undefined)
    missing.push(missingFact('sponsor.asylumApplicationDate'));
  if (s.birthDate === undefined || s.asylumApplicationDate === undefined) return missing;
  const adultOn = anniversary(s.birthDate, rule(ctx, 'ages.majority'));
  const adultAtApplication = onEveryDay(s.asylumApplicationDate, (d) => d >= adultOn);
  if (adultAtApplication === true || s.married === true) return [];
  if (adultAtApplication === undefined)
    return [
      reason('minor_at_asylum_approximate', 'uncertain', {
        asylumApplicationDate: s.asylumApplicationDate,
        majorityOn: adultOn,
      }),
    ];
  if (s.married === undefined) return [missingFact('sponsor.married')];
  return ctx.date >= adultOn ? 'now_adult' : 'minor';
}

/** The beneficiary came of age: the sentence advises the window the store gives (in months). */
function nowAdult(ctx: Context): Reason {
  const months = rule(ctx, 'deadline.minorSponsorWindow').amount;
  return reason('parent_beneficiary_now_adult', 'uncertain', { minorSponsorWindow: months });
}

function parent(ctx: Context, m: Member): Own {
  if (m.of === 'partner') return { reasons: [reason('parent_of_partner', 'blocks')] };
  const out: Reason[] = m.of === undefined ? [missingFact('of')] : [];
  const minor = minorBeneficiary(ctx);
  if (Array.isArray(minor)) {
    if (minor.length === 0) return { reasons: [reason('parent_of_adult_beneficiary', 'blocks')] };
    return { reasons: [...out, ...minor, ...declared(m)] };
  }
  const r = minor === 'minor' ? reason('parent_of_minor_beneficiary', 'supports') : nowAdult(ctx);
  return { reasons: [...out, r, ...declared(m)] };
}

/**
 * Siblings come with a requested parent: `parents` is the best verdict among them. A sibling is never
 * surer than that parent (docs/law/reunification.md).
 */
function sibling(ctx: Context, m: Member, parents: Verdict): Own {
  if (ctx.situation.sponsor.parentsInFrance)
    return { reasons: [reason('parents_in_france', 'blocks')] };
  if (parents === 'not_eligible') return { reasons: [reason('sibling_without_parents', 'blocks')] };
  const majority = rule(ctx, 'ages.majority');
  if (m.married === true)
    return { reasons: [reason('sibling_adult_or_married', 'blocks', { married: true })] };
  if (m.inParentsCare === false) return { reasons: [reason('sibling_not_in_care', 'blocks')] };
  const out: Reason[] = [];
  let age: number | undefined;
  if (m.birthDate === undefined) out.push(missingFact('birthDate'));
  else {
    age = ageOn(m.birthDate, ctx.date);
    if (age >= majority)
      return { reasons: [reason('sibling_adult_or_married', 'blocks', { age, majority })] };
  }
  // The siblings' right is the minor beneficiary's right: it shares its doubts (missing facts, came of age).
  const minor = minorBeneficiary(ctx);
  if (Array.isArray(minor)) out.push(...minor);
  if (minor === 'now_adult') out.push(nowAdult(ctx));
  if (m.married === undefined) out.push(missingFact('married'));
  if (m.inParentsCare === undefined) out.push(missingFact('inParentsCare'));
  if (parents === 'to_verify') out.push(reason('sibling_parent_to_verify', 'uncertain'));
  const withParents =
    age === undefined ? [] : [reason('sibling_with_parents', 'supports', { age })];
  return { reasons: [...out, ...withParents, ...declared(m)] };
}

function own(ctx: Context, m: Member, parents: Verdict): Own {
  switch (m.relation) {
    case 'spouse':
    case 'civil_partner':
    case 'cohabiting_partner':
      return partner(ctx, m);
    case 'child':
      return child(ctx, m);
    case 'parent':
      return parent(ctx, m);
    case 'sibling':
      return sibling(ctx, m, parents);
    default:
      return {
        reasons: [reason('relation_not_covered_reunification', 'blocks', { relation: m.relation })],
      };
  }
}

const exempt = (id: ConditionId): Condition => ({
  id,
  status: 'exempt',
  reason: 'reunification_no_conditions',
  sources: sourcesOf('reunification_no_conditions'),
});

const RANK: Record<Verdict, number> = { not_eligible: 0, to_verify: 1, eligible: 2 };

export function assessReunification(ctx: Context): {
  procedures: ProcedureResult[];
  members: MemberResult[];
} {
  const family = ctx.situation.members;
  const parents = family.filter((m) => m.relation === 'parent');
  const parentResults = new Map(parents.map((m) => [m, own(ctx, m, 'not_eligible')]));
  const best = parents
    .filter((m) => m.requested !== false)
    .map((m) => verdictOf(parentResults.get(m)?.reasons ?? []))
    .reduce<Verdict>((a, b) => (RANK[b] > RANK[a] ? b : a), 'not_eligible');
  const owns = family.map((m) => parentResults.get(m) ?? own(ctx, m, best));
  const viaRegroupement = family.filter((_, i) => owns[i]?.viaRegroupement);
  const direct = family.filter((_, i) => !owns[i]?.viaRegroupement);
  const directReasons = applyPartialRequest(
    direct,
    direct.map((m) => owns[family.indexOf(m)]?.reasons ?? []),
  );
  const results = new Map<Member, MemberResult>();
  direct.forEach((m, i) =>
    results.set(m, memberResult(ctx, m, directReasons[i] ?? [], 'reunification_familiale')),
  );
  const procedures: ProcedureResult[] = [
    {
      id: 'reunification_familiale',
      conditions: [exempt('residence_duration'), exempt('resources'), exempt('housing')],
      memberIds: [...results.values()].filter((r) => r.procedure).map((r) => r.id),
    },
  ];
  if (viaRegroupement.length) {
    // The dwelling and the resources serve everyone who would come, by either route (docs/law/resources-and-housing.md).
    const comingDirectly = direct.filter(
      (m) => m.requested !== false && results.get(m)?.verdict !== 'not_eligible',
    );
    const route = assessRegroupement(ctx, viaRegroupement, comingDirectly);
    viaRegroupement.forEach((m, i) => {
      const r = route.members[i];
      const lead = owns[family.indexOf(m)]?.reasons ?? [];
      if (r) results.set(m, { ...r, reasons: [...lead, ...r.reasons] });
    });
    procedures.push(route.procedure);
  }
  return {
    procedures,
    members: family.map((m) => results.get(m)).filter((r): r is MemberResult => !!r),
  };
}
