/**
 * `reunir assess` end to end through bin/reunir.js: the contract examples in single and JSON Lines
 * mode, standard input, both languages, every kind of bad input, and the help.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { Assessment } from '$lib/law';
import { EXAMPLES, FIXTURES, reunir, STACK_TRACE } from './run';

// Each test starts the real binary (TypeScript through tsx): seconds on a busy machine.
vi.setConfig({ testTimeout: 120_000 });

const NAMES = readdirSync(EXAMPLES)
  .filter((f) => f.endsWith('.situation.json'))
  .map((f) => f.replace('.situation.json', ''))
  .sort();

interface Expected {
  procedure?: string | null;
  thresholds?: Record<string, number>;
  members: { id: string; verdict: string; procedure: string | null }[];
}

const expected = (name: string): Expected =>
  JSON.parse(readFileSync(join(EXAMPLES, `${name}.expected.json`), 'utf8'));

function matchesContract(a: Assessment, e: Expected) {
  if ('procedure' in e) expect(a.procedure).toBe(e.procedure);
  if (e.thresholds) {
    const rf = a.procedures.find((p) => p.id === 'regroupement_familial');
    expect(rf?.thresholds).toMatchObject(e.thresholds);
  }
  expect(a.members.map(({ id, verdict, procedure }) => ({ id, verdict, procedure }))).toEqual(
    e.members,
  );
}

describe('reunir assess: the contract examples', () => {
  it('finds the six examples', () => expect(NAMES).toHaveLength(6));

  it.each(NAMES)('%s: one JSON object in, one pretty JSON assessment out', async (name) => {
    const run = await reunir(['assess', join(EXAMPLES, `${name}.situation.json`), '--json']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^\{\n {2}"date": "2026-03-10",/);
    matchesContract(JSON.parse(run.stdout), expected(name));
  });

  it('JSON Lines in: one assessment per line, in the same order, with the same verdicts', async () => {
    const run = await reunir(['assess', join(FIXTURES, 'all-examples.jsonl'), '--json']);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(6);
    lines.forEach((line, i) => matchesContract(JSON.parse(line), expected(NAMES[i]!)));
  });

  it('reads standard input with -', async () => {
    const text = readFileSync(join(EXAMPLES, `${NAMES[0]}.situation.json`), 'utf8');
    const run = await reunir(['assess', '-', '--json'], text);
    expect(run.code).toBe(0);
    matchesContract(JSON.parse(run.stdout), expected(NAMES[0]!));
    const lines = await reunir(
      ['assess', '-', '--json'],
      readFileSync(join(FIXTURES, 'all-examples.jsonl'), 'utf8'),
    );
    expect(lines.stdout.trimEnd().split('\n')).toHaveLength(6);
  });

  it('uses today in France when the situation has no date, and --date instead when given', async () => {
    const file = join(FIXTURES, 'no-date.json');
    const dated = await reunir(['assess', file, '--json', '--date', '2024-02-29']);
    expect(dated.code).toBe(0);
    expect(JSON.parse(dated.stdout).date).toBe('2024-02-29');
    const today = await reunir(['assess', file, '--json']);
    const paris = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(new Date());
    expect([
      paris,
      new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(new Date()),
    ]).toContain(JSON.parse(today.stdout).date);
    // --date never overrides a situation's own date
    const own = await reunir([
      'assess',
      join(EXAMPLES, `${NAMES[0]}.situation.json`),
      '--json',
      '--date',
      '2024-02-29',
    ]);
    expect(JSON.parse(own.stdout).date).toBe('2026-03-10');
  });
});

describe('reunir assess: the readable summary', () => {
  it('says the procedure, each verdict with its articles, the thresholds, in French by default', async () => {
    const run = await reunir([
      'assess',
      join(EXAMPLES, '02-regroupement-housing-too-small.situation.json'),
    ]);
    expect(run.code).toBe(0);
    const out = run.stdout.replace(/\s+/g, ' '); // wrapped lines read as one text
    expect(out).toContain('Procédure : regroupement familial');
    expect(out).toContain('spouse (époux ou épouse) : ne remplit pas les conditions');
    expect(out).toContain('(CESEDA L434-2)');
    expect(out).toContain('Logement : non rempli');
    expect(out).toContain(
      'Votre logement fait 40 m². Il faut au moins 42 m² pour 4 personnes en zone A.',
    );
    expect(out).toContain('Moyenne du SMIC net de mars 2025 à février 2026.');
    expect(out).toContain('C’est l’administration');
    for (const line of run.stdout.split('\n')) expect([...line].length).toBeLessThanOrEqual(80);
  });

  it('speaks English with --lang en, and lists what is missing', async () => {
    const run = await reunir([
      'assess',
      join(FIXTURES, 'no-date.json'),
      '--lang',
      'en',
      '--date',
      '2026-03-10',
    ]);
    expect(run.code).toBe(0);
    const out = run.stdout.replace(/\s+/g, ' ');
    expect(out).toContain('Procedure: regroupement familial (family regroupment, for residents)');
    expect(out).toContain('spouse (married spouse): to be checked');
    expect(out).toContain('To give for a complete answer');
    expect(out).toContain('- your average net income a month (last 12 months)');
    expect(out).toContain('The administration (prefecture, OFII, consulate, OFPRA)');
    for (const line of run.stdout.split('\n')) expect([...line].length).toBeLessThanOrEqual(80);
  });

  it('prints one summary per JSON line, separated by a rule', async () => {
    const run = await reunir(['assess', join(FIXTURES, 'all-examples.jsonl'), '--lang', 'en']);
    expect(run.code).toBe(0);
    const parts = run.stdout.split(`\n${'-'.repeat(80)}\n`);
    expect(parts).toHaveLength(6);
    expect(parts[0]).toMatch(/^Line 1\n/);
    expect(parts[5]).toContain('Procedure: famille accompagnante');
  });
});

describe('reunir assess: bad input', () => {
  const bad = async (args: string[], stdin?: string) => {
    const run = await reunir(args, stdin);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).not.toMatch(STACK_TRACE);
    return run.stderr.trimEnd().split('\n');
  };

  it('an unreadable file', async () => {
    expect(await bad(['assess', join(FIXTURES, 'missing.json')])).toEqual([
      `${join(FIXTURES, 'missing.json')}: cannot read: no such file`,
    ]);
    expect(await bad(['assess', FIXTURES])).toEqual([
      `${FIXTURES}: cannot read: is a directory, not a file`,
    ]);
  });

  it('invalid JSON, and empty input', async () => {
    const lines = await bad(['assess', join(FIXTURES, 'invalid-json.txt')]);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^\(input\): invalid JSON: /);
    expect(await bad(['assess', '-'], '  \n')).toEqual([
      '(input): empty input: expected a JSON situation',
    ]);
  });

  it('wrong types: one line per problem, with its path', async () => {
    const lines = await bad(['assess', join(FIXTURES, 'wrong-type.json')]);
    expect(lines.map((l) => l.split(': ')[0])).toEqual(['sponsor.housing.surfaceM2', 'members']);
    expect(await bad(['assess', '-'], '[1, 2]')).toHaveLength(1);
  });

  it('unknown enum values', async () => {
    expect(await bad(['assess', join(FIXTURES, 'unknown-enum.json')])).toEqual([
      'sponsor.permit.type: expected one of: temporary, multi_year, resident, eu_long_term, algerian_certificate, renewal_receipt, first_receipt, protection_receipt, vls_ts, aps, talent, ict, algerian_scientist, other (got the text "golden_visa")',
      'members[0].relation: expected one of: spouse, civil_partner, cohabiting_partner, child, parent, grandparent, sibling, other_relative (got the text "cousin")',
    ]);
  });

  it('impossible dates, and dates before 2020', async () => {
    expect(await bad(['assess', join(FIXTURES, 'impossible-date.json')])).toEqual([
      'date: expected a real calendar date written YYYY-MM-DD',
      'sponsor.birthDate: expected a real calendar date written YYYY-MM-DD',
    ]);
    expect(await bad(['assess', join(FIXTURES, 'before-2020.json')])).toEqual([
      "date: reunir's rules cover dates from 2020-01-01",
    ]);
    expect(await bad(['assess', join(FIXTURES, 'no-date.json'), '--date', '2025-02-29'])).toEqual([
      '--date: expected a real calendar date written YYYY-MM-DD',
    ]);
    expect(await bad(['assess', join(FIXTURES, 'no-date.json'), '--date', '2019-06-01'])).toEqual([
      "--date: reunir's rules cover dates from 2020-01-01",
    ]);
  });

  it('an unknown language or option is a usage error (exit 2)', async () => {
    const run = await reunir(['assess', join(FIXTURES, 'no-date.json'), '--lang', 'de']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("argument 'de' is invalid");
    expect(run.stderr).not.toMatch(STACK_TRACE);
  });

  it('JSON Lines: bad lines are reported by line number, the others are still assessed in order', async () => {
    const file = join(FIXTURES, 'batch-with-errors.jsonl');
    const run = await reunir(['assess', file, '--json']);
    expect(run.code).toBe(2);
    expect(run.stderr).not.toMatch(STACK_TRACE);
    const errors = run.stderr.trimEnd().split('\n');
    expect(errors[0]).toMatch(/^line 3: \(input\): invalid JSON: /);
    expect(errors[1]).toMatch(/^line 4: \(root\): /);
    expect(errors[2]).toMatch(/^line 6: sponsor\.status: expected one of: /);
    expect(errors).toHaveLength(3);
    const out = run.stdout
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(out).toHaveLength(5);
    expect(out[0].procedure).toBe('regroupement_familial');
    expect(out[1]).toEqual({
      line: 3,
      errors: [{ path: '(input)', message: expect.stringMatching(/^invalid JSON/) }],
    });
    expect(out[2].line).toBe(4);
    expect(out[3].procedure).toBe('famille_ue');
    expect(out[4]).toMatchObject({ line: 6, errors: [{ path: 'sponsor.status' }] });

    const readable = await reunir(['assess', file, '--lang', 'en']);
    expect(readable.code).toBe(2);
    expect(readable.stdout).toContain('Line 3: invalid situation, not assessed (see the errors).');
    expect(readable.stdout).toContain('Procedure: famille de citoyen de l’Union européenne');
  });
});

describe('reunir help and version', () => {
  it('assess --help explains the command with an example', async () => {
    const run = await reunir(['assess', '--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Usage: reunir assess [options] <file>');
    expect(run.stdout).toContain('$ reunir assess family.json --lang en');
    expect(run.stdout).toContain('--date <YYYY-MM-DD>');
  });

  it('reunir --help lists assess with an example; --version names the rules', async () => {
    const help = await reunir(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/assess \[options\] <file>/);
    expect(help.stdout).toContain('Example:');
    const version = await reunir(['--version']);
    expect(version.code).toBe(0);
    expect(version.stdout).toMatch(
      /^reunir \d+\.\d+\.\d+ \(rules \d{4}\.\d{2}\.\d{2}-[0-9a-f]{8}\)\n$/,
    );
  });
});
