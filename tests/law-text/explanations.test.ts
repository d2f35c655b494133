/**
 * The explanations say the right thing (legal review of December 2026): a dwelling too small does not
 * stop the filing, no thresholds when nobody would come, the visa-application date for a child over 19,
 * the Algerian judge for a kafala, regroupement familial for a child born after the protection, and the
 * missing facts of the other parent named. In French and in English.
 */
import { describe, expect, it } from 'vitest';
import { assess, type Situation } from '$lib/law';
import { describeAssessment } from '$lib/law-text';

const text = (s: Situation, locale: 'fr' | 'en') => describeAssessment(assess(s), locale);
const all = (s: Situation, locale: 'fr' | 'en') => JSON.stringify(text(s, locale));

const resident = {
  status: 'resident',
  nationality: 'TR',
  residenceSince: '2017-05-15',
  permit: { type: 'multi_year', validFrom: '2024-05-15', validUntil: '2028-05-14' },
  income: { monthlyNetAverage: 2200 },
  housing: { zone: 'A', surfaceM2: 40 },
} as const;
const family = [
  { id: 'Amina', relation: 'spouse', birthDate: '1988-03-03' },
  { id: 'Elif', relation: 'child', parentage: 'couple', birthDate: '2014-01-01' },
  { id: 'Can', relation: 'child', parentage: 'couple', birthDate: '2019-01-01' },
] as const;
const refugee = {
  status: 'refugee',
  asylumApplicationDate: '2022-03-01',
  protectionGrantedDate: '2023-01-15',
} as const;

describe('a dwelling too small', () => {
  const s: Situation = { date: '2026-03-10', sponsor: resident, members: [...family] };
  it('says how much is missing, that the family can still file, and what may help', () => {
    const housing = (l: 'fr' | 'en') =>
      text(s, l).procedures[0]!.conditions.find((c) => c.id === 'housing')!.detail!;
    expect(housing('fr')).toContain('Il manque 2 m²');
    expect(housing('fr')).toContain('vous pouvez déposer la demande');
    expect(housing('fr')).toContain('promesse de location');
    expect(housing('fr')).not.toContain('permettrait de déposer');
    expect(housing('en')).toContain('2 m² are missing');
    expect(housing('en')).toContain('you can still apply');
    expect(housing('en')).toContain('promise of a lease');
  });
});

describe('nobody would come', () => {
  const s: Situation = {
    date: '2025-12-01',
    sponsor: resident,
    members: [
      {
        id: 'Omid',
        relation: 'child',
        parentage: 'sponsor',
        otherParent: 'alive',
        custodyJudgment: false,
      },
    ],
  };
  it('shows no thresholds for a family of one person', () => {
    for (const l of ['fr', 'en'] as const) {
      expect(text(s, l).procedures[0]!.thresholds).toBeNull();
      expect(all(s, l)).not.toMatch(
        /famille de 1 personne|family of 1 person|pour 1 personne|for 1 person/,
      );
    }
    expect(all(s, 'fr')).toContain('les seuils de ressources et de logement ne sont pas calculés');
  });
});

describe('réunification familiale', () => {
  it('tells that the date of the visa application counts for a child over 19', () => {
    const s: Situation = {
      date: '2026-03-10',
      sponsor: refugee,
      members: [
        {
          id: 'Omar',
          relation: 'child',
          parentage: 'couple',
          birthDate: '2006-12-01',
          married: false,
          declaredToOfpra: true,
        },
      ],
    };
    expect(assess(s).members[0]!.verdict).toBe('not_eligible');
    expect(all(s, 'fr')).toContain(
      'sauf si sa demande de visa a été déposée au plus tard le 1er décembre 2025',
    );
    expect(all(s, 'en')).toMatch(
      /unless the visa application was lodged on or before (December 1, 2025|1 December 2025)/,
    );
  });
  it('names regroupement familial for a child born after the protection', () => {
    const s: Situation = {
      date: '2026-03-10',
      sponsor: refugee,
      members: [
        {
          id: 'Baby',
          relation: 'child',
          parentage: 'couple',
          birthDate: '2024-06-01',
          married: false,
          declaredToOfpra: true,
        },
      ],
    };
    expect(assess(s).members[0]!.verdict).toBe('to_verify');
    expect(all(s, 'fr')).toContain('Le regroupement familial peut être l’autre voie');
    expect(all(s, 'en')).toContain('Regroupement familial may be the other route');
  });
  it('speaks of a child without assuming a boy', () => {
    const s: Situation = {
      date: '2026-03-10',
      sponsor: refugee,
      members: [
        {
          id: 'Lina',
          relation: 'child',
          parentage: 'couple',
          birthDate: '2008-01-01',
          married: false,
          declaredToOfpra: true,
        },
      ],
    };
    const reasons = text(s, 'fr')
      .members[0]!.reasons.map((r) => r.text)
      .join(' ');
    expect(reasons).toContain('cet enfant peut venir');
    expect(reasons).not.toMatch(/\bil peut\b/);
  });
});

