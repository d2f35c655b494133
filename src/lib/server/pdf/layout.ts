/**
 * A small text layout on A4 pages with pdf-lib: paragraphs of runs (regular, bold, placeholder) wrapped
 * to the page width, new pages when the text runs out of room. Placeholders are drawn in a distinct
 * colour and keep their brackets, so they show on screen, on paper and in extracted text.
 */
import { PDFDocument, type PDFFont, type PDFPage, rgb, type RGB } from 'pdf-lib';
import fontkit from '@pdf-lib/fontkit';
import { fontBytes } from './fonts';

export const A4: [number, number] = [595.28, 841.89];
const MARGIN = 56;

export const INK = rgb(0.1, 0.1, 0.1);
export const GREY = rgb(0.35, 0.35, 0.35);
/** Placeholders to complete by hand: a dark orange that stays readable in black-and-white print. */
export const PLACEHOLDER = rgb(0.75, 0.22, 0.0);

export interface Span {
  text: string;
  bold?: boolean;
  color?: RGB;
}

export interface BlockOptions {
  size?: number;
  indent?: number;
  /** Space before the block, in points. */
  before?: number;
  align?: 'left' | 'right';
  /** Left offset of the whole block (e.g. the recipient's address), in points. */
  offset?: number;
}

interface Word {
  text: string;
  font: PDFFont;
  color: RGB;
  width: number;
  space: boolean;
  br?: boolean;
}

export class Writer {
  private page!: PDFPage;
  private y = 0;
  private constructor(
    readonly doc: PDFDocument,
    readonly regular: PDFFont,
    readonly bold: PDFFont,
  ) {
    this.newPage();
  }

  static async create(meta: { title: string; language: string; date: string }): Promise<Writer> {
    const doc = await PDFDocument.create();
    doc.registerFontkit(fontkit);
    const regular = await doc.embedFont(fontBytes('NotoSans-Regular.ttf'), { subset: true });
    const bold = await doc.embedFont(fontBytes('NotoSans-Bold.ttf'), { subset: true });
    doc.setTitle(meta.title);
    doc.setLanguage(meta.language);
    doc.setCreator('reunir');
    doc.setProducer('reunir (pdf-lib)');
    const [y, m, d] = meta.date.split('-').map(Number) as [number, number, number];
    doc.setCreationDate(new Date(Date.UTC(y, m - 1, d)));
    doc.setModificationDate(new Date(Date.UTC(y, m - 1, d)));
    return new Writer(doc, regular, bold);
  }

  get pageCount(): number {
    return this.doc.getPageCount();
  }

  private newPage() {
    this.page = this.doc.addPage(A4);
    this.y = A4[1] - MARGIN;
  }

  private words(spans: Span[], size: number): Word[] {
    const out: Word[] = [];
    for (const s of spans) {
      const font = s.bold ? this.bold : this.regular;
      const color = s.color ?? INK;
      const lines = s.text.split('\n');
      lines.forEach((line, li) => {
        if (li > 0) out.push({ text: '', font, color, width: 0, space: false, br: true });
        const parts = line.split(/( )/);
        for (const p of parts) {
          if (p === '') continue;
          if (p === ' ') {
            const last = out.at(-1);
            if (last && !last.br) last.space = true;
            continue;
          }
          out.push({ text: p, font, color, width: font.widthOfTextAtSize(p, size), space: false });
        }
      });
    }
    return out;
  }

  /** Lays out one block; returns the number of lines drawn. */
  block(spans: Span[], opts: BlockOptions = {}): number {
    const size = opts.size ?? 10.5;
    const leading = size * 1.38;
    const offset = opts.offset ?? 0;
    const indent = opts.indent ?? 0;
    const maxWidth = A4[0] - 2 * MARGIN - offset - indent;
    this.y -= opts.before ?? size * 0.6;
    const words = this.words(spans, size);
    const lines: Word[][] = [[]];
    let width = 0;
    for (const w of words) {
      const line = lines.at(-1)!;
      if (w.br) {
        lines.push([]);
        width = 0;
        continue;
      }
      const prev = line.at(-1);
      const gap = prev?.space ? prev.font.widthOfTextAtSize(' ', size) : 0;
      if (line.length > 0 && width + gap + w.width > maxWidth) {
        lines.push([w]);
        width = w.width;
      } else {
        line.push(w);
        width += gap + w.width;
      }
    }
    for (const line of lines) {
      if (this.y - leading < MARGIN) this.newPage();
      this.y -= leading;
      const lineWidth = line.reduce(
        (acc, w, i) =>
          acc +
          w.width +
          (i < line.length - 1 && w.space ? w.font.widthOfTextAtSize(' ', size) : 0),
        0,
      );
      let x = opts.align === 'right' ? A4[0] - MARGIN - lineWidth : MARGIN + offset + indent;
      for (const w of line) {
        this.page.drawText(w.text, { x, y: this.y, size, font: w.font, color: w.color });
        x += w.width + (w.space ? w.font.widthOfTextAtSize(' ', size) : 0);
      }
    }
    return lines.length;
  }

  /** A thin rule across the text width. */
  rule(before = 6) {
    this.y -= before;
    this.page.drawLine({
      start: { x: MARGIN, y: this.y },
      end: { x: A4[0] - MARGIN, y: this.y },
      thickness: 0.5,
      color: GREY,
    });
  }

  async save(): Promise<Uint8Array> {
    return this.doc.save();
  }
}
