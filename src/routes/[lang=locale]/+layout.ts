import type { LayoutLoad } from './$types';
import { direction, translator, type Locale } from '$lib/i18n';

export const load: LayoutLoad = ({ params, data }) => {
  const lang = params.lang as Locale;
  return { ...data, lang, dir: direction(lang), t: translator(lang) };
};
