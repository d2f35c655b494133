import type { PageServerLoad } from './$types';
import { LANGUAGE_NAMES } from '$lib/i18n';
import { REVIEW_LOCALES } from '$lib/i18n/review';
import { waitingFor } from '$lib/i18n/review-queue';

/** Every translated language with what waits for review in it. */
export const load: PageServerLoad = () => ({
  languages: REVIEW_LOCALES.map((locale) => {
    const units = waitingFor(locale);
    return {
      locale,
      name: LANGUAGE_NAMES[locale],
      messages: units
        .filter((u) => u.scope.startsWith('catalog:'))
        .reduce((n, u) => n + u.pairs.length, 0),
      pages: units.filter((u) => u.scope.startsWith('page:')).length,
    };
  }),
});
