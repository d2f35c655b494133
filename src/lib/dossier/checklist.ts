/**
 * A family's own list of papers: per procedure, the sponsor's documents and each coming member's,
 * chosen from data/documents.json by procedure, relation and the member's facts.
 */
import type { Assessment, ProcedureId } from '../law/schema/assessment';
import type { Member, Situation } from '../law/schema/situation';
import { type Source, type StoreId, valueAt } from '../law/parameters';
import documentsFile from './data/documents.json';
import type { Confidence } from './parameters';
import { proceduresOf } from './deadlines';

export interface DocumentSpec {
  id: string;
  for: 'sponsor' | 'member';
  procedures: ProcedureId[];
  relations?: string[];
  when?: string;
  provider: string;
  form: 'original' | 'copy' | 'original_and_copy';
  translation: 'none' | 'sworn_if_foreign';
  destination: string;
  /** Where it goes in a given procedure, when that differs (regroupement: the OFII file first). */
  destinations?: Partial<Record<ProcedureId, string>>;
  fallback?: Record<string, string>;
  /** The store's numbers its sentence states, by placeholder name. */
  figures?: Record<string, StoreId>;
  sources: Source[];
  /** The articles of a given procedure, when they differ from the default sources. */
  sourcesFor?: Partial<Record<ProcedureId, Source[]>>;
  confidence: Confidence;
  verifiedOn: string;
}

export interface ChecklistItem {
  id: string;
  provider: string;
  form: DocumentSpec['form'];
  translation: DocumentSpec['translation'];
  destination: string;
  fallback?: string;
  /** The store's figures its sentence states, in force on the assessment date. */
  figures?: Record<string, number>;
  optional: boolean;
  sources: Source[];
  confidence: Confidence;
  verifiedOn: string;
}

export interface MemberChecklist {
  id: string;
  relation: string;
  verdict: string;
  items: ChecklistItem[];
}

export interface ProcedureChecklist {
  id: ProcedureId;
  sponsor: ChecklistItem[];
  members: MemberChecklist[];
}

export interface Checklist {
  procedures: ProcedureChecklist[];
}

export const DOCUMENTS = documentsFile.documents as DocumentSpec[];

const WHEN: Record<string, (m: Member) => boolean> = {
  other_parent_deceased: (m) => m.otherParent === 'deceased',
  other_parent_deprived: (m) => m.otherParent === 'deprived_of_rights',
  custody: (m) => m.custodyJudgment === true,
  kafala: (m) => m.kafala === true,
  dependent: (m) => m.dependent === true,
};

/** Documents a person already in France does not need: the visa. */
const VISA_ONLY = new Set(['visa_application', 'visa_fee']);

function toItem(spec: DocumentSpec, procedure: ProcedureId, date: string): ChecklistItem {
  const fallback = spec.fallback?.[procedure] ?? spec.fallback?.default;
  const figures =
    spec.figures &&
    Object.fromEntries(
      Object.entries(spec.figures).map(([name, id]) => [name, valueAt(id, date).value as number]),
    );
  return {
    id: spec.id,
    provider: spec.provider,
    form: spec.form,
    translation: spec.translation,
    destination: spec.destinations?.[procedure] ?? spec.destination,
    ...(fallback ? { fallback } : {}),
    ...(figures ? { figures } : {}),
    optional: spec.when === 'optional',
    sources: spec.sourcesFor?.[procedure] ?? spec.sources,
    confidence: spec.confidence,
    verifiedOn: spec.verifiedOn,
  };
}

export function buildChecklist(situation: Situation, assessment: Assessment): Checklist {
  const procedures = proceduresOf(assessment).map((procedure): ProcedureChecklist => {
    const sponsor = DOCUMENTS.filter(
      (d) => d.for === 'sponsor' && d.procedures.includes(procedure),
    ).map((d) => toItem(d, procedure, assessment.date));
    const members = assessment.members
      .filter((r) => r.procedure === procedure && r.verdict !== 'not_eligible')
      .map((r): MemberChecklist => {
        const m = situation.members.find((x) => x.id === r.id);
        const items = DOCUMENTS.filter(
          (d) =>
            d.for === 'member' &&
            d.procedures.includes(procedure) &&
            (!d.relations || d.relations.includes(r.relation)) &&
            (!d.when || (m !== undefined && WHEN[d.when]?.(m) === true)) &&
            !(m?.livesAbroad === false && VISA_ONLY.has(d.id)),
        ).map((d) => toItem(d, procedure, assessment.date));
        return { id: r.id, relation: r.relation, verdict: r.verdict, items };
      });
    return { id: procedure, sponsor, members };
  });
  return { procedures };
}
