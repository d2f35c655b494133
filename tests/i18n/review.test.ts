/**
 * The native-review data: every language's status file, what waits for review with the French beside
 * it, the downloads, the state a page shows and the report link.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { AREAS, NAMESPACES } from '../../src/lib/i18n/catalogs';
import { translator } from '../../src/lib/i18n';
import {
  combinedReview,
  REVIEW_LOCALES,
  reportLink,
  reviewOf,
  scopesOfRoute,
  STATUS_FILES,
} from '../../src/lib/i18n/review';
import { findUnit, pairsCsv, waitingFor } from '../../src/lib/i18n/review-queue';
import { messageStatus } from '../../src/lib/i18n/status';
import { readSources } from '../../src/lib/content/build';

const PAGES = readSources();
const saved = structuredClone(STATUS_FILES.ar);
afterEach(() => {
  STATUS_FILES.ar = structuredClone(saved);
});

describe('review status files', () => {
  it('name only catalogs and guide pages that exist in their language', () => {
    const problems = REVIEW_LOCALES.flatMap((locale) =>
      (STATUS_FILES[locale].reviews ?? []).flatMap((r) => {
        const [kind, id] = r.scope.split(':') as [string, string];
        const exists =
          kind === 'catalog'
            ? (NAMESPACES as readonly string[]).includes(id)
            : PAGES.some((p) => p.locale === locale && p.front.id === id);
        return exists ? [] : [`${locale}/status.json: ${r.scope} does not exist`];
      }),
    );
    expect(problems).toEqual([]);
  });

  it('agree with each guide page’s own `translation:` field', () => {
    const problems = PAGES.filter((p) => p.locale !== 'fr').flatMap((p) => {
      const reviewed = reviewOf(p.locale, `page:${p.front.id}`).status === 'reviewed';
      return reviewed === (p.front.translation === 'reviewed')
        ? []
        : [`${p.file}: translation: ${p.front.translation}, status.json says the opposite`];
    });
    expect(problems).toEqual([]);
  });

  it('answer the review in every language it read, and say ps and ti are not judged', () => {
    for (const l of ['ar', 'fa', 'uk', 'ru', 'ps', 'ti'] as const)
      expect(STATUS_FILES[l].notes?.length, l).toBeGreaterThan(0);
    expect(STATUS_FILES.ps.notes?.[0]?.text).toMatch(/Not judged/);
  });
});

describe('what waits for review', () => {
  it('lists every catalog and every page written in the language, with the French beside it', () => {
    const units = waitingFor('ar');
    const law = units.find((u) => u.scope === 'catalog:law')!;
    expect(law.pairs.length).toBe(Object.keys(AREAS.ar.law).length);
    const pair = law.pairs.find((p) => p.key === 'verdict.eligible')!;
    expect(pair.fr).toBe(AREAS.fr.law['verdict.eligible']);
    expect(pair.text).toBe(AREAS.ar.law['verdict.eligible']);
    const pages = units.filter((u) => u.scope.startsWith('page:'));
    expect(pages.length).toBe(PAGES.filter((p) => p.locale === 'ar').length);
    const children = findUnit('ar', 'page-children')!;
    expect(children.pairs.map((p) => p.key)).toContain('title');
    expect(children.pairs.find((p) => p.key !== 'title' && p.key !== 'summary')?.fr).toMatch(
      /\w{3}/,
    );
    expect(waitingFor('fr')).toEqual([]);
  });

  it('drops what a review names, and keys reviewed one by one', () => {
    STATUS_FILES.ar.reviews = [{ scope: 'catalog:law', by: 'A. Reviewer', on: '2026-12-20' }];
    STATUS_FILES.ar.reviewed = ['ui.skip'];
    const units = waitingFor('ar');
    expect(units.some((u) => u.scope === 'catalog:law')).toBe(false);
    const ui = units.find((u) => u.scope === 'catalog:ui')!;
    expect(ui.pairs.some((p) => p.key === 'ui.skip')).toBe(false);
    expect(messageStatus('ar', 'ui.skip')).toBe('reviewed');
    expect(messageStatus('ar', 'ui.nav.guide')).toBe('draft');
    expect(reviewOf('ar', 'catalog:law')).toEqual({
      status: 'reviewed',
      by: 'A. Reviewer',
      on: '2026-12-20',
    });
  });

  it('downloads as CSV with quotes doubled, a column per language and one for corrections', () => {
    const csv = pairsCsv('ar', [
      {
        scope: 'catalog:ui',
        name: 'ui',
        pairs: [{ key: 'k', fr: 'Dit « oui », "non"', text: 'نعم' }],
      },
    ]);
    expect(csv).toBe(
      '\ufeff"scope","key","fr","ar","correction"\r\n"catalog:ui","k","Dit « oui », ""non""","نعم",""\r\n',
    );
  });
});

describe('the state a page shows', () => {
  it('is draft when anything it shows is, else the latest review', () => {
    const scopes = scopesOfRoute('/[lang=locale]/guide/[id]', { id: 'children' });
    expect(scopes).toEqual(['page:children', 'catalog:guide', 'catalog:ui']);
    expect(combinedReview('ar', scopes).status).toBe('draft');
    STATUS_FILES.ar.reviews = [
      { scope: 'page:children', by: 'A', on: '2026-12-01' },
      { scope: 'catalog:guide', by: 'B', on: '2026-12-09' },
      { scope: 'catalog:ui', by: 'C', on: '2026-12-05' },
    ];
    expect(combinedReview('ar', scopes)).toEqual({ status: 'reviewed', by: 'B', on: '2026-12-09' });
    expect(combinedReview('fr', scopes).status).toBe('source');
    expect(combinedReview('en', ['catalog:ui']).status).toBe('reviewed');
    expect(scopesOfRoute('/[lang=locale]/simulator/dossier', {})).toContain('catalog:interview');
  });
});

describe('the report link', () => {
  const t = translator('ar');
  it('is absent without a valid address', () => {
    expect(reportLink(undefined, 'ar', 'https://x/ar/', t)).toBeUndefined();
    expect(reportLink('', 'ar', 'https://x/ar/', t)).toBeUndefined();
    expect(reportLink('not an address', 'ar', 'https://x/ar/', t)).toBeUndefined();
    expect(reportLink('a@b.org?cc=c@d.org', 'ar', 'https://x/ar/', t)).toBeUndefined();
  });

  it('opens an e-mail with the page and a short form in the reader’s language', () => {
    const link = reportLink('corrections@example.org', 'ar', 'https://x/ar/guide/children', t)!;
    expect(link.startsWith('mailto:corrections@example.org?subject=')).toBe(true);
    const body = decodeURIComponent(new URL(link).searchParams.get('body') ?? '');
    expect(body).toContain('https://x/ar/guide/children');
    expect(body).toContain('الجملة الخاطئة');
    expect(body).not.toMatch(/[\u2068\u2069]/);
  });
});
