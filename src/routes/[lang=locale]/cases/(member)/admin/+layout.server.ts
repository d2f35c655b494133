import type { LayoutServerLoad } from './$types';
import { administrator } from '$lib/server/workspace-pages';

/** The administrators' pages: 403 for a worker. */
export const load: LayoutServerLoad = ({ locals, url, params }) => {
  administrator(locals, url, params.lang);
  return {};
};
