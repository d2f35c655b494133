import { describe, expect, it } from 'vitest';
import { queryTerms } from '../../src/lib/search/analyze';
import { askedVotes, buildAsked, type AskedDoc } from '../../src/lib/search/asked';
import { answer, buildIndex, loadIndex, type PassageDoc } from '../../src/lib/search/engine';

const asked: AskedDoc[] = [
  { id: 0, passage: 'children#age', text: 'my son turns 19 next month, is it too late' },
  { id: 1, passage: 'children#age', text: 'daughter 18 and a half can she still come' },
  { id: 2, passage: 'children#adoption', text: 'we took in my nephew after his parents died' },
  { id: 3, passage: 'housing', text: 'flat too small for the kids' },
];

const passage = (page: string, section: string, heading: string, text: string): PassageDoc => ({
  id: `${page}#${section}~0`,
  page,
  section,
  title: '',
  heading,
  text,
  keywords: '',
  french: '',
});
const pages: PassageDoc[] = [
  { ...passage('children', '', '', ''), id: 'children', title: 'Children', keywords: '' },
  passage('children', '', '', 'Which children can come depends on the procedure.'),
  passage(
    'children',
    'age',
    'Age limits',
    'The age counted is the age on the day the visa is applied for.',
  ),
  passage(
    'children',
    'adoption',
    'Adoption and kafala',
    'An adopted child can come; a kafala too.',
  ),
  { ...passage('housing', '', '', ''), id: 'housing', title: 'Housing', keywords: '' },
  passage('housing', '', '', 'The home must be large enough for the family.'),
];

describe('questions people ask', () => {
  it('vote for the passages whose questions come nearest, the votes adding up to 1', () => {
    const index = buildAsked('en', asked);
    const q = 'is my son too late, he turns 19';
    const votes = askedVotes(index, 'en', q, queryTerms('en', q));
    const best = [...votes].sort((a, b) => b[1] - a[1])[0];
    expect(best?.[0]).toBe('children#age');
    expect(best?.[1]).toBeGreaterThan(0.5);
    expect([...votes.values()].reduce((a, b) => a + b, 0)).toBeCloseTo(1);
  });

  it('spread their votes when many passages are asked about the same way', () => {
    const index = buildAsked('en', [
      ...asked,
      { id: 4, passage: 'housing', text: 'my son is 19, is our flat too small' },
    ]);
    const specific = askedVotes(
      index,
      'en',
      'son turns 19 next month',
      queryTerms('en', 'son turns 19 next month'),
    );
    const common = askedVotes(index, 'en', 'son 19', queryTerms('en', 'son 19'));
    expect(common.get('children#age') ?? 0).toBeLessThan(specific.get('children#age') ?? 0);
  });

  it('meet a word as the person typed it', () => {
    const index = buildAsked('ar', [
      { id: 0, passage: 'housing', text: 'bghit njib mrati walakin dar sghira' },
      { id: 1, passage: 'children#age', text: 'wldi 3andu 19 3am' },
    ]);
    const q = 'dar dyali sghira';
    expect([...askedVotes(index, 'ar', q, queryTerms('ar', q)).keys()]).toEqual(['housing']);
  });

  it('bring up the passage they ask about where the guide says it in other words', () => {
    const json = JSON.stringify(buildIndex('en', pages));
    const q = 'we took in my nephew';
    const without = answer(loadIndex('en', json), 'en', q).map((a) => a.url);
    expect(without).not.toContain('/en/guide/children#adoption');
    const withAsked = answer(
      loadIndex('en', json, JSON.stringify(buildAsked('en', asked))),
      'en',
      q,
    );
    expect(withAsked[0]?.url).toBe('/en/guide/children#adoption');
    expect(withAsked[0]?.heading).toBe('Adoption and kafala');
  });

  it('keep at most two answers a page, from different sections', () => {
    const json = JSON.stringify(buildIndex('en', pages));
    const many = JSON.stringify(
      buildAsked('en', [
        ...asked,
        { id: 4, passage: 'children', text: 'which kids child children' },
      ]),
    );
    const answers = answer(
      loadIndex('en', json, many),
      'en',
      'children kids age child adopted',
      10,
    );
    const onChildren = answers.filter((a) => a.id === 'children');
    expect(onChildren.length).toBeLessThanOrEqual(2);
    expect(new Set(onChildren.map((a) => a.section)).size).toBe(onChildren.length);
  });
});
