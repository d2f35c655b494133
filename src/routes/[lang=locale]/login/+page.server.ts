import { fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { safeNext, signInWith } from '$lib/server/workspace-pages';

/** The sign-in page; a member already signed in goes on to the workspace. */
export const load: PageServerLoad = ({ locals, url, params, setHeaders }) => {
  setHeaders({ 'cache-control': 'no-store' });
  const next = safeNext(params.lang, url.searchParams.get('next'));
  if (locals.actor) redirect(303, next);
  return { next, signedOut: url.searchParams.has('signed-out') };
};

export const actions: Actions = {
  default: async ({ request, cookies, url, params }) => {
    const form = await request.formData();
    const next = safeNext(params.lang, String(form.get('next') ?? ''));
    const signed = await signInWith(form, cookies, url);
    if (signed.ok) redirect(303, next);
    // too many failures is a refusal (429); a wrong field is the form again, errors shown
    return signed.form.limited ? fail(429, signed.form) : signed.form;
  },
};
