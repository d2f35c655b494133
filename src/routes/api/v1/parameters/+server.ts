import { json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { coverage, parameters, RULES_VERSION } from '$lib/law';
import { readParameters } from '$lib/usecases';

/**
 * The engine's view (`smic` with its monthly amounts, `rules`) and every parameter of the store;
 * `?date=YYYY-MM-DD` adds the value in force on that day to each parameter.
 */
export const GET: RequestHandler = ({ url }) => {
  const read = readParameters(url.searchParams.get('date'));
  if (!read.ok) return json({ errors: read.errors }, { status: 400 });
  return json({
    rulesVersion: RULES_VERSION,
    coverage: coverage(parameters),
    ...parameters,
    ...read.value,
  });
};
