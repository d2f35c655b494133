/**
 * A letter never claims its time limit is met after the last day: for each kind that relies on one,
 * the same family on time and late. On time, the letter says so; late, it says the limit has passed
 * ("dépassé"), drops the claim and gives what remains.
 */
import { describe, expect, it } from 'vitest';
import { buildLetter, type Letter, type LetterKind } from '../../src/lib/dossier';
import { letterPdf } from '../../src/lib/server/documents/letter';
import { example, input, pdfText } from './helpers';

const text = (l: Letter) => l.blocks.flatMap((b) => b.runs.map((r) => r.text)).join(' ');
const notices = (l: Letter) =>
  l.blocks
    .filter((b) => b.style === 'notice')
    .flatMap((b) => b.runs.map((r) => r.text))
    .join(' ');

function letter(kind: LetterKind, name: string, events: unknown, today: string): Letter {
  const built = buildLetter(kind, { ...input(example(name), events, today), locale: 'fr' });
  if (!built.ok) throw new Error(JSON.stringify(built.errors));
  return built.letter;
}

interface Case {
  kind: LetterKind;
  example: string;
  events: unknown;
  /** The last day of the time limit; on time = that day, late = the day after. */
  last: string;
  late: string;
  claim: string;
  remains: string;
}

const CASES: Record<string, Case> = {
  'crrv-appeal, express refusal': {
    kind: 'crrv-appeal',
    example: '03-refugee-spouse-and-children',
    events: { visaApplicationLodged: '2026-01-10', visaRefusalNotified: '2026-03-02' },
    last: '2026-03-31',
    late: '2026-04-01',
    claim: 'Ce recours est formé dans le délai de 30 jours suivant la notification du refus',
    remains: 'une nouvelle demande de visa est toujours possible',
  },
  'crrv-appeal, implicit refusal after the consulate’s silence': {
    kind: 'crrv-appeal',
    example: '03-refugee-spouse-and-children',
    events: { visaApplicationLodged: '2025-12-31' },
    last: '2026-03-29',
    late: '2026-03-30',
    claim:
      'Ce recours est formé dans le délai de 30 jours suivant la naissance de la décision implicite',
    remains: 'l’âge des enfants sera alors apprécié à la date de cette nouvelle demande',
  },
  'regroupement-appeal': {
    kind: 'regroupement-appeal',
    example: '01-regroupement-conditions-met',
    events: { fileCompleteAtOfii: '2025-08-31', regroupementRefusalNotified: '2025-12-31' },
    last: '2026-02-28',
    late: '2026-03-01',
    claim: 'Ce recours est formé dans le délai de recours contentieux',
    remains: 'n’interrompt pas le délai du tribunal',
  },
  'implicit-refusal-reasons, prefect': {
    kind: 'implicit-refusal-reasons',
    example: '01-regroupement-conditions-met',
    events: { fileCompleteAtOfii: '2025-08-31' },
    last: '2026-04-28',
    late: '2026-04-29',
    claim: 'La présente demande est formée dans le délai de recours contentieux',
    remains: 'ne prolonge pas le délai du tribunal',
  },
  'implicit-refusal-reasons, CRRV': {
    kind: 'implicit-refusal-reasons',
    example: '03-refugee-spouse-and-children',
    events: {
      visaApplicationLodged: '2025-10-01',
      visaRefusalNotified: '2025-12-01',
      crrvAppealLodged: '2025-12-20',
    },
    last: '2026-04-20',
    late: '2026-04-21',
    claim: 'La présente demande est formée dans le délai de recours contentieux',
    remains: 'tribunal administratif de Nantes',
  },
};

