import { existsSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  buildDossier,
  buildLetter,
  explainFigures,
  LETTER_KINDS,
  type LetterKind,
} from '../../src/lib/dossier';
import { translate } from '../../src/lib/i18n/translate';
import { letterPdf } from '../../src/lib/server/documents/letter';
import { summaryPdf } from '../../src/lib/server/documents/summary';
import { valueAt } from '../../src/lib/law/parameters';
import { example, input, pageWords, pdfPages, pdfText, renderPage } from './helpers';

const today = '2026-09-20';
const refugee = input(
  example('03-refugee-spouse-and-children'),
  { visaApplicationLodged: '2026-03-10', visaRefusalNotified: '2026-09-15' },
  today,
);
const resident = input(
  example('01-regroupement-conditions-met'),
  { fileCompleteAtOfii: '2025-12-01', regroupementRefusalNotified: '2026-08-10' },
  today,
);
const silent = input(
  example('01-regroupement-conditions-met'),
  { fileCompleteAtOfii: '2025-12-01' },
  today,
);

const CASES: Record<LetterKind, { input: typeof refugee; contains: string[] }> = {
  'crrv-appeal': {
    input: refugee,
    contains: [
      'Commission de recours',
      '15 septembre 2026',
      'D312-3',
      'L561-5',
      'statut de réfugié',
      '30 jours',
    ],
  },
  'regroupement-appeal': {
    input: resident,
    contains: ['recours gracieux', '10 août 2026', 'R421-1', 'L411-2', '2 100 €'],
  },
  'implicit-refusal-reasons': { input: silent, contains: ['L232-4', 'R434-26', '1er juin 2026'] },
  'refugee-families-office': {
    input: refugee,
    contains: ['Bureau des familles de réfugiés', 'L561-5', '10 mars 2026'],
  },
  'money-transfer-statement': {
    input: refugee,
    contains: ['ATTESTATION SUR L’HONNEUR', '441-7', 'L561-5'],
  },
  'ofii-cover-letter': {
    input: resident,
    contains: ['11436*05', 'Justificatifs de ressources', 'L434-7'],
  },
};

