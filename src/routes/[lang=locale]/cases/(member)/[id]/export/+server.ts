/** The case exported as one JSON file holding its data, its file and its PDFs (base64). */
import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import type { Locale } from '$lib/i18n';
import { exportCase, workspace } from '$lib/server/workspace';
import { checkCsrf, member } from '$lib/server/workspace-pages';

export const POST: RequestHandler = async ({ request, locals, url, params, cookies }) => {
  const actor = member(locals, url, params.lang);
  checkCsrf(await request.formData(), cookies);
  const exported = await exportCase(await workspace(), actor, params.id, {
    locale: params.lang as Locale,
  });
  if (!exported.ok) error(exported.status === 404 ? 404 : 400, 'ws.error.not_found');
  return new Response(JSON.stringify(exported.value, null, 2), {
    headers: {
      'content-type': 'application/json; charset=utf-8',
      'content-disposition': `attachment; filename="reunir-case-${params.id.slice(0, 8)}.json"`,
      'cache-control': 'no-store',
    },
  });
};
