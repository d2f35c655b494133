/**
 * A sentence about a condition or a reason receives only what the engine declares: the typed
 * parameters of the reasons (`src/lib/law/reasons.ts`), and, where it states a figure of the parameter
 * store, that figure under the name of its parameter (the last part of its id, as ICU names cannot
 * hold a dot: `regroupement.residenceMonths` → `{residenceMonths}`). A placeholder with any other
 * name, such as a name from before the store, is an argument nobody gives.
 */
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { describe, expect, it } from 'vitest';
import { CATALOGS } from '../../src/lib/i18n/catalogs';
import { paramNames, REASON_CODES, type ReasonCode } from '../../src/lib/law/reasons';
import { store } from '../../src/lib/law/parameters';

function argumentsOf(message: string): Set<string> {
  const out = new Set<string>();
  const walk = (elements: MessageFormatElement[]) => {
    for (const el of elements) {
      if (
        el.type === TYPE.argument ||
        el.type === TYPE.number ||
        el.type === TYPE.date ||
        el.type === TYPE.time
      )
        out.add(el.value);
      else if (el.type === TYPE.select || el.type === TYPE.plural) {
        out.add(el.value);
        for (const option of Object.values(el.options)) walk(option.value);
      } else if (el.type === TYPE.tag) walk(el.children);
    }
  };
  walk(parse(message, { ignoreTag: true }));
  return out;
}

/** The name a sentence gives a figure of the store. */
const placeholderOf = (id: string) => id.split('.').at(-1)!;
const STORE_NAMES = new Map(Object.keys(store).map((id) => [placeholderOf(id), id]));

/** What the text layer adds to every condition sentence (`conditionText`): the reason's code, and
 * whether the Algerian agreement's coefficient is in question. A reason sentence gets its effect. */
const CONDITION_TEXT = ['reason', 'coefficientQuestion'];
const REASON_TEXT = ['effect'];

const CODES = new Set<string>(REASON_CODES);
const ALL_REASON_PARAMS = new Set(REASON_CODES.flatMap((code) => paramNames(code)));

describe('placeholders of the condition and reason sentences', () => {
  it('give each figure of the store one name', () => {
    expect(STORE_NAMES.size).toBe(Object.keys(store).length);
  });

  it('belong to a declared reason, and are its typed parameters or figures of the store', () => {
    const stray: string[] = [];
    for (const [key, message] of Object.entries(CATALOGS.fr)) {
      const reason = /^reason\.(.+)$/.exec(key)?.[1];
      const isCondition = /^condition\.[a-z_]+\.(met|not_met|unknown|to_verify)$/.test(key);
      if (!reason && !isCondition) continue;
      if (reason && !CODES.has(reason)) {
        stray.push(`${key}: no such reason code`);
        continue;
      }
      const allowed = reason
        ? new Set([...paramNames(reason as ReasonCode), ...REASON_TEXT])
        : new Set([...ALL_REASON_PARAMS, ...CONDITION_TEXT]);
      for (const name of argumentsOf(message))
        if (!allowed.has(name) && !STORE_NAMES.has(name)) stray.push(`${key}: {${name}}`);
    }
    expect(stray).toEqual([]);
  });

  it('name the store figures they state after their parameter', () => {
    expect(paramNames('residence_duration')).toContain('residenceMonths');
    expect(STORE_NAMES.get('residenceMonths')).toBe('regroupement.residenceMonths');
    expect(paramNames('parent_beneficiary_now_adult')).toEqual(['minorSponsorWindow']);
    expect(STORE_NAMES.get('minorSponsorWindow')).toBe('deadline.minorSponsorWindow');
    expect(STORE_NAMES.get('exemptionAge')).toBe('regroupement.exemptionAge');
    for (const [code, name] of [
      ['spouse_adult', 'majority'],
      ['child_of_couple_under_19', 'refugeeChildLimit'],
      ['eu_descendant_under_21', 'euDescendantLimit'],
    ] as const) {
      expect(paramNames(code)).toEqual(['age', name]);
      expect(STORE_NAMES.get(name)).toBe(`ages.${name}`);
    }
  });

  it('find a placeholder nobody gives', () => {
    expect(
      argumentsOf('Il faut {surface} m² pour {n, plural, one {# personne} other {{who}}}'),
    ).toEqual(new Set(['surface', 'n', 'who']));
    expect(STORE_NAMES.has('surface')).toBe(false);
    expect(ALL_REASON_PARAMS.has('surface')).toBe(false);
  });
});
