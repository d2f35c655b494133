/**
 * Answers the guided interview from a situation: whatever question the page asks, the answer comes
 * from the situation (the question id is on the form). Used to walk the contract examples through
 * the step-by-step flow, with or without JavaScript.
 */
import { expect, type Locator, type Page } from '@playwright/test';
import type { Member, Situation } from '../../src/lib/law';

export type Fill = Record<string, string | string[] | undefined>;

/** Writes a date the way people type it: no leading zeros, month as a number. */
function dateParts(iso: string | undefined, field: string): Fill {
  if (!iso) return { [`f.${field}.day`]: '', [`f.${field}.month`]: '', [`f.${field}.year`]: '' };
  const [y, m, d] = iso.split('-');
  return {
    [`f.${field}.day`]: String(Number(d)),
    [`f.${field}.month`]: String(Number(m)),
    [`f.${field}.year`]: y,
  };
}

const yn = (v: boolean | undefined, unknown = 'no') =>
  v === undefined ? unknown : v ? 'yes' : 'no';
const num = (v: number | undefined) => (v === undefined ? '' : String(v));

export function sponsorAnswer(q: string, s: Situation): Fill {
  const sp = s.sponsor;
  switch (q) {
    case 'status':
      return { 'f.status': sp.status };
    case 'filing_date':
      return dateParts(s.date, 'date');
    case 'nationality':
      return { 'f.country': sp.nationality ?? 'unknown' };
    case 'birth_date':
      return dateParts(sp.birthDate, 'date');
    case 'asylum_date':
      return dateParts(sp.asylumApplicationDate, 'date');
    case 'grant_date':
      return dateParts(sp.protectionGrantedDate, 'date');
    case 'permit_type':
      return { 'f.type': sp.permit?.type };
    case 'permit_dates':
      return {
        ...dateParts(sp.permit?.validFrom, 'from'),
        ...dateParts(sp.permit?.validUntil, 'until'),
      };
    case 'residence_since':
      return dateParts(sp.residenceSince, 'date');
    case 'eu_basis':
      return { 'f.basis': sp.euResidenceBasis };
    case 'eu_cover':
      return {
        'f.insurance': yn(sp.healthInsurance, 'unknown'),
        'f.resources': yn(sp.sufficientResources, 'unknown'),
      };
    case 'spouse_in_france':
      return { 'f.answer': yn(sp.spouseInFrance) };
    case 'married_at_asylum':
      return { 'f.answer': yn(sp.married) };
    case 'parents_in_france':
      return { 'f.answer': yn(sp.parentsInFrance) };
    case 'children_in_france':
      return { 'f.count': String(sp.minorChildrenInFrance ?? 0) };
    case 'income':
      return {
        'f.net': num(sp.income?.monthlyNetAverage),
        'f.gross': num(sp.income?.monthlyGrossAverage),
        'f.spouse': num(sp.income?.spouseMonthlyNetAverage),
      };
    case 'allowances':
      return { 'f.allowances': sp.allowances ?? [] };
    case 'housing_commune':
      return { 'f.commune.q': '' };
    case 'housing_zone':
      return { 'f.zone': sp.housing?.zone ?? 'unknown' };
    case 'housing_surface':
      return { 'f.surface': num(sp.housing?.surfaceM2) };
    case 'housing_occupants':
      return { 'f.count': num(sp.housing?.occupants) };
    default:
      throw new Error(`no answer for sponsor question ${q}`);
  }
}

export function memberAnswer(q: string, m: Member): Fill {
  switch (q) {
    case 'relation':
      return { 'f.name': m.id, 'f.relation': m.relation };
    case 'parentage':
      return { 'f.parentage': m.kafala ? 'kafala' : m.parentage };
    case 'of':
      return { 'f.of': m.of };
    case 'm_birth_date':
      return dateParts(m.birthDate, 'date');
    case 'union_date':
      return dateParts(m.unionDate, 'date');
    case 'married':
      return { 'f.answer': yn(m.married) };
    case 'other_parent':
      return { 'f.answer': m.otherParent };
    case 'custody':
      return {
        'f.judgment': yn(m.custodyJudgment, 'unknown'),
        'f.consent': yn(m.otherParentConsent, 'unknown'),
      };
    case 'polygamous':
      return { 'f.answer': yn(m.polygamousUnion) };
    case 'location':
      return {
        'f.answer':
          m.livesAbroad === false
            ? m.lawfullyInFrance
              ? 'france_lawful'
              : 'france_other'
            : 'abroad',
      };
    case 'declared_ofpra':
      return { 'f.answer': yn(m.declaredToOfpra, 'unknown') };
    case 'in_parents_care':
      return { 'f.answer': yn(m.inParentsCare) };
    case 'eu_ties':
      return {
        'f.ties': [
          ...(m.dependent ? ['dependent'] : []),
          ...(m.memberOfHousehold ? ['household'] : []),
          ...(m.seriousHealthCare ? ['health'] : []),
        ],
      };
    case 'dependent':
      return { 'f.answer': yn(m.dependent, 'unknown') };
    default:
      throw new Error(`no answer for member question ${q}`);
  }
}

