/**
 * "My visa was refused": two questions, then the appeal (src/lib/interview/refusal.ts). Like the
 * interview, each screen is a GET address (`?step=`) and each post answers with a redirect; the answers
 * live in the browser's session cookie, and a form with errors comes back by GET from a one-page cookie.
 */
import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import type { Locale } from '$lib/i18n';
import { procedureParam } from '$lib/dossier';
import { todayInFrance } from '$lib/server/today';
import { readRefusal, takeFlash, writeFlash, writeRefusal } from '$lib/server/answers-cookie';
import { readRoute, readWhen, refusalStepFor } from '$lib/interview/refusal';
import { appealOf } from '$lib/web/refusal.server';

const secure = (url: URL) => url.protocol === 'https:';
const at = (step: string) => `refused:${step}`;

export const load: PageServerLoad = ({ url, cookies, params, setHeaders }) => {
  setHeaders({ 'cache-control': 'no-store' });
  const lang = params.lang as Locale;
  const refusal = readRefusal(cookies);
  const asked = url.searchParams.get('step');
  const step = refusalStepFor(asked, refusal);
  if ((asked ?? 'route') !== step) redirect(303, `/${lang}/simulator/refused?step=${step}`);
  const flash = takeFlash(cookies, lang, at(step), secure(url));
  const today = todayInFrance();
  const shown = { errors: flash?.errors ?? [], values: flash?.values };
  if (step === 'appeal' && refusal?.kind && refusal.date) {
    const appeal = appealOf({ ...refusal, kind: refusal.kind, date: refusal.date }, today, 'fr');
    if (appeal) {
      const { letter, ...rest } = appeal;
      return { step, appeal: { ...rest, letter: letter !== undefined } };
    }
  }
  return {
    step,
    refusal: refusal ?? null,
    ...shown,
    months: procedureParam('deadline.implicitVisaRefusal', today).value.amount,
  };
};

export const actions: Actions = {
  route: async ({ request, cookies, params, url }) => {
    const read = readRoute(await request.formData());
    if (!read.ok) {
      writeFlash(
        cookies,
        params.lang,
        { at: at('route'), errors: read.errors, values: read.values },
        secure(url),
      );
      redirect(303, `/${params.lang}/simulator/refused?step=route`);
    }
    const before = readRefusal(cookies);
    writeRefusal(cookies, params.lang, { ...before, route: read.value }, secure(url));
    redirect(303, `/${params.lang}/simulator/refused?step=date`);
  },
  date: async ({ request, cookies, params, url }) => {
    const before = readRefusal(cookies);
    if (!before) redirect(303, `/${params.lang}/simulator/refused`);
    const read = readWhen(await request.formData(), todayInFrance());
    if (!read.ok) {
      writeFlash(
        cookies,
        params.lang,
        { at: at('date'), errors: read.errors, values: read.values },
        secure(url),
      );
      redirect(303, `/${params.lang}/simulator/refused?step=date`);
    }
    writeRefusal(cookies, params.lang, { ...before, ...read.value }, secure(url));
    redirect(303, `/${params.lang}/simulator/refused?step=appeal`);
  },
};
