/** The facts about the sponsor, the person living in France who wants to be joined. */
import { fact, group } from './declare';
import { kinds } from './kinds';
import { ALLOWANCES, EU_RESIDENCE_BASES, PERMIT_TYPES, SPONSOR_STATUSES, ZONES } from './values';

const L434_2 = 'CESEDA L434-2';
const L434_7 = 'CESEDA L434-7';
const L434_8 = 'CESEDA L434-8';
const L561_2 = 'CESEDA L561-2';
const L233_1 = 'CESEDA L233-1';
const DZ = 'Accord franco-algérien du 27 décembre 1968, art. 4';

export const SPONSOR_FACTS = {
  status: fact(kinds.enumOf(SPONSOR_STATUSES), {
    required: true,
    optionSet: 'status',
    example: 'resident',
    matters:
      'Always: it chooses the procedure (resident = non-EU national with a French permit or receipt).',
    sources: ['CESEDA L434-1', L561_2, 'CESEDA L200-4', 'CESEDA L423-1'],
  }),
  nationality: fact(
    kinds.country('expected a two-letter ISO 3166-1 country code, such as MA or DZ'),
    {
      example: 'MA',
      matters:
        'ISO 3166-1 alpha-2. DZ matters for a resident (Franco-Algerian agreement); EU/EEA/CH matter.',
      sources: [DZ],
    },
  ),
  birthDate: fact(kinds.date(), {
    reported: true,
    example: '1985-03-10',
    matters:
      'A protection beneficiary who was a minor when applying for asylum can be joined by parents; a resident aged 65 or more may be exempt from the resources condition.',
    sources: [L561_2, L434_8],
  }),
  residenceSince: fact(kinds.date(), {
    reported: true,
    example: '2019-09-01',
    matters:
      'Regroupement familial: start of lawful residence in France (asylum-seeker attestation time counts).',
    sources: [L434_2, 'CESEDA R434-2', DZ],
  }),
  asylumApplicationDate: fact(kinds.approxDate(), {
    reported: true,
    example: '2022-03-01',
    matters:
      'Protection statuses: a union before this date opens réunification familiale. YYYY-MM or YYYY when only the month or the year is known.',
    sources: [L561_2],
  }),
  protectionGrantedDate: fact(kinds.approxDate(), {
    reported: true,
    example: '2023-01-15',
    matters:
      'Protection statuses: the parents of a beneficiary who was a minor on this date. YYYY-MM or YYYY when only the month or the year is known.',
    sources: [L561_2],
  }),
  permit: group('The permit held on `date`.', {
    type: fact(kinds.enumOf(PERMIT_TYPES), {
      required: true,
      reported: true,
      optionSet: 'permit',
      example: 'resident',
      matters:
        'Resident: whether the permit qualifies for regroupement familial, or opens famille accompagnante (talent, ict, algerian_scientist).',
      sources: ['CESEDA R434-1', 'service-public.fr F35308 (famille accompagnante)'],
    }),
    validFrom: fact(kinds.date(), {
      reported: true,
      example: '2021-09-01',
      matters: 'Regroupement familial: the permit must be valid for at least one year.',
      sources: ['CESEDA R434-1'],
    }),
    validUntil: fact(kinds.date(), {
      reported: true,
      example: '2031-08-31',
      matters: 'Regroupement familial: the permit must be valid for at least one year.',
      sources: ['CESEDA R434-1'],
    }),
  }),
  income: group(
    'Average monthly resources over the 12 months before `date`, excluding RSA, family benefits, ASPA, ATA, ASS and AER.',
    {
      monthlyNetAverage: fact(kinds.money(), {
        reported: true,
        example: 1900,
        matters: 'Regroupement familial: compared with the SMIC-based reference.',
        sources: [L434_7, 'CESEDA R434-4'],
      }),
      monthlyGrossAverage: fact(kinds.money(), {
        example: 2400,
        matters: 'Optional: shown beside the net amount.',
        sources: ['CESEDA R434-4'],
      }),
      spouseMonthlyNetAverage: fact(kinds.money(), {
        example: 500,
        matters: "Optional: the spouse's resources that will continue after arrival.",
        sources: ['CESEDA R434-4'],
      }),
    },
  ),
  allowances: fact(kinds.enumListOf(ALLOWANCES), {
    optionSet: 'allowance',
    example: ['aah'],
    matters: 'Benefits received: AAH or ASI exempt from the resources condition.',
    sources: [L434_8],
  }),
  housing: group('The dwelling the family will live in.', {
    zone: fact(kinds.enumOf(ZONES), {
      reported: true,
      optionSet: 'zone',
      example: 'B1',
      matters: 'Regroupement familial: the zonage A/B/C of the commune sets the minimum surface.',
      sources: [L434_7, 'CESEDA R434-5'],
    }),
    surfaceM2: fact(kinds.positive(10_000, 'a surface must be more than 0'), {
      reported: true,
      example: 40,
      matters: 'Regroupement familial: compared with the minimum surface for the household.',
      sources: [L434_7, 'CESEDA R434-5'],
    }),
    occupants: fact(kinds.integer(1, 50), {
      example: 3,
      matters:
        'Optional: everyone who will live there after arrival; derived from the family when absent.',
      sources: ['CESEDA R434-5'],
    }),
  }),
  minorChildrenInFrance: fact(kinds.integer(0, 30), {
    example: 1,
    matters:
      'Minor children of the sponsor or spouse already living in France (family size for resources and housing).',
    sources: ['CESEDA R434-4', 'CESEDA R434-5'],
  }),
  spouseInFrance: fact(kinds.bool(), {
    example: false,
    matters: 'A spouse already lives with the sponsor in France (polygamy rule, family size).',
    sources: ['CESEDA L434-9'],
  }),
  parentsInFrance: fact(kinds.bool(), {
    example: false,
    matters: 'Minor protection beneficiary: both parents already live in France.',
    sources: [L561_2],
  }),
  married: fact(kinds.bool(), {
    reported: true,
    example: false,
    matters: 'Protection statuses: the sponsor was married on the asylum application date.',
    sources: [L561_2],
  }),
  euResidenceBasis: fact(kinds.enumOf(EU_RESIDENCE_BASES), {
    reported: true,
    optionSet: 'euBasis',
    example: 'worker',
    matters: "EU citizen: the ground of the citizen's right of residence.",
    sources: [L233_1],
  }),
  healthInsurance: fact(kinds.bool(), {
    reported: true,
    example: true,
    matters: 'EU citizen inactive or student: comprehensive sickness insurance.',
    sources: [L233_1],
  }),
  sufficientResources: fact(kinds.bool(), {
    reported: true,
    example: true,
    matters: 'EU citizen inactive or student: sufficient resources for the family.',
    sources: [L233_1],
  }),
} as const;
