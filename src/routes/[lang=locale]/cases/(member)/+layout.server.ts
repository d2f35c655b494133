import type { LayoutServerLoad } from './$types';
import { csrfToken, member } from '$lib/server/workspace-pages';

/** Every workspace page: signed-in members only, never kept by a cache, with the form token. */
export const load: LayoutServerLoad = ({ locals, url, params, cookies, setHeaders }) => {
  setHeaders({ 'cache-control': 'no-store' });
  const actor = member(locals, url, params.lang);
  return {
    actor: { email: actor.email, role: actor.role, orgName: actor.orgName, userId: actor.userId },
    csrf: csrfToken(cookies),
  };
};
