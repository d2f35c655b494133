/**
 * ICU MessageFormat catalogs: one folder per language, one file per area of the product, so that each
 * area's words stay together. French is the source; every other catalog has the same keys.
 */
import type { Locale } from './locales';
import frLaw from './messages/fr/law.json';
import frUi from './messages/fr/ui.json';
import frInterview from './messages/fr/interview.json';
import frDossier from './messages/fr/dossier.json';
import frGuide from './messages/fr/guide.json';
import frReview from './messages/fr/review.json';
import frWorkspace from './messages/fr/workspace.json';
import enLaw from './messages/en/law.json';
import enUi from './messages/en/ui.json';
import enInterview from './messages/en/interview.json';
import enDossier from './messages/en/dossier.json';
import enGuide from './messages/en/guide.json';
import enReview from './messages/en/review.json';
import enWorkspace from './messages/en/workspace.json';
import arLaw from './messages/ar/law.json';
import arUi from './messages/ar/ui.json';
import arInterview from './messages/ar/interview.json';
import arDossier from './messages/ar/dossier.json';
import arGuide from './messages/ar/guide.json';
import arReview from './messages/ar/review.json';
import arWorkspace from './messages/ar/workspace.json';
import faLaw from './messages/fa/law.json';
import faUi from './messages/fa/ui.json';
import faInterview from './messages/fa/interview.json';
import faDossier from './messages/fa/dossier.json';
import faGuide from './messages/fa/guide.json';
import faReview from './messages/fa/review.json';
import faWorkspace from './messages/fa/workspace.json';
import psLaw from './messages/ps/law.json';
import psUi from './messages/ps/ui.json';
import psInterview from './messages/ps/interview.json';
import psDossier from './messages/ps/dossier.json';
import psGuide from './messages/ps/guide.json';
import psReview from './messages/ps/review.json';
import psWorkspace from './messages/ps/workspace.json';
import tiLaw from './messages/ti/law.json';
import tiUi from './messages/ti/ui.json';
import tiInterview from './messages/ti/interview.json';
import tiDossier from './messages/ti/dossier.json';
import tiGuide from './messages/ti/guide.json';
import tiReview from './messages/ti/review.json';
import tiWorkspace from './messages/ti/workspace.json';
import ukLaw from './messages/uk/law.json';
import ukUi from './messages/uk/ui.json';
import ukInterview from './messages/uk/interview.json';
import ukDossier from './messages/uk/dossier.json';
import ukGuide from './messages/uk/guide.json';
import ukReview from './messages/uk/review.json';
import ukWorkspace from './messages/uk/workspace.json';
import ruLaw from './messages/ru/law.json';
import ruUi from './messages/ru/ui.json';
import ruInterview from './messages/ru/interview.json';
import ruDossier from './messages/ru/dossier.json';
import ruGuide from './messages/ru/guide.json';
import ruReview from './messages/ru/review.json';
import ruWorkspace from './messages/ru/workspace.json';

export type Catalog = Record<string, string>;

export const NAMESPACES = [
  'law',
  'ui',
  'interview',
  'dossier',
  'guide',
  'review',
  'workspace',
] as const;

const merge = (...parts: Record<string, string>[]): Catalog => Object.assign({}, ...parts);

export const CATALOGS: Record<Locale, Catalog> = {
  fr: merge(frLaw, frUi, frInterview, frDossier, frGuide, frReview, frWorkspace),
  en: merge(enLaw, enUi, enInterview, enDossier, enGuide, enReview, enWorkspace),
  ar: merge(arLaw, arUi, arInterview, arDossier, arGuide, arReview, arWorkspace),
  fa: merge(faLaw, faUi, faInterview, faDossier, faGuide, faReview, faWorkspace),
  ps: merge(psLaw, psUi, psInterview, psDossier, psGuide, psReview, psWorkspace),
  ti: merge(tiLaw, tiUi, tiInterview, tiDossier, tiGuide, tiReview, tiWorkspace),
  uk: merge(ukLaw, ukUi, ukInterview, ukDossier, ukGuide, ukReview, ukWorkspace),
  ru: merge(ruLaw, ruUi, ruInterview, ruDossier, ruGuide, ruReview, ruWorkspace),
};

/** The same catalogs by area, for the checks that compare each area with its source. */
export const AREAS: Record<Locale, Record<(typeof NAMESPACES)[number], Catalog>> = {
  fr: {
    law: frLaw,
    ui: frUi,
    interview: frInterview,
    dossier: frDossier,
    guide: frGuide,
    review: frReview,
    workspace: frWorkspace,
  },
  en: {
    law: enLaw,
    ui: enUi,
    interview: enInterview,
    dossier: enDossier,
    guide: enGuide,
    review: enReview,
    workspace: enWorkspace,
  },
  ar: {
    law: arLaw,
    ui: arUi,
    interview: arInterview,
    dossier: arDossier,
    guide: arGuide,
    review: arReview,
    workspace: arWorkspace,
  },
  fa: {
    law: faLaw,
    ui: faUi,
    interview: faInterview,
    dossier: faDossier,
    guide: faGuide,
    review: faReview,
    workspace: faWorkspace,
  },
  ps: {
    law: psLaw,
    ui: psUi,
    interview: psInterview,
    dossier: psDossier,
    guide: psGuide,
    review: psReview,
    workspace: psWorkspace,
  },
  ti: {
    law: tiLaw,
    ui: tiUi,
    interview: tiInterview,
    dossier: tiDossier,
    guide: tiGuide,
    review: tiReview,
    workspace: tiWorkspace,
  },
  uk: {
    law: ukLaw,
    ui: ukUi,
    interview: ukInterview,
    dossier: ukDossier,
    guide: ukGuide,
    review: ukReview,
    workspace: ukWorkspace,
  },
  ru: {
    law: ruLaw,
    ui: ruUi,
    interview: ruInterview,
    dossier: ruDossier,
    guide: ruGuide,
    review: ruReview,
    workspace: ruWorkspace,
  },
};
