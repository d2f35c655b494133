/**
 * Where the person is in the interview, as the page's address says it: every step has its own GET
 * address (`?q=birth_date`, `?q=relation&m=0`, `?p=members`…), so that the browser's Back and reload
 * ask for a page again instead of resending a form. The address names a question or a page, never an
 * answer.
 */
import { z } from 'zod';
import { type Mode, ModeSchema, type Step } from './answers';

export interface Position {
  step: Step;
  mode: Mode;
  /** The printable result. */
  print?: boolean;
}

export const FIRST: Position = { step: { question: 'status' }, mode: 'flow' };

const QuestionId = z.string().regex(/^[a-z_]{1,40}$/);
const MemberIndex = z.coerce.number().int().min(0).max(39);
const PAGES = ['members', 'check', 'result', 'print'] as const;

/** The position an address asks for, or undefined when it asks for none (or for nonsense). */
export function positionFrom(params: URLSearchParams): Position | undefined {
  const page = params.get('p');
  if (page !== null) {
    if (!(PAGES as readonly string[]).includes(page)) return undefined;
    if (page === 'print') return { step: { page: 'result' }, mode: 'flow', print: true };
    return { step: { page: page as 'members' | 'check' | 'result' }, mode: 'flow' };
  }
  const q = QuestionId.safeParse(params.get('q'));
  if (!q.success) return undefined;
  const rawMember = params.get('m');
  const member = rawMember === null ? undefined : MemberIndex.safeParse(rawMember);
  if (member && !member.success) return undefined;
  const mode = ModeSchema.safeParse(params.get('mode') ?? 'flow');
  if (!mode.success) return undefined;
  const step: Step = member ? { question: q.data, member: member.data } : { question: q.data };
  return { step, mode: mode.data };
}

/** The query string (without `?`) of a position: the inverse of `positionFrom`. */
export function positionQuery(p: Position): string {
  const { step, mode } = p;
  if ('page' in step) return `p=${p.print ? 'print' : step.page}`;
  const parts = [`q=${step.question}`];
  if (step.member !== undefined) parts.push(`m=${step.member}`);
  if (mode !== 'flow') parts.push(`mode=${mode}`);
  return parts.join('&');
}
