/**
 * The situation's vocabulary, declared once: every fact with its kind of value, when it matters, its
 * articles and an example. The zod schema (and so the JSON Schema), the expert form, the interview's
 * answer-to-situation mapping, the contract document and the generated test situations all follow
 * from these declarations.
 *
 * A fact's name is its path in the situation: `date`, `sponsor.housing.surfaceM2`; a member's facts
 * are named without prefix (`birthDate`), as the engine reports them missing with the member's id.
 */
import {
  type Fact,
  fact,
  type Facts,
  flatten,
  type PathsOf,
  type ReportedPathsOf,
} from './declare';
import { kinds } from './kinds';
import { MEMBER_FACTS } from './member';
import { SPONSOR_FACTS } from './sponsor';

export const DATE_FACT = fact(kinds.date(), {
  example: '2025-12-01',
  matters:
    'The filing date: regroupement familial = date the complete file reaches OFII; réunification familiale = date of the visa application; EU family = date of assessment. Optional: defaults to today.',
  sources: ['CESEDA R434-1', 'CESEDA R561-1'],
});

export interface Registry {
  date: typeof DATE_FACT;
  sponsor: Facts;
  member: Facts;
}

/** The registry of reunir's situation. Tests extend it to show that everything follows from it. */
export const REGISTRY = { date: DATE_FACT, sponsor: SPONSOR_FACTS, member: MEMBER_FACTS } as const;

export type SponsorFactPath = PathsOf<typeof SPONSOR_FACTS>;
export type MemberFactPath = PathsOf<typeof MEMBER_FACTS>;

/** Every fact's name, as the interview writes it and the engine reports it. */
export type FactName = 'date' | `sponsor.${SponsorFactPath}` | MemberFactPath;

/** The facts the engine may report missing (declared `reported`). */
/**
 * Facts the engine may report missing that no single field gives: the family answers them by who it
 * lists and what it says of them. Each names the interview questions that answer it.
 */
export const COMPOSITE_FACTS: Readonly<
  Record<'partner', { matters: string; answeredBy: readonly string[] }>
> = {
  partner: {
    matters:
      "A child's other parent, when it should be the sponsor's spouse or partner and none is described: that person listed among the members (or said to live in France), and whether they are married.",
    answeredBy: ['relation', 'spouse_in_france'],
  },
};

/** The facts the engine may report missing (declared `reported`, or composite). */
export type ReportedFact =
  | `sponsor.${ReportedPathsOf<typeof SPONSOR_FACTS>}`
  | ReportedPathsOf<typeof MEMBER_FACTS>
  | keyof typeof COMPOSITE_FACTS;

export type Entity = 'situation' | 'sponsor' | 'member';

export interface FactEntry {
  name: string;
  entity: Entity;
  /** Path inside its entity. */
  path: string;
  decl: Fact;
}

/** Every fact of a registry, in declaration order. */
export function factsOf(registry: Registry): FactEntry[] {
  return [
    { name: 'date', entity: 'situation', path: 'date', decl: registry.date },
    ...flatten(registry.sponsor).map((f) => ({
      name: `sponsor.${f.path}`,
      entity: 'sponsor' as const,
      path: f.path,
      decl: f.decl,
    })),
    ...flatten(registry.member).map((f) => ({
      name: f.path,
      entity: 'member' as const,
      path: f.path,
      decl: f.decl,
    })),
  ];
}

export const FACTS = factsOf(REGISTRY);
export const FACT_BY_NAME: ReadonlyMap<string, FactEntry> = new Map(FACTS.map((f) => [f.name, f]));

/** The facts the engine may report missing. */
export const REPORTED_FACTS: readonly ReportedFact[] = [
  ...FACTS.filter((f) => f.decl.meta.reported).map((f) => f.name as ReportedFact),
  ...(Object.keys(COMPOSITE_FACTS) as ReportedFact[]),
];

/** Catalog key of a fact's short label (expert form). */
export const labelKey = (f: FactEntry) =>
  f.entity === 'situation' ? 'ui.expert.f.date' : `ui.expert.f.${f.entity}.${f.path}`;
/** Catalog key of a missing fact's sentence (law catalog). */
export const missingKey = (name: string) => `fact.${name}`;

export { fact, group, objectSchema, flatten } from './declare';
export type { Fact, FactMeta, Facts, Group } from './declare';
export { kinds, isoDate, type FactKind, type FactType } from './kinds';
export * from './values';
export { SPONSOR_FACTS } from './sponsor';
export { MEMBER_FACTS } from './member';
