/**
 * The readable summary of an assessment for a terminal: the structured text of src/lib/law-text laid
 * out in sections, wrapped to 80 columns.
 */
import type { AssessmentText } from '../lib/law-text';
import { translate } from '../lib/i18n/translate';

export const WIDTH = 80;

/** Greedy word wrap at ordinary spaces only (no-break spaces inside amounts stay); `first` prefixes the first line, `rest` the following ones. */
export function wrap(text: string, first = '', rest = first, width = WIDTH): string[] {
  const lines: string[] = [];
  let line = first;
  let empty = true;
  for (const word of text.split(/[ \t\n]+/).filter(Boolean)) {
    const candidate = empty ? line + word : `${line} ${word}`;
    if (!empty && [...candidate].length > width) {
      lines.push(line);
      line = rest + word;
    } else {
      line = candidate;
    }
    empty = false;
  }
  lines.push(line);
  return lines;
}

export function renderSummary(t: AssessmentText): string {
  const say = (key: string, params?: Record<string, string | number>) =>
    translate(t.locale, key, params);
  const out: string[] = [];
  const para = (text: string, indent = '') => out.push(...wrap(text, indent));
  const bullet = (text: string, indent = '  ') =>
    out.push(...wrap(text, `${indent}- `, `${indent}  `));
  const cited = (text: string, list: string[]) =>
    list.length ? say('summary.withSources', { text, sources: list.join(', ') }) : text;

  para(t.title);
  para(t.rules);
  out.push('');
  if (t.procedure) {
    para(say('summary.procedure', { name: t.procedure.name }));
    para(t.procedure.who, '  ');
  } else {
    para(say('summary.procedure', { name: say('procedure.none') }));
  }
  if (t.redirect) {
    para(t.redirect.title, '  ');
    para(t.redirect.text, '  ');
  }

  out.push('', say('summary.members'));
  if (t.members.length === 0) para(say('summary.noMembers'), '  ');
  for (const m of t.members) {
    para(
      say('summary.member', { name: m.name, relation: m.relation, verdict: m.verdictLabel }),
      '  ',
    );
    if (m.procedureLabel) para(say('summary.route', { procedure: m.procedureLabel }), '    ');
    for (const r of m.reasons) bullet(cited(r.text, r.sources), '    ');
  }

  for (const p of t.procedures) {
    if (p.conditions.length === 0 && !p.thresholds) continue;
    out.push('', say('summary.conditions', { procedure: p.name }));
    let previousRule: string | null = null;
    for (const c of p.conditions) {
      para(say('summary.condition', { title: c.title, status: c.statusLabel }), '  ');
      // Conditions waived by the same rule (réunification familiale) cite it once.
      if (c.rule && c.rule !== previousRule) para(cited(c.rule, c.sources), '    ');
      previousRule = c.rule;
      if (c.detail) para(c.detail, '    ');
    }
    if (p.thresholds) {
      out.push('', say('summary.thresholds'));
      const th = p.thresholds;
      for (const line of [th.income, th.coefficient, th.period]) if (line) bullet(line);
      for (const line of th.smic) bullet(line, '    ');
      bullet(th.netOrGross);
      bullet(th.surface);
    }
  }

  if (t.missing.length) {
    out.push('', say('summary.missing'));
    for (const f of t.missing) bullet(f.text);
  }
  if (t.warnings.length) {
    out.push('', say('summary.warnings'));
    for (const w of t.warnings) bullet(w.text);
  }
  out.push('', say('summary.safety'));
  for (const line of t.safety) bullet(line);
  return `${out.join('\n')}\n`;
}
