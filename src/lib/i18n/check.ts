/**
 * The catalog checks that CI runs for every language against the French source: every key present and
 * non-empty, valid ICU syntax, the same placeholders, every plural category of the language, and no
 * French left untranslated where a translation is claimed.
 */
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { REPORTED_FACTS, missingKey } from '../law/facts';
import { CONDITION_IDS, REASON_CODES, WARNINGS } from '../law/reasons';
import { AREAS, NAMESPACES } from './catalogs';
import { intlTag, LOCALES, type Locale, SOURCE_LOCALE } from './locales';

export interface CatalogProblem {
  locale: Locale;
  area: string;
  key: string;
  problem: string;
}

interface Shape {
  args: Set<string>;
  plurals: { name: string; options: string[] }[];
}

function walk(elements: MessageFormatElement[], shape: Shape): void {
  for (const el of elements) {
    if (
      el.type === TYPE.argument ||
      el.type === TYPE.number ||
      el.type === TYPE.date ||
      el.type === TYPE.time
    ) {
      shape.args.add(el.value);
    } else if (el.type === TYPE.select || el.type === TYPE.plural) {
      shape.args.add(el.value);
      if (el.type === TYPE.plural)
        shape.plurals.push({ name: el.value, options: Object.keys(el.options) });
      for (const opt of Object.values(el.options)) walk(opt.value, shape);
    } else if (el.type === TYPE.tag) {
      walk(el.children, shape);
    }
  }
}

function shapeOf(message: string): Shape {
  const shape: Shape = { args: new Set(), plurals: [] };
  walk(parse(message, { ignoreTag: true }), shape);
  return shape;
}

/**
 * Messages that may stay identical to the French: short labels, codes, names and the administration's
 * own words (kept in French on purpose).
 */
function mayEqualSource(text: string): boolean {
  const words = text.replace(/\{[^}]*\}/g, ' ').match(/\p{L}{3,}/gu) ?? [];
  return words.length <= 3;
}

/** Names of French offices, written as the letters' addresses: the same in every language. */
const KEPT_IN_FRENCH = new Set([
  'letter.crrv-appeal.recipient',
  'letter.implicit-refusal-reasons.recipient.crrv',
  'letter.ofii-cover-letter.recipient',
  'letter.refugee-families-office.recipient',
]);

/**
 * The plural forms a message must give: those the language uses for whole numbers (ages, months,
 * people, days), and `other`, which ICU always requires. French "many" (1 000 000 and up) never occurs.
 */
function requiredCategories(locale: Locale): string[] {
  const rules = new Intl.PluralRules(intlTag(locale));
  const used = new Set<string>(['other']);
  for (let n = 0; n <= 10_000; n += 1) used.add(rules.select(n));
  return [...used];
}

/**
 * The law catalog's keys that the engine's types require: a sentence for every reason code and
 * warning, a title for every condition, a label for every fact the engine can report missing.
 */
export function requiredLawKeys(): string[] {
  return [
    ...REASON_CODES.map((c) => `reason.${c}`),
    ...Object.keys(WARNINGS).map((w) => `warning.${w}`),
    ...CONDITION_IDS.map((id) => `condition.${id}.title`),
    ...REPORTED_FACTS.map(missingKey),
  ];
}

export function checkCatalog(locale: Locale): CatalogProblem[] {
  const problems: CatalogProblem[] = [];
  if (locale === SOURCE_LOCALE) {
    const law = AREAS[SOURCE_LOCALE].law;
    for (const key of requiredLawKeys())
      if (law[key] === undefined)
        problems.push({ locale, area: 'law', key, problem: 'the engine can give it: missing' });
  }
  const categories = requiredCategories(locale);
  for (const area of NAMESPACES) {
    const source = AREAS[SOURCE_LOCALE][area];
    const target = AREAS[locale][area];
    const report = (key: string, problem: string) => problems.push({ locale, area, key, problem });
    for (const key of Object.keys(target))
      if (!(key in source)) report(key, 'key not in the French source');
    for (const [key, src] of Object.entries(source)) {
      const text = target[key];
      if (text === undefined || text.trim() === '') {
        report(key, 'missing');
        continue;
      }
      let shape: Shape;
      try {
        shape = shapeOf(text);
      } catch (e) {
        report(key, `invalid ICU: ${(e as Error).message}`);
        continue;
      }
      const expected = shapeOf(src);
      const a = [...shape.args].sort().join(',');
      const b = [...expected.args].sort().join(',');
      if (a !== b) report(key, `placeholders {${a}} differ from the source's {${b}}`);
      for (const p of shape.plurals) {
        const absent = categories.filter((c) => !p.options.includes(c));
        if (absent.length) report(key, `plural {${p.name}} lacks the ${absent.join(', ')} form(s)`);
      }
      if (
        locale !== SOURCE_LOCALE &&
        text === src &&
        !mayEqualSource(src) &&
        !KEPT_IN_FRENCH.has(key)
      ) {
        report(key, 'still the French text');
      }
    }
  }
  return problems;
}

export function checkAllCatalogs(): CatalogProblem[] {
  return LOCALES.flatMap((l) => checkCatalog(l));
}
