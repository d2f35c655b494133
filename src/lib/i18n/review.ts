/**
 * Native review of each language, catalog by catalog and page by page. Every language's status.json
 * holds, besides the language's default status and the keys reviewed one by one, the reviews done
 * (`reviews`: which catalog or guide page, the credit the reviewer chose, the date) and the notes that
 * answer review findings or leave a question open for the next reviewer (`notes`). Nothing else is
 * recorded about reviewers.
 *
 * A scope is `catalog:<area>` (a message catalog) or `page:<id>` (a guide page). French is the source;
 * any other scope is `reviewed` when a review names it, else the language's status for catalogs (English
 * catalogs are written with the French) and `draft` for guide pages.
 */
import { z } from 'zod';
import { LANGUAGE_NAMES, type Locale, LOCALES, SOURCE_LOCALE } from './locales';
import { NAMESPACES } from './catalogs';
import fr from './messages/fr/status.json';
import en from './messages/en/status.json';
import ar from './messages/ar/status.json';
import fa from './messages/fa/status.json';
import ps from './messages/ps/status.json';
import ti from './messages/ti/status.json';
import uk from './messages/uk/status.json';
import ru from './messages/ru/status.json';

const scope = z.string().regex(/^(catalog|page):[a-z0-9-]+$/, 'catalog:<area> or page:<id>');

export const statusFileSchema = z.strictObject({
  status: z.enum(['source', 'reviewed', 'draft']),
  /** Why the language has that status (English: written with the French). */
  note: z.string().optional(),
  /** Keys reviewed one by one in a draft language. */
  reviewed: z.array(z.string()).optional(),
  reviews: z
    .array(
      z.strictObject({
        scope,
        /** The name or credit the reviewer chose to be shown. */
        by: z.string().min(2).max(80),
        on: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
      }),
    )
    .optional(),
  /** Answers to review findings, and questions left to the next reviewer. */
  notes: z.array(z.strictObject({ about: z.string().min(1), text: z.string().min(10) })).optional(),
});

export type StatusFile = z.infer<typeof statusFileSchema>;

export const STATUS_FILES: Record<Locale, StatusFile> = Object.fromEntries(
  Object.entries({ fr, en, ar, fa, ps, ti, uk, ru }).map(([l, f]) => [
    l,
    statusFileSchema.parse(f),
  ]),
) as Record<Locale, StatusFile>;

export type Scope = `catalog:${string}` | `page:${string}`;

export interface ReviewState {
  status: 'source' | 'reviewed' | 'draft';
  /** The reviewer's credit and the review's date, when a review names the scope. */
  by?: string;
  on?: string;
}

export function reviewOf(locale: Locale, what: Scope): ReviewState {
  if (locale === SOURCE_LOCALE) return { status: 'source' };
  const file = STATUS_FILES[locale];
  const review = file.reviews?.find((r) => r.scope === what);
  if (review) return { status: 'reviewed', by: review.by, on: review.on };
  if (what.startsWith('page:')) return { status: 'draft' };
  return { status: file.status === 'reviewed' ? 'reviewed' : 'draft' };
}

/**
 * The state of a whole page of the site, made of several scopes: draft if any is, else reviewed with
 * the latest review's credit and date (or none, for English catalogs written with the French).
 */
export function combinedReview(locale: Locale, scopes: readonly Scope[]): ReviewState {
  if (locale === SOURCE_LOCALE) return { status: 'source' };
  const states = scopes.map((s) => reviewOf(locale, s));
  if (states.some((s) => s.status === 'draft')) return { status: 'draft' };
  const dated = states.filter((s) => s.on).sort((a, b) => (a.on! < b.on! ? 1 : -1));
  return dated[0] ?? { status: 'reviewed' };
}

/** Which scopes a page of the site shows, from its route and parameters. */
export function scopesOfRoute(
  routeId: string | null,
  params: Partial<Record<string, string>>,
): Scope[] {
  const route = (routeId ?? '').replace(/^\/\[lang=locale\]/, '');
  if (route === '/guide/[id]' && params.id)
    return [`page:${params.id}`, 'catalog:guide', 'catalog:ui'];
  if (route.startsWith('/simulator'))
    return ['catalog:interview', 'catalog:law', 'catalog:dossier', 'catalog:ui'];
  if (route.startsWith('/dossier')) return ['catalog:dossier', 'catalog:ui'];
  if (route.startsWith('/guide') || route.startsWith('/search') || route.startsWith('/glossary'))
    return ['catalog:guide', 'catalog:ui'];
  if (route.startsWith('/translation-review')) return ['catalog:review', 'catalog:ui'];
  return ['catalog:ui'];
}

/** The catalog scopes, one per area. */
export const CATALOG_SCOPES: Scope[] = NAMESPACES.map((a) => `catalog:${a}` as Scope);

export const REVIEW_LOCALES: Locale[] = LOCALES.filter((l) => l !== SOURCE_LOCALE);

/** An e-mail address as an operator would set it: one address, nothing that could break the link. */
const ADDRESS = /^[^\s@<>"',;:()[\]\\]+@[^\s@<>"',;:()[\]\\]+\.[^\s@<>"',;:()[\]\\]+$/;

/**
 * A `mailto:` link that opens the reader's e-mail program with the page's address and a short form
 * in their language, or undefined when no valid address is configured.
 */
export function reportLink(
  address: string | undefined,
  locale: Locale,
  pageUrl: string,
  t: (key: string, params?: Record<string, string>) => string,
): string | undefined {
  if (!address || !ADDRESS.test(address)) return undefined;
  const clean = (s: string) => s.replace(/[\u2068\u2069]/g, '');
  const subject = clean(t('review.report.subject', { language: LANGUAGE_NAMES[locale] }));
  const body = clean(t('review.report.body', { page: pageUrl }));
  return `mailto:${address}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
}
