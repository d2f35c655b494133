/**
 * Making a fallback visible: a sentence shown in English or French on a page in another language is
 * marked with its own language (so that screen readers pronounce it right and the page's direction
 * does not reorder it), and the page says that some sentences are not translated yet.
 */
import { direction, type Fallback, type Locale } from '$lib/i18n';

/** Where the layout leaves room for the note (replaced, or removed when nothing fell back). */
export const FALLBACK_SLOT = /<div data-fallback-note(?:="")? hidden(?:="")?><\/div>/;

/** Text escaped the way the page's text is: the sentence as it appears in the HTML. */
const escapeText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** Elements whose content is not HTML (or cannot hold a span). */
const RAW = new Set(['title', 'script', 'style', 'textarea', 'option']);

/**
 * Wraps each fallback sentence found in the text between tags in `<span lang dir>`. Text inside
 * attributes, <title>, <option> and the like is left as it is (the note still tells the person).
 */
export function markFallbacks(html: string, fallbacks: readonly Fallback[]): string {
  const wanted = fallbacks
    .filter((f) => f.text.trim().length >= 2)
    .map((f) => ({ html: escapeText(f.text), locale: f.locale }))
    .sort((a, b) => b.html.length - a.html.length);
  if (!wanted.length) return html;
  let out = '';
  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    const end = lt === -1 ? html.length : lt;
    out += wrapText(html.slice(i, end), wanted);
    if (lt === -1) break;
    const gt = tagEnd(html, lt);
    const tag = html.slice(lt, gt);
    out += tag;
    i = gt;
    const name = /^<([a-z]+)/i.exec(tag)?.[1]?.toLowerCase();
    if (name && RAW.has(name)) {
      const close = html.toLowerCase().indexOf(`</${name}`, i);
      const stop = close === -1 ? html.length : close;
      out += html.slice(i, stop);
      i = stop;
    }
  }
  return out;
}

/** The position after a tag's `>`, quoted attribute values skipped. */
function tagEnd(html: string, start: number): number {
  let quote: string | undefined;
  for (let j = start + 1; j < html.length; j++) {
    const c = html[j];
    if (quote) {
      if (c === quote) quote = undefined;
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '>') return j + 1;
  }
  return html.length;
}

function wrapText(text: string, wanted: { html: string; locale: Locale }[]): string {
  if (!text.trim()) return text;
  for (const w of wanted) {
    const at = text.indexOf(w.html);
    if (at !== -1) {
      return (
        wrapText(text.slice(0, at), wanted) +
        `<span lang="${w.locale}" dir="${direction(w.locale)}">${w.html}</span>` +
        wrapText(text.slice(at + w.html.length), wanted)
      );
    }
  }
  return text;
}