describe('letters check their time limit', () => {
  for (const [name, c] of Object.entries(CASES)) {
    it(`${name}: on the last day, the letter says it is in time`, () => {
      const l = letter(c.kind, c.example, c.events, c.last);
      expect(l.timeliness).toMatchObject({ status: 'on_time', deadline: { date: c.last } });
      expect(text(l)).toContain(c.claim);
      expect(text(l)).not.toMatch(/dépassé|expiré/);
    });
    it(`${name}: the day after, it says the limit has passed and what remains`, () => {
      const l = letter(c.kind, c.example, c.events, c.late);
      expect(l.timeliness).toMatchObject({ status: 'late', deadline: { date: c.last } });
      expect(text(l)).not.toContain(c.claim);
      expect(text(l)).not.toMatch(/formée? dans le délai/);
      expect(notices(l)).toContain('le délai est dépassé');
      expect(notices(l)).toContain(c.remains);
    });
  }

  it('a late letter prints the warning in the PDF', async () => {
    const c = CASES['crrv-appeal, express refusal']!;
    const l = letter(c.kind, c.example, c.events, c.late);
    const pdf = pdfText(await letterPdf(l, c.late), 'late-crrv').replace(/\s+/g, ' ');
    expect(pdf).toContain('le délai est dépassé');
    expect(pdf).toContain('31 mars 2026');
    expect(pdf).not.toContain('formé dans le délai');
  });

  it('a second recours gracieux does not claim to be in time', () => {
    const l = letter(
      'regroupement-appeal',
      '01-regroupement-conditions-met',
      {
        fileCompleteAtOfii: '2025-08-31',
        regroupementRefusalNotified: '2025-12-31',
        regroupementAppealLodged: '2026-01-20',
      },
      '2026-02-01',
    );
    expect(l.timeliness?.status).toBe('unknown');
    expect(text(l)).not.toMatch(/formée? dans le délai/);
  });

  it('an implicit visa refusal that has not arisen yet cannot be appealed', () => {
    const r = buildLetter('crrv-appeal', {
      ...input(
        example('03-refugee-spouse-and-children'),
        { visaApplicationLodged: '2026-01-31' },
        '2026-03-01',
      ),
      locale: 'fr',
    });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0]?.message).toContain('2026-03-31');
  });

  it('letters without a time limit never claim one', () => {
    for (const kind of ['refugee-families-office', 'money-transfer-statement'] as const) {
      const l = letter(kind, '03-refugee-spouse-and-children', {}, '2026-03-01');
      expect(l.timeliness).toBeUndefined();
      expect(text(l)).not.toMatch(/dans le délai/);
    }
  });
});

describe('letter content a lawyer would sign', () => {
  const crrv = letter(
    'crrv-appeal',
    '03-refugee-spouse-and-children',
    { visaApplicationLodged: '2026-01-10', visaRefusalNotified: '2026-03-02' },
    '2026-03-10',
  );
  it('the CRRV appeal asks for the visas, invokes art. 47 and the OFPRA, acts with a mandate', () => {
    const t = text(crrv);
    expect(t).toContain(
      'recommander au ministre de l’intérieur la délivrance des visas sollicités',
    );
    expect(t).toContain('article 47 du code civil');
    expect(t).toContain('R561-3');
    expect(t).toContain('mandat');
    expect(t).toContain('autre personne visée par le refus');
    for (const e of ['attestations de dépôt', 'preuve de la date de notification', 'mandat signé'])
      expect(t).toContain(e);
  });
  it('keeps notes out of the address block', () => {
    const recipient = crrv.blocks.find((b) => b.style === 'recipient');
    expect(recipient?.runs.map((r) => r.text).join('')).not.toMatch(/vérifiez|\(/);
    expect(notices(crrv)).toContain('vérifiez l’adresse');
  });
  it('the OFII cover letter lists the judgment and consent of a child, member by member', () => {
    const s = example('01-regroupement-conditions-met') as {
      members: Record<string, unknown>[];
    };
    const situation = {
      ...s,
      members: [
        ...s.members,
        {
          id: 'sami',
          relation: 'child',
          parentage: 'sponsor',
          otherParent: 'alive',
          custodyJudgment: true,
          otherParentConsent: true,
          birthDate: '2015-01-01',
        },
      ],
    };
    const built = buildLetter('ofii-cover-letter', {
      ...input(situation, {}, '2026-03-10'),
      locale: 'fr',
    });
    expect(built.ok).toBe(true);
    if (!built.ok) return;
    const t = text(built.letter);
    expect(t).toContain('Jugement confiant l’enfant');
    expect(t).toContain('Autorisation de l’autre parent');
    expect(t).toContain('Lettre recommandée avec accusé de réception');
  });
  it('the recours gracieux states resources before filing and addresses the prefect in the closing', () => {
    const l = letter(
      'regroupement-appeal',
      '01-regroupement-conditions-met',
      { fileCompleteAtOfii: '2025-08-31', regroupementRefusalNotified: '2025-12-31' },
      '2026-01-10',
    );
    const t = text(l);
    expect(t).toContain('des 12 mois précédant le dépôt de la demande (le 31 août 2025)');
    expect(t).toContain('Madame la Préfète, Monsieur le Préfet, l’expression');
    expect(t).toContain('pouvoir d’appréciation');
  });
  it('the letter to the refugee families office has the address of the seed and the enclosures', () => {
    const t = text(
      letter('refugee-families-office', '03-refugee-spouse-and-children', {}, '2026-03-01'),
    );
    expect(t).toContain('11 rue de la Maison Blanche');
    expect(t).toContain('attestation de prolongation d’instruction');
  });
});
