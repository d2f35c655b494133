/**
 * The small Markdown the guide is written in, rendered to HTML at build time:
 *   ## Heading {#id}    a section (the id is the same in every language)
 *   ### Heading         a sub-heading inside a section
 *   - item / 1. item    lists (continuation lines indented by two spaces)
 *   > text              a note set apart
 *   **bold**, [text](target)
 * Link targets: `guide:PAGE`, `guide:PAGE#SECTION`, `glossary:TERM`, `simulator:TOOL` (a path of the
 * simulator that a page leads to, from SIMULATOR_LINKS), or an https:// address.
 * Glossary words are linked to their definition the first time they appear on a page.
 */
import type { Locale } from '../i18n/locales';
import type { Glossary } from './glossary';

/** The simulator's own paths a guide page may link to: `simulator:refused` is "my visa was refused". */
export const SIMULATOR_LINKS = ['refused'] as const;
export interface Section {
  /** Empty for the introduction (the text before the first ## heading). */
  id: string;
  heading: string;
  /** Plain text, for search and excerpts. */
  text: string;
  /**
   * The section's passages, for search: each paragraph, note or list (a paragraph that ends with a
   * colon and the list after it are one passage; a ### heading opens the passage that follows it).
   * Search links a passage to its section's anchor.
   */
  passages: string[];
}

export interface Rendered {
  html: string;
  sections: Section[];
  /** Internal links found, as `guide:PAGE#SECTION` or `glossary:TERM`. */
  links: string[];
  /** Glossary entries linked from the page. */
  terms: string[];
}

export class MarkdownError extends Error {}

const escapeHtml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

interface TermPattern {
  id: string;
  re: RegExp;
}

const patternCache = new WeakMap<Glossary, TermPattern[]>();

/**
 * A form matches as a whole word: not inside a longer word, in any script (a combining mark, such as
 * an Arabic vowel sign, belongs to the word it follows).
 */
function termPatterns(glossary: Glossary): TermPattern[] {
  let patterns = patternCache.get(glossary);
  if (!patterns) {
    patterns = Object.entries(glossary).flatMap(([id, text]) =>
      text.forms.map((form) => {
        // vowel signs may sit on any letter of the form ("رَسید" is "رسید")
        const body = [...form]
          .map((c) => (c === "'" ? "['’]" : `${escapeRegex(c)}\\p{M}*`))
          .join('');
        const flags = form === form.toUpperCase() ? 'u' : 'iu';
        return {
          id,
          re: new RegExp(`(?<![\\p{L}\\p{M}\\p{N}-])${body}(?![\\p{L}\\p{M}\\p{N}])`, flags),
        };
      }),
    );
    patternCache.set(glossary, patterns);
  }
  return patterns;
}

class Renderer {
  readonly links: string[] = [];
  readonly linkedTerms = new Set<string>();

  constructor(
    readonly locale: Locale,
    readonly glossary: Glossary,
  ) {}

  /** Plain text with the first mention of each glossary word linked. */
  private glossaryText(text: string): string {
    let out = '';
    let rest = text;
    for (;;) {
      let best: { index: number; length: number; id: string } | undefined;
      for (const p of termPatterns(this.glossary)) {
        if (this.linkedTerms.has(p.id)) continue;
        const m = p.re.exec(rest);
        if (m && (!best || m.index < best.index))
          best = { index: m.index, length: m[0].length, id: p.id };
      }
      if (!best) break;
      this.linkedTerms.add(best.id);
      const word = rest.slice(best.index, best.index + best.length);
      out += `${escapeHtml(rest.slice(0, best.index))}<a class="term" href="/${this.locale}/glossary#${best.id}">${escapeHtml(word)}</a>`;
      rest = rest.slice(best.index + best.length);
    }
    return out + escapeHtml(rest);
  }

  private href(target: string): string {
    if (target.startsWith('https://')) return target;
    const guide = /^guide:([a-z0-9-]+)(?:#([a-z0-9-]+))?$/.exec(target);
    if (guide) {
      this.links.push(target);
      return `/${this.locale}/guide/${guide[1]}${guide[2] ? `#${guide[2]}` : ''}`;
    }
    const tool = /^simulator:([a-z-]+)$/.exec(target);
    if (tool && (SIMULATOR_LINKS as readonly string[]).includes(tool[1] ?? '')) {
      this.links.push(target);
      return `/${this.locale}/simulator/${tool[1]}`;
    }
    const term = /^glossary:([a-z0-9-]+)$/.exec(target);
    if (term) {
      this.links.push(target);
      return `/${this.locale}/glossary#${term[1]}`;
    }
    throw new MarkdownError(
      `link target "${target}" is not guide:, glossary:, simulator:${SIMULATOR_LINKS.join('|')} or https://`,
    );
  }

  inline(text: string, glossary = true): string {
    const token = /\[([^\]]+)\]\(([^)\s]+)\)|\*\*(.+?)\*\*/g;
    let out = '';
    let last = 0;
    for (const m of text.matchAll(token)) {
      const before = text.slice(last, m.index);
      out += glossary ? this.glossaryText(before) : escapeHtml(before);
      if (m[1] !== undefined && m[2] !== undefined) {
        out += `<a href="${escapeHtml(this.href(m[2]))}">${escapeHtml(m[1])}</a>`;
      } else {
        out += `<strong>${this.inline(m[3] ?? '', glossary)}</strong>`;
      }
      last = m.index + m[0].length;
    }
    const tail = text.slice(last);
    return out + (glossary ? this.glossaryText(tail) : escapeHtml(tail));
  }
}

