import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { LANGUAGE_NAMES, SOURCE_LOCALE, translate, type Locale } from '$lib/i18n';
import { reviewOf, STATUS_FILES, type Scope } from '$lib/i18n/review';
import { unitSlug, waitingFor } from '$lib/i18n/review-queue';

/** What waits in one language, unit by unit, and the notes left to its reviewers. */
export const load: PageServerLoad = ({ params }) => {
  const target = params.target as Locale;
  if (target === SOURCE_LOCALE) error(404, translate(params.lang as Locale, 'guide.page.notFound'));
  const file = STATUS_FILES[target];
  return {
    target,
    name: LANGUAGE_NAMES[target],
    units: waitingFor(target).map((u) => ({
      slug: unitSlug(u.scope),
      page: u.scope.startsWith('page:'),
      name: u.name,
      count: u.pairs.length,
    })),
    reviewed: (file.reviews ?? []).map((r) => ({
      ...r,
      state: reviewOf(target, r.scope as Scope),
    })),
    notes: file.notes ?? [],
  };
};
