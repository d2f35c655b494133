/**
 * The terminology every translation keeps: for each procedure, institution and administrative term of
 * `terminology/terms.json` (its French name and, where it is opaque, what it means), each language's
 * `terminology/<lang>.json` gives the chosen rendering (`use`), the spellings that count as that
 * rendering in a sentence (`forms`, stems that survive grammatical endings), the renderings found wrong
 * or confusing (`avoid`) and a note for translators.
 *
 * `checkTerminology` compares every translated message or guide section with its French source:
 * - a procedure or institution the French names must appear under one of the language's forms (an
 *   institution may also keep its French name, as the administration writes it);
 * - the name of one procedure must not appear where the French speaks only of another (réunification
 *   familiale and regroupement familial must never share a name);
 * - an avoided rendering must not appear at all.
 */
import termsFile from './terminology/terms.json';
import fr from './terminology/fr.json';
import en from './terminology/en.json';
import ar from './terminology/ar.json';
import fa from './terminology/fa.json';
import ps from './terminology/ps.json';
import ti from './terminology/ti.json';
import uk from './terminology/uk.json';
import ru from './terminology/ru.json';
import type { Locale } from './locales';

export type TermKind = 'procedure' | 'institution' | 'term';

export interface Term {
  /** The French name. */
  fr: string;
  kind: TermKind;
  /** What in a French text names it (case and accents as written, compared without case). */
  match: string[];
  /** For a procedure, any word that refers to it, even without its full name (`regroupement`). */
  mentions?: string[];
  /** What it means, in French, for terms a reader or translator may not know. */
  explain?: string;
}

export interface Rendering {
  /** The chosen rendering, as a translator should write it. */
  use: string;
  /** Spellings that count as the chosen rendering inside a sentence; `use` when absent. */
  forms?: string[];
  /** Renderings found wrong or confusing for this term. */
  avoid?: string[];
  note?: string;
}

export const TERMS = termsFile as Record<string, Term>;

export const TERMINOLOGY: Record<Locale, Record<string, Rendering>> = {
  fr,
  en,
  ar,
  fa,
  ps,
  ti,
  uk,
  ru,
} as Record<Locale, Record<string, Rendering>>;

/** A translated text and its French source: a message, or a guide page's title, summary or section. */
export interface Unit {
  /** Where it is, from src/lib: `i18n/messages/ar/law.json`, `content/pages/ar/children.md`. */
  file: string;
  /** The message key, or `title`, `summary`, `#section-id` on a page. */
  key: string;
  source: string;
  text: string;
}

export interface TermProblem {
  file: string;
  key: string;
  term: string;
  problem: string;
}

/**
 * Text compared as a reader sees it (composed): no isolates, no vowel or other marks (Arabic shadda), one kind of apostrophe and
 * of quotation marks (« » without inner spaces), no case.
 */
export function normalise(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[\u2068\u2069]/g, '')
    .replace(/\p{Mn}/gu, '')
    .replace(/[’ʼ]/g, "'")
    .replace(/[“„]\s*/g, '«')
    .replace(/\s*”/g, '»')
    .replace(/«\s+/g, '«')
    .replace(/\s+»/g, '»')
    .toLowerCase();
}

const contains = (text: string, forms: readonly string[]) =>
  forms.find((f) => text.includes(normalise(f)));

function formsOf(rendering: Rendering): string[] {
  return rendering.forms ?? [rendering.use];
}

/** Structural problems of one language's terminology: unknown ids, procedures sharing a name. */
export function checkTerminologyData(locale: Locale): string[] {
  const own = TERMINOLOGY[locale];
  const problems: string[] = [];
  for (const id of Object.keys(own))
    if (!(id in TERMS)) problems.push(`terminology/${locale}.json: "${id}" is not in terms.json`);
  for (const [id, term] of Object.entries(TERMS))
    if (term.kind !== 'term' && !own[id])
      problems.push(`terminology/${locale}.json: no rendering for ${term.kind} "${term.fr}"`);
  const procedures = Object.entries(TERMS).filter(([, t]) => t.kind === 'procedure');
  for (const [a] of procedures)
    for (const [b] of procedures) {
      if (a === b || !own[a] || !own[b]) continue;
      for (const fa of formsOf(own[a]))
        for (const fb of formsOf(own[b]))
          if (normalise(fb).includes(normalise(fa)))
            problems.push(
              `terminology/${locale}.json: "${fa}" (${TERMS[a]!.fr}) is also part of "${fb}" (${TERMS[b]!.fr})`,
            );
    }
  return problems;
}

/** Every departure from the language's terminology in these texts. */
export function checkTerminology(locale: Locale, units: readonly Unit[]): TermProblem[] {
  const own = TERMINOLOGY[locale];
  const problems: TermProblem[] = [];
  for (const unit of units) {
    const source = normalise(unit.source);
    const text = normalise(unit.text);
    const report = (term: string, problem: string) =>
      problems.push({ file: unit.file, key: unit.key, term, problem });
    for (const [id, term] of Object.entries(TERMS)) {
      const rendering = own[id];
      if (!rendering) continue;
      const named = contains(source, term.match);
      const forms = formsOf(rendering);
      if (named && term.kind !== 'term') {
        const accepted = term.kind === 'institution' ? [...forms, ...term.match] : forms;
        if (!contains(text, accepted))
          report(
            term.fr,
            `French says "${named}", expected "${rendering.use}", not found` +
              otherProcedure(own, id, text),
          );
      }
      // A procedure's name where the French names only another one: the two were swapped.
      if (
        term.kind === 'procedure' &&
        !contains(source, term.mentions ?? term.match) &&
        otherProcedureNamed(source, id)
      ) {
        const found = contains(text, forms);
        if (found)
          report(
            term.fr,
            `found "${found}" (${term.fr}) where the French names another procedure only`,
          );
      }
      const avoided = contains(text, rendering.avoid ?? []);
      if (avoided) report(term.fr, `found "${avoided}", expected "${rendering.use}"`);
    }
  }
  return problems;
}

/** Whether the French text names a procedure other than this one. */
function otherProcedureNamed(source: string, id: string): boolean {
  return Object.entries(TERMS).some(
    ([other, term]) =>
      other !== id && term.kind === 'procedure' && contains(source, term.mentions ?? term.match),
  );
}

/** " (found "…", the name of …)" when another procedure's name stands where this one was expected. */
function otherProcedure(own: Record<string, Rendering>, id: string, text: string): string {
  for (const [other, term] of Object.entries(TERMS)) {
    if (other === id || term.kind !== 'procedure' || !own[other]) continue;
    const found = contains(text, [...formsOf(own[other]), ...(own[other].avoid ?? [])]);
    if (found) return ` (found "${found}", the name of ${term.fr})`;
  }
  return '';
}
