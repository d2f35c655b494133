/**
 * The guided interview, Post/Redirect/Get: every step is a GET address (src/lib/interview/position.ts)
 * and every form post answers with a 303 to the next one, so that the browser's Back and reload never
 * resend a form. The answers live in the browser's session cookie (src/lib/server/answers-cookie.ts);
 * a form sent back with errors is shown again by the GET that follows, from a one-page cookie.
 */
import { error, redirect, type Cookies } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { todayInFrance } from '$lib/server/today';
import {
  forgetAnswers,
  readAnswers,
  takeFlash,
  writeAnswers,
  writeFlash,
} from '$lib/server/answers-cookie';
import { emptyAnswers, parseSavedFile, type State } from '$lib/interview/answers';
import { FIRST, type Position, positionFrom, positionQuery } from '$lib/interview/position';
import { nextStep } from '$lib/interview/routing';
import {
  answer,
  members,
  type Outcome,
  pageAt,
  reachable,
  stateFrom,
  withAnswers,
} from '$lib/interview/flow';

const MAX_FILE_BYTES = 256 * 1024;
/** The page of the "load answers" form, shown again when the file could not be read. */
const LOAD = 'p=load';

interface Ctx {
  cookies: Cookies;
  url: URL;
  params: { lang: string };
}

const secure = (url: URL) => url.protocol === 'https:';
const addressOf = (lang: string, at: Position | string) =>
  `/${lang}/simulator?${typeof at === 'string' ? at : positionQuery(at)}`;

export const load: PageServerLoad = ({ url, cookies, params, setHeaders }) => {
  setHeaders({ 'cache-control': 'no-store' });
  const lang = params.lang;
  if (url.searchParams.get('p') === 'load') {
    const flash = takeFlash(cookies, lang, LOAD, secure(url));
    return { loadError: flash?.loadError === true };
  }
  const today = todayInFrance();
  const answers = readAnswers(cookies) ?? emptyAnswers();
  const asked = url.search === '' ? FIRST : positionFrom(url.searchParams);
  if (!asked || !reachable(answers, asked, today))
    redirect(303, addressOf(lang, { step: nextStep(answers, today), mode: 'flow' }));
  const flash = takeFlash(cookies, lang, positionQuery(asked), secure(url));
  const { errors, values, choices } = flash ?? {};
  return {
    view: pageAt(answers, asked, today, {
      ...(errors ? { errors } : {}),
      ...(values ? { values } : {}),
      ...(choices ? { choices } : {}),
    }),
  };
};

/** Keeps the answers in the browser and goes to the state's page. */
function goTo({ cookies, url, params }: Ctx, state: State, print = false): never {
  if (!writeAnswers(cookies, params.lang, state.answers, secure(url)))
    error(413, 'Too many answers to keep');
  redirect(303, addressOf(params.lang, { step: state.step, mode: state.mode, print }));
}

/** After a post: the next page, or the same page again with what it shows back. */
function follow(ctx: Ctx, outcome: Outcome): never {
  const { state, shown } = outcome;
  if (!shown) goTo(ctx, state);
  const at = positionQuery({ step: state.step, mode: state.mode });
  if (!writeFlash(ctx.cookies, ctx.params.lang, { at, ...shown }, secure(ctx.url)))
    error(413, 'Too much typed');
  redirect(303, addressOf(ctx.params.lang, at));
}

/** The state a post works on: the answers the browser keeps, at the position of the address. */
function current(ctx: Ctx): State {
  const at = positionFrom(ctx.url.searchParams) ?? FIRST;
  return { answers: readAnswers(ctx.cookies) ?? emptyAnswers(), step: at.step, mode: at.mode };
}

/**
 * A state handed on in a form (the answers kept on the device, the dossier's links back), or else the
 * answers the browser keeps; none at all starts over.
 */
async function handedOn(ctx: Ctx & { request: Request }): Promise<State> {
  const state = stateFrom(await ctx.request.formData());
  if (state) return state;
  const answers = readAnswers(ctx.cookies);
  if (!answers) redirect(303, `/${ctx.params.lang}/simulator`);
  return withAnswers(answers, todayInFrance());
}

export const actions: Actions = {
  answer: async (ctx) => {
    const form = await ctx.request.formData();
    follow(ctx, answer(current(ctx), form, todayInFrance()));
  },
  members: async (ctx) => {
    const form = await ctx.request.formData();
    const state: State = { ...current(ctx), step: { page: 'members' }, mode: 'flow' };
    follow(ctx, members(state, form, todayInFrance()));
  },
  /** "Forget my answers": the browser's cookie of every language's simulator is cleared. */
  forget: ({ cookies, url, params }) => {
    forgetAnswers(cookies, secure(url));
    redirect(303, `/${params.lang}/simulator`);
  },
  /** Answers kept on the device (the start page's "continue"): back where the person was. */
  show: async (ctx) => goTo(ctx, await handedOn(ctx)),
  check: async (ctx) =>
    goTo(ctx, { ...(await handedOn(ctx)), step: { page: 'check' }, mode: 'flow' }),
  result: async (ctx) =>
    goTo(ctx, { ...(await handedOn(ctx)), step: { page: 'result' }, mode: 'flow' }),
  load: async (ctx) => {
    const form = await ctx.request.formData();
    const file = form.get('file');
    const text =
      file instanceof File && file.size > 0 && file.size <= MAX_FILE_BYTES ? await file.text() : '';
    const answers = text ? parseSavedFile(text) : undefined;
    if (answers) goTo(ctx, withAnswers(answers, todayInFrance()));
    writeFlash(ctx.cookies, ctx.params.lang, { at: LOAD, loadError: true }, secure(ctx.url));
    redirect(303, addressOf(ctx.params.lang, LOAD));
  },
};
