/** The workspace pages' own rules: where sign-in goes back to, the form token, a case's identity. */
import type { Cookies } from '@sveltejs/kit';
import { describe, expect, it } from 'vitest';
import { checkCsrf, csrfToken, identityOf, safeNext } from '../../src/lib/server/workspace-pages';

const cookies = (token?: string) =>
  ({ get: (name: string) => (name === 'reunir_session' ? token : undefined) }) as Cookies;
const form = (csrf: string) => {
  const f = new FormData();
  f.set('csrf', csrf);
  return f;
};

describe('workspace pages', () => {
  it('go back after sign-in only to a workspace path of this site', () => {
    expect(safeNext('fr', '/fr/cases/board?worker=abc')).toBe('/fr/cases/board?worker=abc');
    expect(safeNext('fr', '/en/cases/3f2a')).toBe('/en/cases/3f2a');
    for (const bad of [
      '//evil.example/fr/cases',
      'https://evil.example',
      '/fr/simulator',
      '/fr/cases/../x?a=<b>',
      null,
    ])
      expect(safeNext('fr', bad)).toBe('/fr/cases');
  });

  it('accept a form only with the token of its own session', () => {
    const mine = csrfToken(cookies('session-one'));
    expect(mine).not.toBe(csrfToken(cookies('session-two')));
    expect(() => checkCsrf(form(mine), cookies('session-one'))).not.toThrow();
    for (const sent of ['', 'forged', csrfToken(cookies('session-two'))])
      expect(() => checkCsrf(form(sent), cookies('session-one'))).toThrow();
  });

  it('give letters the sponsor’s name and address and the members’ names', () => {
    expect(
      identityOf({ sponsor: { name: 'Amal K.', address: '1 rue X' }, names: { m1: 'زينب' } }),
    ).toEqual({
      sponsor: { fullName: 'Amal K.', address: '1 rue X' },
      members: { m1: { fullName: 'زينب' } },
    });
  });
});
