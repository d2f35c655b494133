/** Values kept whole in right-to-left sentences; fallbacks reported and marked, never a key. */
import { afterEach, describe, expect, it } from 'vitest';
import { type Fallback, onFallback, translate } from '../../src/lib/i18n';
import { CATALOGS } from '../../src/lib/i18n/catalogs';
import { markFallbacks } from '../../src/lib/web/fallback';

afterEach(() => onFallback(undefined));

describe('values inserted into sentences', () => {
  it('are isolated in right-to-left languages', () => {
    const text = translate('ar', 'interview.answer.labelled', {
      label: 'X',
      value: 'CESEDA L434-2',
    });
    expect(text).toContain('\u2068CESEDA L434-2\u2069');
    expect(translate('fr', 'interview.answer.labelled', { label: 'A', value: 'B' })).toBe('A : B');
  });

  it('that choose a branch are not touched', () => {
    // {relation, select, spouse {…}}: an isolated value would match no branch.
    const spouse = translate('ar', 'interview.q.union_date.title', { relation: 'spouse' });
    const other = translate('ar', 'interview.q.union_date.title', { relation: 'other' });
    expect(spouse).not.toBe(other);
  });
});

describe('fallbacks', () => {
  it('are reported with the language that answered', () => {
    const seen: Fallback[] = [];
    onFallback((f) => seen.push(f));
    const key = Object.keys(CATALOGS.fr).find((k) => k.startsWith('ui.'))!;
    translate('ar', key);
    expect(seen).toEqual([]);
    // A key only French has (as while a new message waits for its translations).
    CATALOGS.fr['ui.test.onlyFrench'] = 'Seulement en français';
    try {
      expect(translate('ar', 'ui.test.onlyFrench')).toBe('Seulement en français');
    } finally {
      delete CATALOGS.fr['ui.test.onlyFrench'];
    }
    expect(seen).toEqual([
      { key: 'ui.test.onlyFrench', wanted: 'ar', locale: 'fr', text: 'Seulement en français' },
    ]);
  });

  it('are marked with their language in the page text, not inside tags or the title', () => {
    const fallback: Fallback = { key: 'k', wanted: 'ar', locale: 'en', text: 'Search & find' };
    const html =
      '<title>Search &amp; find</title><label title="Search &amp; find">Search &amp; find</label>' +
      '<p>نص Search &amp; find</p>';
    expect(markFallbacks(html, [fallback])).toBe(
      '<title>Search &amp; find</title><label title="Search &amp; find">' +
        '<span lang="en" dir="ltr">Search &amp; find</span></label>' +
        '<p>نص <span lang="en" dir="ltr">Search &amp; find</span></p>',
    );
  });

  it('leave a page without fallbacks as it is', () => {
    expect(markFallbacks('<p>x</p>', [])).toBe('<p>x</p>');
  });
});
