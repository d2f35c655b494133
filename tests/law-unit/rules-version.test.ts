/**
 * The rules version means something: it is the hash of the law core's rules and parameters, so it must be
 * regenerated (npm run rules:version) whenever they change, and the law changelog must say what changed
 * for users on that date.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { rulesHash } from '../../scripts/rules-hash';
import { RULES_DATE, RULES_HASH, RULES_VERSION } from '../../src/lib/law/rules-version';
import { assess } from '../../src/lib/law';

describe('rules version', () => {
  it('is the hash of the rules and parameters as they are (run `npm run rules:version` if not)', () => {
    expect(RULES_HASH).toBe(rulesHash());
    expect(RULES_VERSION).toBe(`${RULES_DATE.replaceAll('-', '.')}-${RULES_HASH.slice(0, 8)}`);
  });
  it('is carried by every assessment', () => {
    const a = assess({ date: '2026-01-05', sponsor: { status: 'refugee' }, members: [] });
    expect(a.rulesVersion).toBe(RULES_VERSION);
  });
  it('has an entry in docs/changelog-law.md', () => {
    const changelog = readFileSync(new URL('../../docs/changelog-law.md', import.meta.url), 'utf8');
    const headings = [...changelog.matchAll(/^## (\d{4}\.\d{2}\.\d{2})/gm)].map((m) => m[1]);
    expect(headings, 'a "## YYYY.MM.DD" section for the current rules date').toContain(
      RULES_DATE.replaceAll('-', '.'),
    );
  });
});
