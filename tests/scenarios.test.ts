/**
 * Runs every scenario under tests/scenarios (one YAML file = one situation and what the law says about
 * it; see tests/scenarios/README.md). Each expectation given is checked; a failure lists every
 * expectation that did not hold, with what was expected and what came out.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { assess, DateNotCoveredError, validateSituation } from '../src/lib/law';
import {
  AssessmentSchema,
  CONDITION_STATUSES,
  PROCEDURES,
  REDIRECTS,
  VERDICTS,
  type Assessment,
} from '../src/lib/law/schema/assessment';

const root = fileURLToPath(new URL('./scenarios', import.meta.url));

const MemberExpectation = z.strictObject({
  verdict: z.enum(VERDICTS).optional(),
  procedure: z.enum(PROCEDURES).nullable().optional(),
  reasons: z.array(z.string()).optional(),
  notReasons: z.array(z.string()).optional(),
});

const ThresholdsExpectation = z.strictObject({
  familySize: z.number().optional(),
  coefficient: z.number().optional(),
  incomeNet: z.number().optional(),
  incomeGross: z.number().optional(),
  minimumSurfaceM2: z.number().optional(),
  householdSize: z.number().optional(),
  zone: z.string().nullable().optional(),
  membersCounted: z.array(z.string()).optional(),
  referenceMonths: z.array(z.string()).optional(),
});

const ScenarioSchema = z.strictObject({
  title: z.string().min(1),
  comment: z.string().min(20),
  today: z.string().optional(),
  situation: z.unknown(),
  expect: z
    .strictObject({
      procedure: z.enum(PROCEDURES).nullable().optional(),
      redirect: z.enum(REDIRECTS).nullable().optional(),
      members: z.record(z.string(), MemberExpectation).optional(),
      thresholds: ThresholdsExpectation.optional(),
      conditions: z
        .partialRecord(z.enum(PROCEDURES), z.record(z.string(), z.enum(CONDITION_STATUSES)))
        .optional(),
      missing: z
        .array(z.strictObject({ fact: z.string(), memberId: z.string().optional() }))
        .optional(),
      warnings: z.array(z.string()).optional(),
      errors: z.array(z.strictObject({ path: z.string() })).optional(),
    })
    .refine((e) => Object.keys(e).length > 0, 'a scenario must expect something'),
});

type Scenario = z.infer<typeof ScenarioSchema>;
type Expectation = Scenario['expect'];

function scenarioFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.yaml') || f.endsWith('.yml'))
    .map((f) => join(dir, f))
    .sort();
}

const show = (value: unknown) => JSON.stringify(value);

/** Every expectation that does not hold, as "what: expected X, got Y". */
function compare(e: Expectation, a: Assessment): string[] {
  const problems: string[] = [];
  const check = (what: string, expected: unknown, actual: unknown) => {
    if (show(expected) !== show(actual))
      problems.push(`${what}: expected ${show(expected)}, got ${show(actual)}`);
  };
  if (e.procedure !== undefined) check('procedure', e.procedure, a.procedure);
  if (e.redirect !== undefined) check('redirect', e.redirect, a.redirect);

  for (const [id, m] of Object.entries(e.members ?? {})) {
    const got = a.members.find((r) => r.id === id);
    if (!got) {
      problems.push(`member ${id}: expected in the assessment, absent`);
      continue;
    }
    const codes = got.reasons.map((r) => r.code);
    if (m.verdict !== undefined) check(`member ${id} verdict`, m.verdict, got.verdict);
    if (m.procedure !== undefined) check(`member ${id} procedure`, m.procedure, got.procedure);
    for (const code of m.reasons ?? [])
      if (!codes.includes(code))
        problems.push(`member ${id}: expected reason ${code}, got reasons ${show(codes)}`);
    for (const code of m.notReasons ?? [])
      if (codes.includes(code))
        problems.push(`member ${id}: expected no reason ${code}, got reasons ${show(codes)}`);
  }

  if (e.thresholds) {
    const t = a.procedures.find((p) => p.thresholds)?.thresholds;
    if (!t) problems.push('thresholds: expected, but no procedure has thresholds');
    else {
      for (const [key, given] of Object.entries(e.thresholds)) {
        const actual =
          key === 'referenceMonths'
            ? t.referenceMonths.map((m) => m.month)
            : key === 'membersCounted'
              ? [...t.membersCounted].sort()
              : t[key as keyof typeof t];
        const expected = key === 'membersCounted' ? [...(given as string[])].sort() : given;
        check(`thresholds.${key}`, expected, actual);
      }
    }
  }

  for (const [procedureId, conditions] of Object.entries(e.conditions ?? {})) {
    const p = a.procedures.find((x) => x.id === procedureId);
    if (!p) {
      problems.push(`procedure ${procedureId}: expected in the assessment, absent`);
      continue;
    }
    for (const [id, status] of Object.entries(conditions)) {
      const c = p.conditions.find((x) => x.id === id);
      check(`condition ${procedureId}.${id}`, status, c?.status ?? 'absent');
    }
  }

  if (e.missing) {
    if (e.missing.length === 0 && a.missing.length > 0)
      problems.push(`missing: expected none, got ${show(a.missing)}`);
    for (const m of e.missing) {
      const found = a.missing.some((x) => x.fact === m.fact && x.memberId === m.memberId);
      if (!found) problems.push(`missing: expected ${show(m)}, got ${show(a.missing)}`);
    }
  }

  if (e.warnings) {
    const codes = a.warnings.map((w) => w.code);
    if (e.warnings.length === 0 && codes.length > 0)
      problems.push(`warnings: expected none, got ${show(codes)}`);
    for (const code of e.warnings)
      if (!codes.includes(code)) problems.push(`warnings: expected ${code}, got ${show(codes)}`);
  }
  return problems;
}

/** What comes out of a situation: validation problems, a date not covered, or an assessment. */
function run(s: Scenario) {
  const v = validateSituation(s.situation);
  if (!v.ok) return { errors: v.errors.map((x) => x.path), messages: v.errors };
  try {
    return { assessment: assess(v.situation, { today: s.today }) };
  } catch (err) {
    if (err instanceof DateNotCoveredError) return { errors: ['date'], messages: [err.message] };
    throw err;
  }
}

const files = scenarioFiles(root);

describe('law scenarios', () => {
  it('finds the scenario files', () => {
    expect(files.length).toBeGreaterThanOrEqual(110);
  });

  for (const file of files) {
    const name = relative(root, file);
    const raw: unknown = parse(readFileSync(file, 'utf8'));
    const parsed = ScenarioSchema.safeParse(raw);
    const title = parsed.success ? parsed.data.title : 'unreadable scenario';

    it(`${name}: ${title}`, () => {
      if (!parsed.success) throw new Error(`${name}: ${z.prettifyError(parsed.error)}`);
      const s = parsed.data;
      const out = run(s);
      if (s.expect.errors) {
        expect(out.errors, `validation should fail, got ${show(out)}`).toBeDefined();
        const missed = s.expect.errors
          .map((e) => e.path)
          .filter((p) => !(out.errors ?? []).includes(p));
        expect(missed, `paths reported: ${show(out.messages)}`).toEqual([]);
        return;
      }
      if (!out.assessment) throw new Error(`the situation is invalid: ${show(out.messages)}`);
      expect(AssessmentSchema.safeParse(out.assessment).success).toBe(true);
      const problems = compare(s.expect, out.assessment);
      expect(problems, `${name}\n${s.comment}`).toEqual([]);
    });
  }
});
