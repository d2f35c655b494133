/**
 * A case's export, for the family or for the organisation's records: the case's data, its file as
 * recomputed on `today`, and its PDFs (the summary in the chosen language, and each letter the case's
 * data is enough to write, in French) through the existing document engine. Audited.
 */
import { LETTER_KINDS } from '../../dossier';
import type { Locale } from '../../i18n';
import { readFileInput, writeLetter } from '../../usecases';
import { letterPdf } from '../documents/letter';
import { summaryPdf } from '../documents/summary';
import { todayInFrance } from '../today';
import { audit } from './audit';
import { caseFile } from './case-file';
import { findRow, recordOf } from './cases';
import type { Workspace } from './context';
import { type Actor, type CaseRecord, done, NOT_FOUND, type Outcome } from './types';
import type { Dossier } from '../../dossier';
import type { Problem } from '../../law/problem';

export interface CaseExport {
  format: 'reunir-case';
  version: 1;
  exportedAt: string;
  today: string;
  case: CaseRecord;
  /** The file recomputed on `today`, or the problems that prevent it. */
  file: Dossier | null;
  problems: Problem[];
  /** The PDFs, base64-encoded. */
  documents: { name: string; contentType: 'application/pdf'; base64: string }[];
}

export async function exportCase(
  ws: Workspace,
  actor: Actor,
  id: string,
  options: { locale?: Locale; today?: string } = {},
): Promise<Outcome<CaseExport>> {
  const row = await findRow(ws.db, actor, id);
  if (!row) return NOT_FOUND;
  const record = recordOf(ws, row);
  const today = options.today ?? todayInFrance(ws.now());
  const file = caseFile(record, today);
  const documents: CaseExport['documents'] = [];
  const pdf = (name: string, bytes: Uint8Array) =>
    documents.push({
      name,
      contentType: 'application/pdf',
      base64: Buffer.from(bytes).toString('base64'),
    });
  if (file.ok) {
    pdf('summary.pdf', await summaryPdf(file.value, options.locale ?? 'fr', today));
    const input = readFileInput({ situation: record.situation, events: record.events }, today);
    if (input.ok)
      for (const kind of LETTER_KINDS) {
        const letter = writeLetter(kind, input.value, 'fr', record.names);
        if (letter.ok) pdf(`${kind}.pdf`, await letterPdf(letter.value, today));
      }
  }
  await audit(ws.db, ws.now(), {
    orgId: actor.orgId,
    userId: actor.userId,
    caseId: id,
    action: 'case.export',
  });
  return done({
    format: 'reunir-case',
    version: 1,
    exportedAt: ws.now().toISOString(),
    today,
    case: record,
    file: file.ok ? file.value : null,
    problems: file.ok ? [] : file.errors,
    documents,
  });
}