describe('letters as French PDFs', () => {
  for (const kind of LETTER_KINDS) {
    it(`${kind}: text extracted by pdftotext, placeholders marked, page renders`, async () => {
      const c = CASES[kind];
      const built = buildLetter(kind, { ...c.input, locale: 'fr' });
      expect(built.ok).toBe(true);
      if (!built.ok) return;
      const pdf = await letterPdf(built.letter, today);
      const text = pdfText(pdf, kind).replace(/\s+/g, ' ');
      for (const s of c.contains) expect(text, s).toContain(s);
      expect(text).toContain('[à compléter : ');
      expect(built.letter.placeholders).toBeGreaterThan(0);
      expect(text.match(/\[à compléter : /g)?.length).toBe(built.letter.placeholders);
      expect(built.letter.legalBasis.length).toBeGreaterThan(0);
      const png = renderPage(pdf, kind);
      expect(existsSync(png) && statSync(png).size).toBeGreaterThan(5000);
      const pages = pdfPages(pdf, kind);
      expect(text).toContain(`1/${pages}`);
    });
  }

  const mm = (points: number) => (points * 25.4) / 72;
  for (const kind of LETTER_KINDS.filter((k) => k !== 'money-transfer-statement')) {
    it(`${kind}: the addressee shows in the window of a DL envelope, below the sender`, async () => {
      const built = buildLetter(kind, { ...CASES[kind].input, locale: 'fr' });
      if (!built.ok) throw new Error('letter not built');
      // Notes to the sender, when there are any, come on a sheet of their own before the letter.
      const notes = built.letter.blocks.some((b) => b.style === 'notice');
      const words = pageWords(await letterPdf(built.letter, today), `${kind}-bbox`, notes ? 2 : 1);
      const first = (style: string) => {
        const text = built.letter.blocks.find((b) => b.style === style)!.runs[0]!.text;
        return words.find((w) => w.text === text.split(/\s/)[0])!;
      };
      // Window 45 × 100 mm, 20 mm from the right edge; 50–95 mm from the top of the folded sheet.
      const to = first('recipient');
      expect(mm(to.x)).toBeGreaterThanOrEqual(100);
      expect(mm(to.y)).toBeGreaterThanOrEqual(50);
      expect(mm(to.bottom)).toBeLessThanOrEqual(95);
      const from = first('sender');
      expect(mm(from.x)).toBeLessThan(30);
      expect(from.y).toBeLessThan(to.y);
      // The body starts below the window.
      expect(mm(first('place_date').y)).toBeGreaterThan(95);
    });
  }

  it('the CRRV appeal answers the 30-day deadline', () => {
    const built = buildLetter('crrv-appeal', { ...refugee, locale: 'fr' });
    expect(built.ok && built.letter.deadline).toMatchObject({
      id: 'crrv_appeal',
      date: '2026-10-14',
    });
  });

  it('the regroupement appeal states the months of resources the parameter store gives', () => {
    const built = buildLetter('regroupement-appeal', { ...resident, locale: 'fr' });
    const months = valueAt('regroupement.incomeReferenceMonths', '2025-12-01').value;
    const text = built.ok
      ? built.letter.blocks.flatMap((b) => b.runs.map((r) => r.text)).join(' ')
      : '';
    expect(text).toContain(`moyennes des ${months} mois précédant le dépôt de la demande`);
    expect(text).toContain(`justificatifs de ressources des ${months} mois précédant le dépôt`);
  });

  it('the explanations of the letters state the periods the parameter store gives', () => {
    const silence = valueAt('deadline.implicitVisaRefusal', today).value.amount;
    const court = valueAt('deadline.courtAppeal', today).value.amount;
    expect(explainFigures('crrv-appeal', today)).toEqual({ months: silence });
    expect(
      translate('fr', 'letter.crrv-appeal.explain', explainFigures('crrv-appeal', today)),
    ).toContain(`né du silence du consulat pendant ${silence} mois`);
    const reasons = explainFigures('implicit-refusal-reasons', today);
    expect(reasons).toEqual({ months: court });
    const text = translate('fr', 'letter.implicit-refusal-reasons.explain', reasons);
    expect(text).toContain(`(${court} mois après le refus implicite)`);
    expect(text).toContain(`jusqu’à ${court} mois après sa réponse`);
  });

  it('missing facts give the list of what the letter needs', () => {
    const noRefusal = input(example('03-refugee-spouse-and-children'), {}, today);
    expect(buildLetter('crrv-appeal', { ...noRefusal, locale: 'fr' })).toEqual({
      ok: false,
      errors: [
        { path: 'events.visaRefusalNotified', message: 'the date the visa refusal was notified' },
        {
          path: 'events.visaApplicationLodged',
          message: 'or the date the visa application was lodged (consulate silent since)',
        },
      ],
    });
    const r = buildLetter('ofii-cover-letter', { ...refugee, locale: 'fr' });
    expect(r.ok).toBe(false);
  });

  it('an implicit refusal that has not arisen yet cannot be asked about', () => {
    const early = input(
      example('01-regroupement-conditions-met'),
      { fileCompleteAtOfii: '2026-08-01' },
      today,
    );
    const r = buildLetter('implicit-refusal-reasons', { ...early, locale: 'fr' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0]?.message).toContain('2027-02-01');
  });

  it('the same letter reads in English for the companion page', () => {
    const built = buildLetter('crrv-appeal', { ...refugee, locale: 'en' });
    const text = built.ok
      ? built.letter.blocks.flatMap((b) => b.runs.map((r) => r.text)).join(' ')
      : '';
    expect(text).toContain('[to complete: ');
    expect(text).toContain('September 15, 2026');
  });
});

describe('one-page summary', () => {
  for (const locale of ['fr', 'en'] as const) {
    it(`${locale}: verdicts, articles, rules version and next deadline on one page`, async () => {
      const pdf = await summaryPdf(buildDossier(refugee), locale, today);
      expect(pdfPages(pdf, `summary-${locale}`)).toBe(1);
      const text = pdfText(pdf, `summary-${locale}`).replace(/\s+/g, ' ');
      expect(text).toContain(refugee.assessment.rulesVersion);
      expect(text).toContain('CESEDA L561-2');
      expect(text).toContain(locale === 'fr' ? '14 octobre 2026' : 'October 14, 2026');
      for (const m of refugee.assessment.members) expect(text).toContain(m.id);
      expect(statSync(renderPage(pdf, `summary-${locale}`)).size).toBeGreaterThan(5000);
    });
  }
  it('shows the regroupement thresholds', async () => {
    const pdf = await summaryPdf(buildDossier(resident), 'fr', today);
    const text = pdfText(pdf, 'summary-resident').replace(/\s+/g, ' ');
    const t = resident.assessment.procedures[0]?.thresholds;
    expect(t).toBeDefined();
    expect(text).toContain(`${t!.minimumSurfaceM2} m²`);
  });
});
