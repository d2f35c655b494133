/**
 * Every code, decree or law the parameter store cites links to its text on Légifrance, or says why it
 * does not yet: a reader can check each figure against the official text.
 */
import { describe, expect, it } from 'vitest';
import { store } from '../../src/lib/law/parameters';
import {
  onLegifrance,
  PUBLISHED_ON_LEGIFRANCE,
  sourceSchema,
} from '../../src/lib/law/parameters/schema';

const sources = Object.entries(store).flatMap(([id, p]) =>
  p.values.flatMap((v) => v.sources.map((s) => ({ id, from: v.from, ...s }))),
);

describe('sources of the parameter store', () => {
  it('link every code, decree and law to Légifrance, or say why not', () => {
    const published = sources.filter((s) => PUBLISHED_ON_LEGIFRANCE.has(s.kind));
    expect(published.length).toBeGreaterThan(30);
    const unlinked = published.filter((s) => !onLegifrance(s.url) && !s.urlPending);
    expect(unlinked).toEqual([]);
  });

  it('give a link or a reason, never both', () => {
    expect(sources.filter((s) => s.url && s.urlPending)).toEqual([]);
  });

  it('name a CESEDA article as a code', () => {
    const misfiled = sources.filter((s) => /^CESEDA /.test(s.ref) && s.kind !== 'code');
    expect(misfiled).toEqual([]);
  });

  it('refuse a code article without a link or a reason, or with a link elsewhere', () => {
    const article = { ref: 'CESEDA L434-2', kind: 'code' };
    expect(sourceSchema.safeParse(article).success).toBe(false);
    expect(sourceSchema.safeParse({ ...article, url: 'https://example.org/L434-2' }).success).toBe(
      false,
    );
    expect(
      sourceSchema.safeParse({
        ...article,
        url: 'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000042776902',
      }).success,
    ).toBe(true);
    expect(
      sourceSchema.safeParse({ ...article, urlPending: 'identifier not checked' }).success,
    ).toBe(true);
    expect(sourceSchema.safeParse({ ref: 'refugies.info', kind: 'secondary' }).success).toBe(true);
  });
});
