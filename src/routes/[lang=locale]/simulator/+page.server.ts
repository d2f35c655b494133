import { fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { todayInFrance } from '$lib/server/today';
import { parseSavedFile } from '$lib/interview/answers';
import {
  answer,
  back,
  change,
  initialState,
  members,
  render,
  stateFrom,
  withAnswers,
  type Outcome,
} from '$lib/interview/flow';

export const load: PageServerLoad = ({ setHeaders }) => {
  setHeaders({ 'cache-control': 'no-store' });
  return { start: render(initialState(), todayInFrance()) };
};

const MAX_FILE_BYTES = 256 * 1024;

function send(outcome: Outcome) {
  return outcome.status === 400 ? fail(400, outcome.view) : outcome.view;
}

/** A post without a readable state starts over at the first question. */
async function withState(request: Request, params: { lang: string }) {
  const form = await request.formData();
  const state = stateFrom(form);
  if (!state) redirect(303, `/${params.lang}/simulator`);
  return { form, state };
}

export const actions: Actions = {
  answer: async ({ request, params }) => {
    const { form, state } = await withState(request, params);
    return send(answer(state, form, todayInFrance()));
  },
  back: async ({ request, params }) => {
    const { state } = await withState(request, params);
    const today = todayInFrance();
    const prev = back(state, today);
    if (!prev) redirect(303, `/${params.lang}/`);
    return render(prev, today);
  },
  members: async ({ request, params }) => {
    const { form, state } = await withState(request, params);
    return send(members(state, form, todayInFrance()));
  },
  change: async ({ request, params }) => {
    const { form, state } = await withState(request, params);
    return render(change(state, form), todayInFrance());
  },
  check: async ({ request, params }) => {
    const { state } = await withState(request, params);
    return render({ ...state, step: { page: 'check' }, mode: 'flow' }, todayInFrance());
  },
  result: async ({ request, params }) => {
    const { state } = await withState(request, params);
    return render({ ...state, step: { page: 'result' }, mode: 'flow' }, todayInFrance());
  },
  print: async ({ request, params }) => {
    const { state } = await withState(request, params);
    return render({ ...state, step: { page: 'result' }, mode: 'flow' }, todayInFrance(), {
      view: 'print',
    });
  },
  /** Shows the state where it is: a change of language, or answers kept on the device. */
  show: async ({ request, params }) => {
    const { state } = await withState(request, params);
    return render(state, todayInFrance());
  },
  load: async ({ request }) => {
    const form = await request.formData();
    const file = form.get('file');
    const today = todayInFrance();
    const text =
      file instanceof File && file.size > 0 && file.size <= MAX_FILE_BYTES ? await file.text() : '';
    const answers = text ? parseSavedFile(text) : undefined;
    if (!answers) return fail(400, { loadError: true as const });
    return render(withAnswers(answers, today), today);
  },
};