describe('missing facts of someone else', () => {
  it('asks whether an Algerian judge ordered the kafala', () => {
    const s: Situation = {
      date: '2026-03-10',
      sponsor: { ...resident, nationality: 'DZ', housing: { zone: 'A', surfaceM2: 60 } },
      members: [{ id: 'Yanis', relation: 'child', kafala: true, birthDate: '2016-05-05' }],
    };
    expect(text(s, 'fr').missing.map((m) => m.text)).toContain(
      'Yanis : si la kafala a été prononcée par un juge algérien',
    );
    expect(text(s, 'en').missing.map((m) => m.text)).toContain(
      'Yanis: whether the kafala was ordered by an Algerian judge',
    );
  });
  it('names the other parent of a partner’s child and the parent a sibling comes with', () => {
    const partnerChild: Situation = {
      date: '2026-03-10',
      sponsor: resident,
      members: [
        {
          id: 'Sara',
          relation: 'child',
          parentage: 'partner',
          birthDate: '2015-01-01',
          otherParent: 'deceased',
        },
      ],
    };
    expect(assess(partnerChild).missing).toContainEqual({ fact: 'partner', memberId: 'Sara' });
    expect(all(partnerChild, 'fr')).toContain('l’autre parent de l’enfant');
    const sibling: Situation = {
      date: '2024-09-27',
      sponsor: {
        status: 'stateless',
        birthDate: '2007-07-18',
        married: false,
        asylumApplicationDate: '2022-06-16',
      },
      members: [
        { id: 'Mother', relation: 'parent' },
        {
          id: 'Idris',
          relation: 'sibling',
          birthDate: '2010-12-12',
          married: false,
          inParentsCare: true,
          declaredToOfpra: true,
        },
      ],
    };
    const a = assess(sibling);
    expect(a.members[1]!.verdict).toBe('to_verify');
    expect(a.missing).toContainEqual({ fact: 'of', memberId: 'Mother' });
    expect(a.missing).toContainEqual({ fact: 'declaredToOfpra', memberId: 'Mother' });
  });
});

describe('the elderly sponsor exempt from resources for the spouse', () => {
  const s: Situation = {
    date: '2026-03-10',
    sponsor: {
      ...resident,
      birthDate: '1955-02-01',
      residenceSince: '1995-01-01',
      income: { monthlyNetAverage: 900 },
    },
    members: [
      { id: 'Amina', relation: 'spouse', birthDate: '1960-03-03', unionDate: '1990-06-01' },
    ],
  };
  it('states the age, residence and marriage figures of the parameter store', () => {
    const rule = (l: 'fr' | 'en') =>
      text(s, l).procedures[0]!.conditions.find((c) => c.id === 'resources')!.rule!;
    expect(rule('fr')).toContain(
      'plus de 65 ans, avec 25 ans de séjour en France et 10 ans de mariage',
    );
    expect(rule('en')).toContain('over 65, with 25 years in France and 10 years of marriage');
  });
});

describe('the age limits and the window of a beneficiary who came of age', () => {
  it('states the majority of the parameter store for a child of the couple', () => {
    const s: Situation = { date: '2026-03-10', sponsor: resident, members: [...family] };
    expect(all(s, 'fr')).toContain('moins de 18 ans, cet enfant peut venir');
    expect(all(s, 'en')).toContain('under 18, the child can come');
  });
  it('states the months of deadline.minorSponsorWindow to the parents', () => {
    const s: Situation = {
      date: '2026-03-10',
      sponsor: {
        status: 'refugee',
        nationality: 'SY',
        birthDate: '2007-05-01',
        residenceSince: '2024-06-01',
        asylumApplicationDate: '2024-06-01',
        protectionGrantedDate: '2025-01-10',
        permit: { type: 'resident', validFrom: '2025-02-01', validUntil: '2035-01-31' },
        married: false,
      },
      members: [{ id: 'Mother', relation: 'parent', of: 'sponsor', birthDate: '1980-01-01' }],
    };
    const reason = assess(s).members[0]!.reasons.find(
      (r) => r.code === 'parent_beneficiary_now_adult',
    );
    expect(reason?.params).toEqual({ minorSponsorWindow: 3 });
    expect(all(s, 'fr')).toContain('si possible dans les 3 mois qui suivent votre protection');
  });
});
