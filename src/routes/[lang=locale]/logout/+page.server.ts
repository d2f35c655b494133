import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { clearSessionCookie, sessionToken, signOut, workspace } from '$lib/server/workspace';
import { checkCsrf } from '$lib/server/workspace-pages';

/** Signing out is a form post; a visit goes to the sign-in page. */
export const load: PageServerLoad = ({ params }) => redirect(303, `/${params.lang}/login`);

export const actions: Actions = {
  default: async ({ request, cookies, url, params }) => {
    const token = sessionToken(cookies);
    if (token) {
      checkCsrf(await request.formData(), cookies);
      await signOut(await workspace(), token);
    }
    clearSessionCookie(cookies, url);
    redirect(303, `/${params.lang}/login?signed-out`);
  },
};
