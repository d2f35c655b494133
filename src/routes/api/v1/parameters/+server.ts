import { json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { coverage, parameters, RULES_VERSION } from '$lib/law';

export const GET: RequestHandler = () =>
  json({ rulesVersion: RULES_VERSION, coverage: coverage(parameters), ...parameters });
