/** French "de" and "que" elide before a name that starts with a vowel, in every message at once. */
import { describe, expect, it } from 'vitest';
import { translate } from '../../src/lib/i18n';
import { elide, startsWithVowelSound } from '../../src/lib/i18n/elision';
import { CATALOGS } from '../../src/lib/i18n/catalogs';

const birthDate = (name: string) => translate('fr', 'interview.q.m_birth_date.title', { name });

describe('French elision before a name', () => {
  it('elides before a vowel, accented or not, in any case', () => {
    expect(birthDate('Omid')).toBe('Quelle est la date de naissance d’Omid ?');
    expect(birthDate('Ahmad')).toContain('naissance d’Ahmad');
    expect(birthDate('Élise')).toContain('naissance d’Élise');
    expect(birthDate('Ïssa')).toContain('d’Ïssa');
    expect(birthDate('ali')).toContain('d’ali');
  });

  it('keeps "de" before a consonant, an aspirated h and a y heard as a consonant', () => {
    expect(birthDate('Karim')).toBe('Quelle est la date de naissance de Karim ?');
    expect(birthDate('Hamid')).toContain('naissance de Hamid');
    expect(birthDate('Yasmine')).toContain('naissance de Yasmine');
    expect(birthDate('Yves')).toContain('naissance d’Yves');
  });

  it('elides "que" too, and in the other catalogs', () => {
    expect(translate('fr', 'deadline.age_21.what', { member: 'Omid' })).toContain(
      'qu’Omid est à charge',
    );
    expect(translate('fr', 'deadline.age_21.what', { member: 'Zahra' })).toContain('que Zahra est');
    expect(translate('fr', 'deadline.age_19.title', { age: 19, member: 'Omid' })).toContain(
      '19 ans d’Omid',
    );
  });

  it('looks through isolates and tags at the start of the value, and keeps them', () => {
    expect(elide('de', '\u2068Omid\u2069')).toBe('d’\u2068Omid\u2069');
    expect(elide('de', '<bdi>Omid</bdi>')).toBe('d’<bdi>Omid</bdi>');
    expect(elide('de', '<bdi>Karim</bdi>')).toBe('de <bdi>Karim</bdi>');
    expect(startsWithVowelSound('\u200FÉmile')).toBe(true);
  });

  it('leaves other languages alone', () => {
    expect(translate('en', 'interview.q.m_birth_date.title', { name: 'Omid' })).toContain('Omid');
    for (const locale of ['ar', 'fa', 'ps'] as const) {
      const text = translate(locale, 'interview.q.m_birth_date.title', { name: 'Omid' });
      expect(text).toContain('\u2068Omid\u2069');
      expect(text).not.toContain('d’');
    }
  });

  it('leaves no "de" or "que" before a vowel in any French message with a name', () => {
    let rendered = 0;
    for (const [key, source] of Object.entries(CATALOGS.fr)) {
      if (!/\{(name|member|beneficiary)\}/.test(source)) continue;
      const params = { name: 'Omid', member: 'Omid', beneficiary: 'Omid', relation: 'child' };
      let text: string;
      try {
        text = translate('fr', key, params);
      } catch {
        continue; // a message needing other values: its own tests render it
      }
      expect(text, key).not.toMatch(/\b(de|que) Omid/i);
      rendered += 1;
    }
    expect(rendered).toBeGreaterThan(10);
  });
});

describe('French questions about a member', () => {
  // The relations (spouse, child, parent…) never tell whether the person is a man or a woman, so the
  // questions and reasons about a member use no gendered pronoun or participle.
  const MASCULINE = /(?:^|[\s’'-])(il|lui)\b|\b(né|marié|âgé)\b/;

  it('have no masculine pronoun or participle for a woman named Maryam', () => {
    const keys = Object.keys(CATALOGS.fr).filter(
      (k) => k.startsWith('interview.q.') && /\{name\}/.test(CATALOGS.fr[k]!),
    );
    expect(keys.length).toBeGreaterThan(10);
    for (const key of keys) {
      const text = translate('fr', key, { name: 'Maryam', relation: 'spouse' });
      expect(text, key).not.toMatch(MASCULINE);
    }
    for (const key of ['interview.q.polygamous.hint', 'interview.q.dependent.hint'])
      expect(translate('fr', key), key).not.toMatch(MASCULINE);
    for (const otherParent of ['deceased', 'deprived_of_rights'])
      expect(
        translate('fr', 'reason.polygamy_child_allowed', { otherParent }).split(':')[1],
      ).not.toMatch(MASCULINE);
  });
});

describe('Tigrinya words about a member', () => {
  // "ይኽእል" (he can) alone would make a wife a man: the verdicts are impersonal ("coming is
  // possible") and the spouse's reasons give both forms.
  const heAlone = (text: string) => text.includes('ይኽእል') && !text.includes('ትኽእል');

  it('do not give the spouse the masculine alone', () => {
    const texts = [
      translate('ti', 'ui.result.verdict.eligible'),
      translate('ti', 'ui.result.verdict.not_eligible'),
      translate('ti', 'dossier.summary.verdict', { verdict: 'eligible' }),
      translate('ti', 'dossier.summary.verdict', { verdict: 'not_eligible' }),
      translate('ti', 'reason.eu_spouse'),
      translate('ti', 'reason.accompanying_spouse'),
    ];
    for (const text of texts) {
      expect(text).not.toContain('ክመጽእ ኣይክእልን');
      expect(heAlone(text), text).toBe(false);
    }
  });
});
