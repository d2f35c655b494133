/** The facts about each family member who would come (or is assessed). */
import { fact } from './declare';
import { kinds } from './kinds';
import { ASCENDANT_OF, OTHER_PARENT, PARENTAGES, RELATIONS } from './values';

const L434_2 = 'CESEDA L434-2';
const L434_3 = 'CESEDA L434-3';
const L434_4 = 'CESEDA L434-4';
const L561_2 = 'CESEDA L561-2';
const L200_4 = 'CESEDA L200-4';
const L200_5 = 'CESEDA L200-5';
const DZ = 'Accord franco-algérien du 27 décembre 1968, art. 4';

const PARTNERS = ['spouse', 'civil_partner', 'cohabiting_partner'] as const;
const CHILD = ['child'] as const;
const ASCENDANTS = ['parent', 'grandparent'] as const;

export const MEMBER_FACTS = {
  // No control or bidirectional-override character: an id is printed in terminals and calendars.
  id: fact(
    kinds.text(1, 64, {
      pattern: /^[^\p{Cc}\u202a-\u202e\u2066-\u2069]*$/u,
      message: 'an id cannot hold control characters',
    }),
    {
      required: true,
      example: 'spouse',
      matters: "Always: the caller's own identifier, echoed back.",
      sources: [],
      notAsked: 'the interview names each member by its place in the list',
    },
  ),
  relation: fact(kinds.enumOf(RELATIONS), {
    required: true,
    optionSet: 'relation',
    example: 'spouse',
    matters: 'Always: which family tie the law looks at.',
    sources: [L434_2, L561_2, L200_4],
  }),
  parentage: fact(kinds.enumOf(PARENTAGES), {
    reported: true,
    optionSet: 'parentage',
    relations: CHILD,
    example: 'couple',
    matters:
      'Child only: couple (the sponsor and the partner listed among the members or already in France), sponsor (the sponsor’s child only) or partner (the partner’s child only); ignored when kafala is true.',
    sources: [L434_2, L434_3, L561_2],
  }),
  of: fact(kinds.enumOf(ASCENDANT_OF), {
    reported: true,
    optionSet: 'of',
    relations: ASCENDANTS,
    example: 'sponsor',
    matters: 'Parent, grandparent: whose ascendant (the sponsor’s or the partner’s).',
    sources: [L561_2, L200_4],
  }),
  birthDate: fact(kinds.date(), {
    reported: true,
    example: '1990-06-15',
    matters: 'Age limits: minor spouses, children under 18, 19 or 21.',
    sources: [L434_2, L561_2, L200_4],
  }),
  nationality: fact(kinds.country('expected a two-letter ISO 3166-1 country code'), {
    example: 'MA',
    matters: 'Recorded for the file; no rule depends on it today.',
    sources: [],
    notAsked: 'no rule depends on it',
  }),
  married: fact(kinds.bool(), {
    reported: true,
    relations: ['child', 'sibling'],
    example: false,
    matters: 'Child, sibling: a married child or sibling is not family in the sense of the law.',
    sources: [L561_2],
  }),
  unionDate: fact(kinds.approxDate(), {
    reported: true,
    relations: PARTNERS,
    example: '2015-07-20',
    matters:
      'Spouse, civil partner: date of marriage or partnership; cohabiting partner: start of common life. For protection statuses, compared with the asylum application date. YYYY-MM or YYYY when only the month or the year is known: a rule it leaves undecided is to_verify.',
    sources: [L561_2, L434_2],
  }),
  livesAbroad: fact(kinds.bool(), {
    example: true,
    matters: 'Default true. A member already in France may be admitted on site.',
    sources: ['CESEDA L434-6'],
  }),
  lawfullyInFrance: fact(kinds.bool(), {
    reported: true,
    example: false,
    matters: 'When livesAbroad is false: holds a permit of at least one year.',
    sources: ['CESEDA L434-6'],
  }),
  requested: fact(kinds.bool(), {
    example: true,
    matters: 'Default true; false = deliberately left out of the request (partial reunion).',
    sources: ['CESEDA L434-1'],
    notAsked: 'every member the family lists is part of its request',
  }),
  declaredToOfpra: fact(kinds.bool(), {
    reported: true,
    relations: [...PARTNERS, 'child', 'parent', 'sibling'],
    example: true,
    matters: 'Protection statuses: the member was declared during the asylum procedure.',
    sources: ['CESEDA R561-3', 'CESEDA L561-5'],
  }),
  otherParent: fact(kinds.enumOf(OTHER_PARENT), {
    reported: true,
    optionSet: 'otherParent',
    relations: CHILD,
    example: 'alive',
    matters: 'Child with parentage sponsor or partner: the situation of the other parent.',
    sources: [L434_3, L434_4],
  }),
  custodyJudgment: fact(kinds.bool(), {
    reported: true,
    relations: CHILD,
    example: false,
    matters: 'A foreign court decision entrusts the child to the sponsor or partner.',
    sources: [L434_4],
  }),
  otherParentConsent: fact(kinds.bool(), {
    reported: true,
    relations: CHILD,
    example: false,
    matters: 'The other parent consents to the child coming to France.',
    sources: [L434_4],
  }),
  kafala: fact(kinds.bool(), {
    relations: CHILD,
    example: false,
    matters: 'Child placed with the sponsor or partner by kafala.',
    sources: [L434_2, DZ],
  }),
  kafalaByAlgerianJudge: fact(kinds.bool(), {
    reported: true,
    relations: CHILD,
    example: true,
    description: 'Algerian sponsor: the kafala was ordered by an Algerian judge (not a notary)',
    matters:
      'Kafala child of an Algerian sponsor: only a kafala ordered by an Algerian judge opens regroupement familial under the agreement.',
    sources: [DZ, "Conseil d'État, 1er décembre 2010, n° 328063"],
  }),
  inParentsCare: fact(kinds.bool(), {
    reported: true,
    relations: ['sibling'],
    example: true,
    matters: 'Sibling of a minor protection beneficiary: in the parents’ effective care.',
    sources: [L561_2],
  }),
  polygamousUnion: fact(kinds.bool(), {
    reported: true,
    relations: ['spouse', 'civil_partner', 'child'],
    example: false,
    matters:
      'Spouse of a second union while another spouse lives in France, or a child of that union.',
    sources: ['CESEDA L434-9'],
  }),
  dependent: fact(kinds.bool(), {
    reported: true,
    relations: ['child', 'parent', 'grandparent', 'sibling', 'other_relative'],
    example: false,
    matters: 'EU family: materially dependent on the sponsor or spouse.',
    sources: [L200_4, L200_5],
  }),
  memberOfHousehold: fact(kinds.bool(), {
    reported: true,
    relations: ['sibling', 'other_relative'],
    example: false,
    matters: 'EU family: was part of the citizen’s household in the country of provenance.',
    sources: [L200_5],
  }),
  seriousHealthCare: fact(kinds.bool(), {
    reported: true,
    relations: ['sibling', 'other_relative'],
    example: false,
    matters: 'EU family: needs the citizen’s personal care on serious health grounds.',
    sources: [L200_5],
  }),
} as const;
