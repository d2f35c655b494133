/** A letter of the dossier as a French PDF: the layout of src/lib/dossier/letters.ts blocks. */
import type { Letter, LetterBlock } from '../../dossier';
import { translate } from '../../i18n';
import { type BlockOptions, GREY, PLACEHOLDER, type Span, Writer } from './layout';

const STYLE: Record<LetterBlock['style'], BlockOptions & { bold?: boolean }> = {
  notice: { bold: true, before: 0 },
  sender: { before: 0 },
  recipient: { offset: 250, before: 18 },
  place_date: { align: 'right', before: 18 },
  subject: { bold: true, before: 18 },
  heading: { bold: true, before: 12 },
  paragraph: { before: 9 },
  item: { indent: 14, before: 3 },
  signature: { offset: 250, before: 22 },
};

function spans(block: LetterBlock): Span[] {
  const bold = STYLE[block.style].bold === true;
  const out: Span[] = block.runs.map((r) =>
    r.placeholder ? { text: r.text, color: PLACEHOLDER, bold } : { text: r.text, bold },
  );
  if (block.style === 'item') out.unshift({ text: '– ' });
  return out;
}

export async function letterPdf(letter: Letter, today: string): Promise<Uint8Array> {
  const w = await Writer.create({ title: letter.title, language: 'fr-FR', date: today });
  for (const block of letter.blocks) w.block(spans(block), STYLE[block.style]);
  w.rule(24);
  w.block(
    [
      {
        text: translate('fr', 'letter.references', { refs: letter.legalBasis.join(' ; ') }),
        color: GREY,
      },
    ],
    { size: 8, before: 4 },
  );
  return w.save();
}