/** Markdown inline markers removed: the words a reader sees. */
export function plain(text: string): string {
  return text.replace(/\[([^\]]+)\]\([^)\s]+\)/g, '$1').replace(/\*\*(.+?)\*\*/g, '$1');
}

/** Sentence ends in the guide's scripts: Latin and Cyrillic, Arabic (؟ ۔), Ethiopic (። ፧ ፨). */
export const SENTENCE_END = /[.!?:;؟۔።፧፨]$/;

const withStop = (s: string) => (SENTENCE_END.test(s) ? s : `${s}.`);

export function renderMarkdown(locale: Locale, source: string, glossary: Glossary): Rendered {
  const r = new Renderer(locale, glossary);
  const html: string[] = [];
  const sections: Section[] = [{ id: '', heading: '', text: '', passages: [] }];
  /** A ### heading or a lead-in ending with a colon waits for the block it introduces. */
  let pending = '';
  const addText = (t: string) => {
    const s = sections.at(-1);
    if (s) s.text = `${s.text} ${withStop(plain(t).trim())}`.trim();
  };
  const addPassage = (t: string, leadIn = false) => {
    const s = sections.at(-1);
    if (!s) return;
    const text = `${pending} ${t}`.trim();
    pending = '';
    if (leadIn) pending = text;
    else if (text) s.passages.push(text);
  };
  const flush = () => addPassage('');
  const lines = source.replace(/\r\n/g, '\n').split('\n');
  let i = 0;
  while (i < lines.length) {
    const line = lines[i] ?? '';
    if (line.trim() === '') {
      i += 1;
      continue;
    }
    const h2 = /^## (.+?)\s*\{#([a-z0-9-]+)\}\s*$/.exec(line);
    if (h2) {
      const [, heading = '', id = ''] = h2;
      if (sections.some((s) => s.id === id)) throw new MarkdownError(`section id "${id}" twice`);
      flush();
      sections.push({ id, heading: plain(heading), text: '', passages: [] });
      html.push(`<h2 id="${id}">${r.inline(heading, false)}</h2>`);
      i += 1;
      continue;
    }
    if (line.startsWith('## ')) throw new MarkdownError(`heading without {#id}: ${line}`);
    if (line.startsWith('### ')) {
      const heading = line.slice(4).trim();
      html.push(`<h3>${r.inline(heading, false)}</h3>`);
      addText(heading);
      flush();
      addPassage(withStop(plain(heading)), true);
      i += 1;
      continue;
    }
    if (/^#/.test(line)) throw new MarkdownError(`only ## and ### headings are allowed: ${line}`);
    const item = /^(-|\d+\.) /;
    if (item.test(line)) {
      const ordered = /^\d/.test(line);
      const items: string[] = [];
      while (i < lines.length && (item.test(lines[i] ?? '') || /^ {2}\S/.test(lines[i] ?? ''))) {
        const l = lines[i] ?? '';
        if (item.test(l)) items.push(l.replace(item, ''));
        else items[items.length - 1] += ` ${l.trim()}`;
        i += 1;
      }
      const tag = ordered ? 'ol' : 'ul';
      html.push(`<${tag}>${items.map((t) => `<li>${r.inline(t)}</li>`).join('')}</${tag}>`);
      items.forEach(addText);
      addPassage(items.map((t) => withStop(plain(t).trim())).join(' '));
      continue;
    }
    const quote = line.startsWith('> ');
    const para: string[] = [];
    while (i < lines.length) {
      const l = lines[i] ?? '';
      if (l.trim() === '' || /^#/.test(l) || item.test(l) || l.startsWith('> ') !== quote) break;
      para.push(quote ? l.slice(2) : l);
      i += 1;
    }
    const text = para.join(' ').trim();
    const p = `<p>${r.inline(text)}</p>`;
    html.push(quote ? `<div class="note" role="note">${p}</div>` : p);
    addText(text);
    const own = plain(text).trim();
    // a lead-in ("Peuvent venir :") belongs with the list it introduces
    const next = lines.slice(i).find((l) => l.trim() !== '') ?? '';
    if (!quote && own.endsWith(':') && item.test(next)) addPassage(own, true);
    else addPassage(withStop(own));
  }
  flush();
  return { html: html.join('\n'), sections, links: r.links, terms: [...r.linkedTerms] };
}
