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
import enLaw from './messages/en/law.json';
import enUi from './messages/en/ui.json';
import enInterview from './messages/en/interview.json';
import enDossier from './messages/en/dossier.json';
import enGuide from './messages/en/guide.json';
import arLaw from './messages/ar/law.json';
import arUi from './messages/ar/ui.json';
import arInterview from './messages/ar/interview.json';
import arDossier from './messages/ar/dossier.json';
import arGuide from './messages/ar/guide.json';

export type Catalog = Record<string, string>;

export const NAMESPACES = ['law', 'ui', 'interview', 'dossier', 'guide'] as const;

const merge = (...parts: Record<string, string>[]): Catalog => Object.assign({}, ...parts);

export const CATALOGS: Partial<Record<Locale, Catalog>> = {
  fr: merge(frLaw, frUi, frInterview, frDossier, frGuide),
  en: merge(enLaw, enUi, enInterview, enDossier, enGuide),
  ar: merge(arLaw, arUi, arInterview, arDossier, arGuide),
};
