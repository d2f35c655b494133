/** How long a closed case is kept before it is erased. */
import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { getOrganisation, setRetention, workspace } from '$lib/server/workspace';
import { administrator, checkCsrf, text } from '$lib/server/workspace-pages';

export const load: PageServerLoad = async ({ locals, url, params }) => {
  const actor = administrator(locals, url, params.lang);
  const organisation = await getOrganisation(await workspace(), actor);
  return { retentionDays: organisation.retentionDays, saved: url.searchParams.has('saved') };
};

export const actions: Actions = {
  default: async ({ request, locals, url, params, cookies }) => {
    const actor = administrator(locals, url, params.lang);
    const form = await request.formData();
    checkCsrf(form, cookies);
    const typed = text(form, 'days', 10);
    const days = /^[0-9]+$/.test(typed) ? Number(typed) : NaN;
    const set = await setRetention(await workspace(), actor, { retentionDays: days });
    if (set.ok) redirect(303, `/${params.lang}/cases/admin/retention?saved`);
    return { error: 'ws.retention.error', typed };
  },
};
