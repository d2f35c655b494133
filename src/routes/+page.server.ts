import { redirect } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { preferredLocale } from '$lib/web/locales';

/** `/` sends the visitor to their language: the one chosen before, or the browser's. */
export const load: PageServerLoad = ({ cookies, request, setHeaders }) => {
  setHeaders({ vary: 'accept-language, cookie' });
  redirect(
    303,
    `/${preferredLocale(cookies.get('lang'), request.headers.get('accept-language'))}/`,
  );
};
