/**
 * Words that fit: what the engine returns holds numbers and codes only, and what a family reads in any
 * language holds no internal identifier (reason codes, fact paths, file slugs) and, outside English, no
 * English. Checked on the assessments of generated families, rendered in every language.
 */
import { readFileSync } from 'node:fs';
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { describe, expect, it } from 'vitest';
import { assess } from '$lib/law';
import { EU_RESIDENCE_BASES, PERMIT_TYPES } from '$lib/law/schema/situation';
import { describeAssessment, type AssessmentText } from '$lib/law-text';
import { LOCALES } from '$lib/i18n/locales';
import { LETTER_KINDS } from '$lib/dossier/letters';
import { CASES } from '../law-properties/situations';

const SAMPLE = CASES.slice(0, 120).map((c) => assess(c.situation));

/** Everything a person reads, sources apart (article references are citations). */
function readable(t: AssessmentText): string[] {
  return [
    t.title,
    t.rules,
    t.procedure?.name ?? '',
    t.procedure?.who ?? '',
    t.redirect?.title ?? '',
    t.redirect?.text ?? '',
    ...t.members.flatMap((m) => [m.relation, m.verdictLabel, ...m.reasons.map((r) => r.text)]),
    ...t.procedures.flatMap((p) => [
      p.name,
      p.who,
      ...p.conditions.flatMap((c) => [c.title, c.statusLabel, c.rule ?? '', c.detail ?? '']),
      ...(p.thresholds
        ? [
            p.thresholds.income,
            p.thresholds.coefficient ?? '',
            p.thresholds.surface,
            ...p.thresholds.smic,
          ]
        : []),
    ]),
    ...t.missing.map((m) => m.text),
    ...t.warnings.map((w) => w.text),
    ...t.safety,
  ].filter(Boolean);
}

/**
 * A reason code or fact (snake_case, camelCase, dotted path), a slug of three words or more, or the
 * name of a letter kind ("crrv-appeal"). French "sera-t-elle" is not a slug.
 */
const IDENTIFIER = new RegExp(
  [
    String.raw`\b[a-z]+(?:_[a-z0-9]+)+\b`,
    String.raw`\b[a-z]+[A-Z][A-Za-z]*\b`,
    String.raw`\bsponsor\.\w+`,
    String.raw`\b[a-z]{2,}(?:-[a-z]{2,}){2,}\b`,
    ...LETTER_KINDS.map((kind) => String.raw`\b${kind}\b`),
  ].join('|'),
);
const ENGLISH =
  /\b(?:the|and|with|your|must|months?|years?|gross|child|spouse|partner|EUR net|m2|not met|to verify)\b/;

describe('engine output', () => {
  it('gives conditions as numbers and codes, never as words', () => {
    const codes = new Set<string>([...PERMIT_TYPES, ...EU_RESIDENCE_BASES]);
    for (const a of SAMPLE)
      for (const p of a.procedures)
        for (const c of p.conditions)
          for (const value of [c.required, c.actual]) {
            if (value === undefined || typeof value === 'number') continue;
            expect(/^P\d+[MY]$/.test(value) || codes.has(value), `${c.id}: ${value}`).toBe(true);
          }
  });
});

describe.each(LOCALES)('what a family reads in %s', (locale) => {
  const texts = SAMPLE.flatMap((a) => readable(describeAssessment(a, locale)));
  it('names no internal identifier', () => {
    for (const text of texts) expect(text, text).not.toMatch(IDENTIFIER);
  });
  it.skipIf(locale === 'en')('holds no English', () => {
    for (const text of texts) expect(text, text).not.toMatch(ENGLISH);
  });
});

/** The words of a message, without its ICU syntax (argument names, select and plural keys). */
function literals(elements: MessageFormatElement[]): string[] {
  return elements.flatMap((el) => {
    if (el.type === TYPE.literal) return [el.value];
    if (el.type === TYPE.select || el.type === TYPE.plural)
      return Object.values(el.options).flatMap((o) => literals(o.value));
    if (el.type === TYPE.tag) return literals(el.children);
    return [];
  });
}

describe.each(LOCALES)('the %s law and interview catalogs', (locale) => {
  const words = ['law', 'interview'].flatMap((area) => {
    const file = new URL(`../../src/lib/i18n/messages/${locale}/${area}.json`, import.meta.url);
    const catalog = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
    return Object.entries(catalog).map(([key, message]) => ({
      key,
      area,
      text: literals(parse(message, { ignoreTag: true })).join(' '),
    }));
  });
  it('name no internal identifier', () => {
    for (const { key, text } of words) expect(text, key).not.toMatch(IDENTIFIER);
  });
  it.skipIf(locale === 'en')('hold no English in the law catalog', () => {
    for (const { key, text } of words.filter((w) => w.area === 'law'))
      expect(text, key).not.toMatch(ENGLISH);
  });
});
