/** A letter of the dossier as a PDF: the blocks of src/lib/dossier/letters.ts in templates/letter.typ. */
import type { Letter } from '../../dossier';
import { direction, translate } from '../../i18n';
import { documentEngine } from './engine';
import { templateData } from './text';

/** What templates/letter.typ reads: the blocks as they are, whatever their styles. */
export function letterData(letter: Letter, today: string) {
  return {
    lang: letter.locale,
    dir: direction(letter.locale),
    title: letter.title,
    date: today,
    blocks: letter.blocks,
    references: translate(letter.locale, 'letter.references', {
      refs: letter.legalBasis.join(' ; '),
    }),
  };
}

export function letterPdf(letter: Letter, today: string): Promise<Uint8Array> {
  return documentEngine().render('letter', templateData(letterData(letter, today)));
}
