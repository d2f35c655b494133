/**
 * Commune suggestions while typing (with JavaScript). The typed text travels in the body of a POST,
 * never in the URL, so that it reaches no log.
 */
import { json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { communeLookup } from '$lib/data/communes';

export const POST: RequestHandler = async ({ request }) => {
  const typed = (await request.text()).slice(0, 100);
  const found = communeLookup.search(typed).map((c) => ({ label: c.label, zone: c.zone }));
  return json(found, { headers: { 'cache-control': 'no-store' } });
};