/** Fills the inputs of the current form and submits it with its main button. */
export async function fill(page: Page, values: Fill): Promise<void> {
  const form = page.locator('form[data-question]');
  for (const [name, value] of Object.entries(values)) {
    if (value === undefined) continue;
    const inputs = form.locator(`[name="${name}"]`);
    if ((await inputs.count()) === 0) continue;
    const first = inputs.first();
    const tag = await first.evaluate((e) => `${e.tagName}:${(e as HTMLInputElement).type}`);
    if (tag.startsWith('SELECT')) await first.selectOption(String(value));
    else if (tag.endsWith(':radio'))
      await form.locator(`[name="${name}"][value="${value}"]`).check();
    else if (tag.endsWith(':checkbox')) {
      const wanted = Array.isArray(value) ? value : [value];
      for (const box of await inputs.all()) {
        const v = await box.getAttribute('value');
        await box.setChecked(wanted.includes(v ?? ''));
      }
    } else await first.fill(String(value));
  }
}

/** Clicks something that submits a form and waits for the next page to be loaded. */
export async function submit(page: Page, button: Locator): Promise<void> {
  await Promise.all([page.waitForEvent('framenavigated'), button.click()]);
  await page.waitForLoadState('load');
}

export async function submitQuestion(page: Page): Promise<void> {
  await submit(page, page.locator('form[data-question] > button.button'));
}

export interface WalkOptions {
  /** Stop on the check page instead of going on to the result. */
  until?: 'check';
  /** Called on every page of the way (with its step name) before it is answered, and on the last. */
  onPage?: (step: string) => Promise<void>;
}

/** Walks the whole interview for a situation, up to the result page. Returns the questions asked. */
export async function walk(
  page: Page,
  s: Situation,
  lang = 'en',
  options: WalkOptions = {},
): Promise<string[]> {
  await page.goto(`/${lang}/simulator`);
  const asked: string[] = [];
  let added = 0;
  for (let guard = 0; guard < 200; guard++) {
    if (await page.locator('.result').count()) {
      await options.onPage?.('result');
      return asked;
    }
    const members = page.locator('form[data-view="members"]');
    if (await members.count()) {
      await options.onPage?.('members');
      asked.push('members');
      const more = added < s.members.length;
      await submit(page, members.locator(`button[name="do"][value="${more ? 'add' : 'finish'}"]`));
      if (more) added += 1;
      continue;
    }
    const check = page.locator('form[data-view="check"]');
    if (await check.count()) {
      await options.onPage?.('check');
      if (options.until === 'check') return asked;
      asked.push('check');
      await submit(page, check.locator('button'));
      continue;
    }
    const form = page.locator('form[data-question]');
    await expect(form).toHaveCount(1);
    const q = (await form.getAttribute('data-question')) ?? '';
    const m = await form.getAttribute('data-member');
    asked.push(m === null ? q : `${q}:${m}`);
    await options.onPage?.(m === null ? q : `${q}-${m}`);
    const member = m === null ? undefined : s.members[Number(m)];
    await fill(page, member ? memberAnswer(q, member) : sponsorAnswer(q, s));
    await submitQuestion(page);
    await expect(page.locator('.error-summary')).toHaveCount(0);
  }
  throw new Error(`the interview did not end: ${asked.join(' ')}`);
}

/** The verdicts of the member cards of the result page, in order, with the name shown. */
export async function verdicts(page: Page): Promise<{ name: string; verdict: string }[]> {
  const out: { name: string; verdict: string }[] = [];
  for (const card of await page.locator('article.card').all()) {
    const cls = (await card.getAttribute('class')) ?? '';
    const heading = (await card.locator('h3').innerText()).trim();
    out.push({
      name: heading.replace(/\s*\(.*\)$/, ''),
      verdict: /verdict-([a-z_]+)/.exec(cls)?.[1] ?? '',
    });
  }
  return out;
}
