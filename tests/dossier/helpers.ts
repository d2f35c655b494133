import { readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { DossierInput } from '../../src/lib/dossier';
import { readFileInput } from '../../src/lib/usecases';

export const root = new URL('../../', import.meta.url).pathname;

export function example(name: string): unknown {
  return JSON.parse(
    readFileSync(join(root, 'tests/contract-examples', `${name}.situation.json`), 'utf8'),
  );
}

export function scenario<T>(file: string): T {
  return parse(readFileSync(join(root, 'tests/dossier/scenarios', file), 'utf8'), {
    merge: true,
  }) as T;
}

export function input(situation: unknown, events: unknown, today: string): DossierInput {
  const read = readFileInput({ situation, events }, today);
  if (!read.ok) throw new Error(read.errors.map((e) => `${e.path}: ${e.message}`).join('\n'));
  return read.value;
}

export const tmp = mkdtempSync(join(tmpdir(), 'reunir-dossier-'));

/** The text of a PDF as poppler's pdftotext extracts it (reading order, no layout). */
export function pdfText(pdf: Uint8Array, name: string): string {
  const file = join(tmp, `${name}.pdf`);
  writeFileSync(file, pdf);
  return execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
}

export function pdfPages(pdf: Uint8Array, name: string): number {
  const file = join(tmp, `${name}.pdf`);
  writeFileSync(file, pdf);
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  return Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
}

/** Renders page 1 to PNG with pdftoppm and returns the PNG's path. */
export function renderPage(pdf: Uint8Array, name: string): string {
  const file = join(tmp, `${name}.pdf`);
  writeFileSync(file, pdf);
  execFileSync('pdftoppm', [
    '-r',
    '50',
    '-png',
    '-f',
    '1',
    '-l',
    '1',
    '-singlefile',
    file,
    join(tmp, name),
  ]);
  return join(tmp, `${name}.png`);
}

/**
 * The words of a page (page 1 unless given) with their boxes in points from the top left corner
 * (pdftotext -bbox).
 */
export function pageWords(
  pdf: Uint8Array,
  name: string,
  page = 1,
): { text: string; x: number; y: number; bottom: number }[] {
  const file = join(tmp, `${name}.pdf`);
  writeFileSync(file, pdf);
  const html = execFileSync(
    'pdftotext',
    ['-bbox', '-f', String(page), '-l', String(page), file, '-'],
    {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    },
  );
  return [
    ...html.matchAll(/xMin="([\d.]+)" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)</g),
  ].map((m) => ({ text: m[4]!, x: Number(m[1]), y: Number(m[2]), bottom: Number(m[3]) }));
}
