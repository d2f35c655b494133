/**
 * docs/contract.md, written from the fact registry: the situation's facts (name, values, when they
 * matter, articles) and an example, between the hand-written introduction and assessment parts.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';
import { type Fact, type Facts, flatten, type Registry } from '../../src/lib/law/facts';

const here = (name: string) => new URL(`./${name}`, import.meta.url);

function values(f: Fact): string {
  const t = f.type;
  const list = (t.values ?? []).map((v) => `\`${v}\``).join(', ');
  switch (t.kind) {
    case 'enum':
      return `one of ${list}`;
    case 'enumList':
      return `a list of ${list}`;
    case 'date':
      return 'a date';
    case 'approxDate':
      return 'a date, or `YYYY-MM` or `YYYY` when only the month or the year is known';
    case 'money':
      return `euros, ${t.min} to ${t.max}`;
    case 'number':
      return `a number above ${t.min}, at most ${t.max}`;
    case 'integer':
      return `a whole number, ${t.min} to ${t.max}`;
    case 'bool':
      return '`true` or `false`';
    case 'country':
      return 'a two-letter country code';
    case 'text':
      return `text, ${t.min} to ${t.max} characters`;
  }
}

function list(facts: Facts, prefix: string): string {
  return flatten(facts)
    .map(({ path, decl }) => {
      const required = decl.meta.required ? ', required' : '';
      const sources = decl.meta.sources.length ? ` (${decl.meta.sources.join('; ')})` : '';
      return `- \`${prefix}${path}\`: ${values(decl)}${required}. ${decl.meta.matters}${sources}`;
    })
    .join('\n');
}

function example(facts: Facts): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(facts).map(([name, d]) => [name, d.fact ? d.meta.example : example(d.facts)]),
  );
}

/** The situation part of the contract, for a registry. */
export function situationSection(registry: Registry): string {
  const groups = (facts: Facts, prefix: string) =>
    Object.entries(facts)
      .filter(([, d]) => !d.fact)
      .map(([name, d]) => `\`${prefix}${name}\`: ${d.fact ? '' : d.about}`)
      .join(' ');
  const situation = {
    date: registry.date.meta.example,
    sponsor: example(registry.sponsor),
    members: [example(registry.member)],
  };
  return [
    '## Situation (input)',
    '',
    'An example, with every fact given:',
    '',
    '```json',
    JSON.stringify(situation, null, 2),
    '```',
    '',
    `\`date\`: ${registry.date.meta.matters}`,
    '',
    '### The sponsor: the person living in France who wants to be joined',
    '',
    groups(registry.sponsor, 'sponsor.'),
    '',
    list(registry.sponsor, 'sponsor.'),
    '',
    '### Each member: the family members who would come (or are assessed)',
    '',
    list(registry.member, ''),
    '',
  ].join('\n');
}

/** The whole document, formatted as the repository formats Markdown. */
export async function contractDocument(registry: Registry): Promise<string> {
  const text = [
    readFileSync(here('intro.md'), 'utf8'),
    situationSection(registry),
    readFileSync(here('assessment.md'), 'utf8'),
  ].join('\n');
  const config =
    (await resolveConfig(fileURLToPath(new URL('../../docs/contract.md', import.meta.url)))) ?? {};
  return format(text, { ...config, parser: 'markdown' });
}
