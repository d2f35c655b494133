/** The organisation's members: add one with a role and a temporary password, remove one. */
import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { addMember, listMembers, removeMember, workspace } from '$lib/server/workspace';
import { administrator, checkCsrf, text, type FieldErrors } from '$lib/server/workspace-pages';

export const load: PageServerLoad = async ({ locals, url, params }) => {
  const actor = administrator(locals, url, params.lang);
  return {
    members: await listMembers(await workspace(), actor),
    added: url.searchParams.has('added'),
    removed: url.searchParams.has('removed'),
  };
};

export const actions: Actions = {
  add: async ({ request, locals, url, params, cookies }) => {
    const actor = administrator(locals, url, params.lang);
    const form = await request.formData();
    checkCsrf(form, cookies);
    const email = text(form, 'email', 254);
    const role = text(form, 'role', 20);
    const password = String(form.get('password') ?? '');
    const added = await addMember(await workspace(), actor, { email, role, password });
    if (added.ok) redirect(303, `/${params.lang}/cases/admin/members?added`);
    const errors: FieldErrors = {};
    for (const p of added.errors) {
      if (p.path.startsWith('email')) errors.email ??= 'ws.members.error.email';
      else if (p.path.startsWith('password')) errors.password ??= 'ws.members.error.password';
      else errors.role ??= 'ws.error.invalid';
    }
    return { errors, email, role };
  },
  remove: async ({ request, locals, url, params, cookies }) => {
    const actor = administrator(locals, url, params.lang);
    const form = await request.formData();
    checkCsrf(form, cookies);
    await removeMember(await workspace(), actor, text(form, 'user', 60));
    redirect(303, `/${params.lang}/cases/admin/members?removed`);
  },
};
