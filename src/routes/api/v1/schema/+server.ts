import { json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { jsonSchemas } from '$lib/law';

const schemas = jsonSchemas();

export const GET: RequestHandler = () => json(schemas);
