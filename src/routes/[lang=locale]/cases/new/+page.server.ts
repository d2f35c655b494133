/**
 * A new case, from an answers file: uploaded here, or posted by the simulator's result page ("save to
 * my organisation's cases"). Nothing is stored before a member is signed in and confirms: a person
 * who is not signed in is asked to, the answers travelling in the form.
 */
import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { caseFromSavedFile, createCase, workspace } from '$lib/server/workspace';
import {
  checkCsrf,
  csrfToken,
  loginPath,
  signInWith,
  text,
  type SignInForm,
} from '$lib/server/workspace-pages';

/** An answers file is small; anything larger is not one. */
const MAX_FILE = 1_000_000;

export const load: PageServerLoad = ({ locals, url, params, cookies, request, setHeaders }) => {
  setHeaders({ 'cache-control': 'no-store' });
  // a visit asks to sign in first; a post (from the simulator) shows its own sign-in form
  if (!locals.actor && request.method === 'GET')
    redirect(303, loginPath(params.lang, url.pathname));
  return { csrf: csrfToken(cookies), org: locals.actor?.orgName ?? '' };
};

type Step =
  | { step: 'signin'; answers: string; signin?: SignInForm }
  | { step: 'confirm'; answers: string; org: string; errors?: Record<string, string> }
  | { step: 'upload'; errors: Record<string, string>; sponsorName: string };

async function create(
  locals: App.Locals,
  answers: string,
  sponsorName: string,
): Promise<{ id: string } | { errors: Record<string, string> }> {
  const read = caseFromSavedFile(answers);
  if (!read.ok) return { errors: { file: 'ws.new.error.file' } };
  const created = await createCase(await workspace(), locals.actor!, {
    ...read.value,
    ...(sponsorName ? { sponsor: { name: sponsorName, address: '' } } : {}),
  });
  if (!created.ok)
    return {
      errors: created.errors.some((e) => e.path.startsWith('sponsor'))
        ? { sponsor_name: 'ws.error.invalid' }
        : { file: 'ws.new.error.file' },
    };
  return { id: created.value.id };
}

export const actions: Actions = {
  /** From the simulator's result page: the answers file, as the simulator's download gives it. */
  answers: async ({ request, locals }): Promise<Step> => {
    const form = await request.formData();
    const answers = text(form, 'answers', MAX_FILE);
    if (!locals.actor) return { step: 'signin', answers };
    return { step: 'confirm', answers, org: locals.actor.orgName };
  },
  /** Signing in with the answers kept in the form. */
  signin: async ({ request, cookies, url }): Promise<Step> => {
    const form = await request.formData();
    const answers = text(form, 'answers', MAX_FILE);
    const signed = await signInWith(form, cookies, url);
    if (!signed.ok) return { step: 'signin', answers, signin: signed.form };
    return { step: 'confirm', answers, org: signed.actor.orgName };
  },
  /** The member confirms: the case is created and opened. */
  create: async ({ request, locals, cookies, params }): Promise<Step> => {
    const form = await request.formData();
    const answers = text(form, 'answers', MAX_FILE);
    if (!locals.actor) return { step: 'signin', answers };
    checkCsrf(form, cookies);
    const made = await create(locals, answers, text(form, 'sponsor_name', 200));
    if ('id' in made) redirect(303, `/${params.lang}/cases/${made.id}`);
    return { step: 'confirm', answers, org: locals.actor.orgName, errors: made.errors };
  },
  /** An answers file uploaded by a member. */
  upload: async ({ request, locals, cookies, params, url }): Promise<Step> => {
    if (!locals.actor) redirect(303, loginPath(params.lang, url.pathname));
    const form = await request.formData();
    checkCsrf(form, cookies);
    const sponsorName = text(form, 'sponsor_name', 200);
    const file = form.get('file');
    if (!(file instanceof File) || file.size === 0)
      return { step: 'upload', errors: { file: 'ws.new.error.no_file' }, sponsorName };
    if (file.size > MAX_FILE)
      return { step: 'upload', errors: { file: 'ws.new.error.file' }, sponsorName };
    const made = await create(locals, await file.text(), sponsorName);
    if ('id' in made) redirect(303, `/${params.lang}/cases/${made.id}`);
    return { step: 'upload', errors: made.errors, sponsorName };
  },
};
