/**
 * Text made safe to hand to the document engine, whatever a person typed: lone UTF-16 surrogates
 * become U+FFFD, control characters go (line breaks stay; a tab becomes a space), and bidi embeddings
 * and overrides (U+202A–U+202E), which could make a name display reversed, are dropped. Bidi
 * isolates stay: the messages use them to keep names and numbers in their own direction.
 */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
// eslint-disable-next-line no-control-regex
const DROPPED = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E]/g;

export function clean(text: string): string {
  return text
    .replace(LONE_SURROGATE, '\uFFFD')
    .replace(/\r\n?/g, '\n')
    .replace(/\t/g, ' ')
    .replace(DROPPED, '');
}

/** A value inserted into a sentence keeps its own direction (U+2068 … U+2069). */
export function isolate(text: string): string {
  return `\u2068${text}\u2069`;
}

/** The data as JSON for a template, every string cleaned. */
export function templateData(data: unknown): string {
  return JSON.stringify(data, (_key, value: unknown) =>
    typeof value === 'string' ? clean(value) : value,
  );
}
