import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import ICAL from 'ical.js';
import { valueAt } from '../../src/lib/law/parameters';
import { root, tmp } from './helpers';

const refugee = join(root, 'tests/contract-examples/03-refugee-spouse-and-children.situation.json');
const events = join(tmp, 'events.json');
writeFileSync(
  events,
  JSON.stringify({ visaApplicationLodged: '2026-03-10', visaRefusalNotified: '2026-09-15' }),
);

function reunir(...args: string[]) {
  return spawnSync(process.execPath, [join(root, 'bin/reunir.js'), ...args], {
    cwd: root,
    encoding: 'utf8',
  });
}

describe('reunir dossier commands', { timeout: 60_000 }, () => {
  it('checklist --json lists each member’s documents', () => {
    const r = reunir('checklist', refugee, '--json', '--today', '2026-09-20');
    expect(r.status).toBe(0);
    const list = JSON.parse(r.stdout);
    expect(list.procedures[0].members.map((m: { id: string }) => m.id)).toEqual([
      'spouse',
      'rami',
      'lina',
    ]);
  });

  it('deadlines --ics gives a calendar with the CRRV deadline', () => {
    const r = reunir('deadlines', refugee, '--events', events, '--today', '2026-09-20', '--ics');
    expect(r.status).toBe(0);
    const cal = new ICAL.Component(ICAL.parse(r.stdout));
    const dates = cal
      .getAllSubcomponents('vevent')
      .map((v) => new ICAL.Event(v).startDate.toString());
    expect(dates).toContain('2026-10-14');
  });

  it('deadlines as text says how many days are left', () => {
    const r = reunir(
      'deadlines',
      refugee,
      '--events',
      events,
      '--today',
      '2026-09-20',
      '--lang',
      'en',
    );
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('2026-10-14');
    expect(r.stdout).toContain('in 24 days');
  });

  it('letter writes a PDF', () => {
    const out = join(tmp, 'cli-crrv.pdf');
    const r = reunir(
      'letter',
      'crrv-appeal',
      refugee,
      '--events',
      events,
      '--today',
      '2026-09-20',
      '-o',
      out,
    );
    expect(r.status).toBe(0);
    expect(readFileSync(out).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('letter after the last day still writes the PDF and warns on stderr', () => {
    const out = join(tmp, 'cli-crrv-late.pdf');
    const r = reunir(
      'letter',
      'crrv-appeal',
      refugee,
      '--events',
      events,
      '--today',
      '2026-10-15',
      '-o',
      out,
    );
    expect(r.status).toBe(0);
    expect(r.stderr).toContain('warning: the time limit passed on 2026-10-14');
    expect(r.stderr).toContain('le délai est dépassé');
    expect(readFileSync(out).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('deadlines --json gives the consulate’s silence with its sources and confidence', () => {
    const silence = join(tmp, 'silence.json');
    writeFileSync(silence, JSON.stringify({ visaApplicationLodged: '2025-01-15' }));
    const r = reunir('deadlines', refugee, '--events', silence, '--today', '2026-03-05', '--json');
    expect(r.status).toBe(0);
    const list = JSON.parse(r.stdout) as {
      deadlines: { id: string; date: string; sources: unknown[]; confidence: string }[];
    };
    const implicit = list.deadlines.find((d) => d.id === 'visa_implicit_refusal');
    const crrv = list.deadlines.find((d) => d.id === 'crrv_appeal_implicit');
    expect(implicit).toMatchObject({ date: '2025-03-15', confidence: 'V2' });
    expect(crrv).toMatchObject({ date: '2025-04-13', confidence: 'U', uncertain: true });
    expect(crrv?.sources.length).toBeGreaterThan(0);
    const text = reunir('deadlines', refugee, '--events', silence, '--today', '2026-03-05');
    expect(text.stdout).toContain('Délai dépassé');
    // The period its sentence states, in the unit the store gives it on that day.
    expect(text.stdout).toContain('Lecture prudente : 30 jours à partir');
  });

  it('checklist states the residence durations of a regroupement family as the store gives them', () => {
    const resident = join(
      root,
      'tests/contract-examples/01-regroupement-conditions-met.situation.json',
    );
    const r = reunir('checklist', resident, '--today', '2026-09-20');
    expect(r.status).toBe(0);
    const months = valueAt('regroupement.residenceMonths', '2026-09-20').value;
    expect(r.stdout).toContain(`durée de séjour exigée (${months} mois`);
  });

  it('summary writes a PDF', () => {
    const out = join(tmp, 'cli-summary.pdf');
    const r = reunir('summary', refugee, '--lang', 'en', '--today', '2026-09-20', '-o', out);
    expect(r.status).toBe(0);
    expect(readFileSync(out).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('bad dates, unknown letters and missing facts exit 2 with path: message lines', () => {
    const bad = join(tmp, 'bad-events.json');
    writeFileSync(bad, JSON.stringify({ arrival: '2026-13-01' }));
    const r1 = reunir('deadlines', refugee, '--events', bad);
    expect(r1.status).toBe(2);
    expect(r1.stderr).toContain('events.arrival: expected a real calendar date written YYYY-MM-DD');
    const r2 = reunir('letter', 'thank-you', refugee, '-o', join(tmp, 'x.pdf'));
    expect(r2.status).toBe(2);
    expect(r2.stderr).toMatch(/^KIND: unknown letter "thank-you"/);
    const r3 = reunir('letter', 'crrv-appeal', refugee, '-o', join(tmp, 'x.pdf'));
    expect(r3.status).toBe(2);
    expect(r3.stderr).toContain('events.visaRefusalNotified: needed for this letter');
  });
});
