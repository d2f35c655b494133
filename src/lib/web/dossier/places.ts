/**
 * The official sites a family uses at a step, by the step's place (data/steps.json): the visa
 * application on France-Visas, and the Ministry of Foreign Affairs' directory of French embassies and
 * consulates, to find the one that takes the family's visa applications. French government sites only.
 */
const PLACES: Record<string, { url: string; label: string }> = {
  france_visas: {
    url: 'https://france-visas.gouv.fr',
    label: 'dossier.web.link.france_visas',
  },
  consulate: {
    url: 'https://www.diplomatie.gouv.fr/fr/le-ministere-et-son-reseau/organisation-et-annuaires/ambassades-et-consulats-francais-a-l-etranger/',
    label: 'dossier.web.link.consulate',
  },
};

/** The site and the message key of its link text, for a step's place that has one. */
export function placeLink(place: string): { url: string; label: string } | undefined {
  return PLACES[place];
}
