import { env } from '$env/dynamic/private';
import type { LayoutServerLoad } from './$types';

/**
 * The address where readers report a wrong sentence, chosen by whoever runs the site
 * (`REUNIR_FEEDBACK_EMAIL`); without one, the site shows no report link. reunir stores nothing.
 */
export const load: LayoutServerLoad = () => ({ feedbackEmail: env.REUNIR_FEEDBACK_EMAIL ?? '' });
