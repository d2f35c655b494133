import type { RequestHandler } from './$types';
import { isLocale } from '$lib/i18n';
import { problems } from '$lib/server/json-request';
import { exportCase, workspace } from '$lib/server/workspace';
import { answer, requireActor } from '$lib/server/workspace-http';

/** GET ?lang= → the case as JSON with its PDFs (summary in that language, letters in French). */
export const GET: RequestHandler = async ({ locals, params, url }) => {
  const who = requireActor(locals);
  if (!who.ok) return who.response;
  const lang = url.searchParams.get('lang') ?? 'fr';
  if (!isLocale(lang))
    return problems(400, [{ path: 'lang', message: "not one of reunir's languages" }]);
  const exported = await exportCase(await workspace(), who.actor, params.id, { locale: lang });
  if (!exported.ok) return answer(exported);
  const response = answer(exported);
  response.headers.set(
    'content-disposition',
    `attachment; filename="reunir-case-${params.id.slice(0, 8)}.json"`,
  );
  return response;
};
