import type { Identity } from '../../dossier';
import type { CaseRecord } from './types';

/** The real names and address a case gives its letters (empty ones stay placeholders). */
export function identityOf(record: Pick<CaseRecord, 'sponsor' | 'names'>): Identity {
  return {
    sponsor: { fullName: record.sponsor.name, address: record.sponsor.address },
    members: Object.fromEntries(
      Object.entries(record.names).map(([id, fullName]) => [id, { fullName }]),
    ),
  };
}
