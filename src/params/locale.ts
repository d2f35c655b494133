import type { ParamMatcher } from '@sveltejs/kit';
import { isSiteLocale } from '$lib/web/locales';

/** `/fr/…`, `/en/…`, `/ar/…`: the languages that have a catalog. */
export const match: ParamMatcher = (param) => isSiteLocale(param);
