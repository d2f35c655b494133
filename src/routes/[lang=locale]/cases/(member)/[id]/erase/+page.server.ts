/** Erasing a case asks first, on a page of its own: the erasure cannot be undone. */
import { error, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { eraseCase, getCase, workspace } from '$lib/server/workspace';
import { checkCsrf, member } from '$lib/server/workspace-pages';

export const load: PageServerLoad = async ({ locals, url, params }) => {
  const actor = member(locals, url, params.lang);
  const found = await getCase(await workspace(), actor, params.id);
  if (!found.ok) error(404, 'ws.error.not_found');
  return { id: found.value.id, name: found.value.sponsor.name };
};

export const actions: Actions = {
  default: async ({ request, locals, url, params, cookies }) => {
    const actor = member(locals, url, params.lang);
    checkCsrf(await request.formData(), cookies);
    const erased = await eraseCase(await workspace(), actor, params.id);
    if (!erased.ok) error(404, 'ws.error.not_found');
    redirect(303, `/${params.lang}/cases?erased`);
  },
};
