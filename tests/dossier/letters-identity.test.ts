/**
 * Letters of a case kept by an association carry the real names and the sponsor's address, shown as
 * typed: characters that mean something to Typst or to a markup language stay text, an Arabic name
 * keeps its letters, and a letter made without them is the anonymous letter, unchanged.
 */
import { describe, expect, it } from 'vitest';
import { buildLetter, type Identity, type Letter } from '../../src/lib/dossier';
import { letterPdf } from '../../src/lib/server/documents/letter';
import { example, input, pdfText } from './helpers';

const today = '2026-09-20';
const refugee = input(
  example('03-refugee-spouse-and-children'),
  { visaApplicationLodged: '2026-03-10', visaRefusalNotified: '2026-09-15' },
  today,
);
const resident = input(
  example('01-regroupement-conditions-met'),
  { fileCompleteAtOfii: '2025-12-01' },
  today,
);

/** Typst markup, code, maths, labels, references, escapes and HTML in one name. */
const MARKUP = '#set text(red) *Jean* _de_ $x^2$ <b>@ref</b> [x] \\ `code` = Ḿartin';
const ARABIC = 'زينب الأحمد';
const identity: Identity = {
  sponsor: { fullName: MARKUP, address: '12 rue de la Paix\n75002 Paris' },
  members: {
    spouse: { fullName: ARABIC },
    rami: { fullName: 'Rami Al-Hassan' },
  },
};

const text = (letter: Letter) =>
  letter.blocks.map((b) => b.runs.map((r) => r.text).join('')).join('\n');
/** What a reader sees in the PDF, without the direction marks pdftotext adds. */
const visible = (pdf: Uint8Array, name: string) =>
  pdfText(pdf, name)
    .replace(/[\u2066-\u2069\u202a-\u202e\u200e\u200f]/g, '')
    .replace(/\s+/g, ' ');

function letter(kind: Parameters<typeof buildLetter>[0], base = refugee, id?: Identity): Letter {
  const built = buildLetter(kind, { ...base, locale: 'fr', ...(id ? { identity: id } : {}) });
  if (!built.ok) throw new Error(JSON.stringify(built.errors));
  return built.letter;
}

describe('letters with real names', () => {
  it('the CRRV appeal names the sender, their address and the members; the rest stays to fill', async () => {
    const named = letter('crrv-appeal', refugee, identity);
    const words = text(named);
    expect(words).toContain(`\u2068${MARKUP}\u2069`);
    expect(words).toContain('\u206812 rue de la Paix\u2069\n\u206875002 Paris\u2069');
    expect(words).toContain(`\u2068${ARABIC}\u2069`);
    expect(words).not.toContain('vos nom et prénom');
    expect(words).not.toContain('votre adresse postale');
    // lina has no full name in the case: her placeholder stays
    expect(words).toContain('[à compléter : nom et prénom (\u2068lina\u2069)]');
    expect(named.placeholders).toBeLessThan(letter('crrv-appeal').placeholders);

    const pdf = visible(await letterPdf(named, today), 'identity-crrv');
    // the long name wraps in the sender block: compared without the line breaks
    expect(pdf.replace(/\s/g, '')).toContain(MARKUP.replace(/\s/g, ''));
    expect(pdf).toContain(ARABIC);
    expect(pdf).toContain('Rami Al-Hassan');
    expect(pdf).toContain('12 rue de la Paix 75002 Paris');
    expect(pdf).toContain('nom et prénom (lina)');
  });

  it('a birth date the situation lacks comes from the case', () => {
    const bare = structuredClone(refugee);
    const spouse = bare.situation.members.find((m) => m.id === 'spouse')!;
    delete (spouse as { birthDate?: string }).birthDate;
    const withBirth = letter('crrv-appeal', bare, {
      members: { spouse: { fullName: ARABIC, birthDate: '1990-04-02' } },
    });
    expect(text(withBirth)).toMatch(
      /زينب الأحمد\u2069 \(conjoint ou conjointe\), né\(e\) le 2 avril 1990/,
    );
  });

  it('the OFII cover letter and the money-transfer statement take the names too', () => {
    const members = Object.fromEntries(
      resident.situation.members.map((m, i) => [m.id, { fullName: `Membre ${i} Réel` }]),
    );
    const cover = text(letter('ofii-cover-letter', resident, { members }));
    expect(cover).toContain('pour \u2068Membre 0 Réel\u2069');
    const statement = text(letter('money-transfer-statement', refugee, identity));
    expect(statement).toContain(`envoyés par \u2068${MARKUP}\u2069`);
    // the person who attests is not the sponsor: still to fill
    expect(statement).toContain('[à compléter : nom et prénom de la personne qui atteste]');
  });

  it('without a case, or with empty fields, the letter is the anonymous one', () => {
    for (const kind of [
      'crrv-appeal',
      'money-transfer-statement',
      'refugee-families-office',
    ] as const)
      expect(
        letter(kind, refugee, { sponsor: { fullName: '  ', address: '' }, members: {} }),
      ).toEqual(letter(kind));
    expect(text(letter('crrv-appeal'))).toContain(
      '[à compléter : vos nom et prénom]\n[à compléter : votre adresse postale]',
    );
  });
});
