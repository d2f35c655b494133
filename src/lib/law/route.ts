/**
 * Which procedure a sponsor's status and permit open (CESEDA L434-1, L561-2, L200-4, L423-1 and the
 * famille accompagnante of service-public.fr F35308). The engine routes by it, and the interview asks
 * it which questions can matter, so that this law is written once.
 */
import { order } from './approximate';
import type { PermitType, SponsorStatus } from './schema/situation';
import type { ProcedureId, Redirect } from './schema/assessment';

/** Permits whose holder's family comes as famille accompagnante, without the regroupement conditions. */
const ACCOMPANYING_PERMITS: ReadonlySet<PermitType> = new Set([
  'talent',
  'ict',
  'algerian_scientist',
]);

export type Route =
  { procedure: ProcedureId; redirect: null } | { procedure: null; redirect: Redirect };

/** The sponsor's main procedure, or the redirect when no family procedure is open yet. */
export function routeOf(status: SponsorStatus, permitType?: PermitType): Route {
  switch (status) {
    case 'refugee':
    case 'subsidiary_protection':
    case 'stateless':
      return { procedure: 'reunification_familiale', redirect: null };
    case 'eu_citizen':
      return { procedure: 'famille_ue', redirect: null };
    case 'french_citizen':
      return { procedure: null, redirect: 'conjoint_de_francais' };
    case 'asylum_seeker':
      return { procedure: null, redirect: 'asylum_first' };
    case 'no_permit':
      return { procedure: null, redirect: 'permit_first' };
    case 'resident':
      return permitType !== undefined && ACCOMPANYING_PERMITS.has(permitType)
        ? { procedure: 'famille_accompagnante', redirect: null }
        : { procedure: 'regroupement_familial', redirect: null };
  }
}

/**
 * A partner's union surely came after the sponsor's asylum application (CESEDA L561-2: réunification
 * covers unions from before it; a spouse married later comes through regroupement familial). Either
 * date may be known only to the month or the year: "surely" means on every day it can be.
 */
export function unionAfterAsylum(asylumApplicationDate: string, unionDate: string): boolean {
  return order(unionDate, asylumApplicationDate) === 'after';
}
