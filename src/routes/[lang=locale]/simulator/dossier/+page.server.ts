import { fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { todayInFrance } from '$lib/server/today';
import { encodeState } from '$lib/interview/answers';
import { buildPage, stateOf, withDates } from '$lib/web/dossier/dossier.server';

/** The dossier is built from the answers a form posts; a plain visit goes to the simulator. */
export const load: PageServerLoad = ({ request, params, setHeaders }) => {
  if (request.method !== 'POST') redirect(303, `/${params.lang}/simulator`);
  setHeaders({ 'cache-control': 'no-store' });
  return {};
};

async function posted(request: Request, lang: string) {
  const form = await request.formData();
  const state = stateOf(form);
  if (!state) redirect(303, `/${lang}/simulator`);
  return { form, state };
}

export const actions: Actions = {
  show: async ({ request, params }) => {
    const { state } = await posted(request, params.lang);
    const built = buildPage(state, todayInFrance());
    return built.ok ? built.page : { incomplete: true as const, state: encodeState(state) };
  },
  /** The dates form: the deadlines again with the dates typed, or the errors and what was typed. */
  dates: async ({ request, params }) => {
    const { form, state } = await posted(request, params.lang);
    const dated = withDates(state, form);
    const built = buildPage(dated.state, todayInFrance(), {
      values: dated.values,
      errors: dated.errors,
    });
    if (!built.ok) return { incomplete: true as const, state: encodeState(dated.state) };
    return built.page.errors.length ? fail(400, built.page) : built.page;
  },
};
