/**
 * Administrative words, explained once. Each entry has its term and plain-language definition in each
 * language, and the forms under which it appears in text (pages link the first one to the glossary).
 * Forms written in capitals match only in capitals (acronyms); others match in any case.
 */
import type { ContentLocale } from './placeholders';

export interface GlossaryText {
  term: string;
  definition: string;
  forms: string[];
}

export interface GlossaryEntry {
  id: string;
  fr: GlossaryText;
  en: GlossaryText;
}

export const GLOSSARY: GlossaryEntry[] = [
  {
    id: 'ofpra',
    fr: {
      term: 'OFPRA',
      definition:
        "Office français de protection des réfugiés et apatrides. C'est lui qui accorde le statut de réfugié ou la protection subsidiaire. Il confirme aussi la composition de la famille et l'état civil des personnes protégées.",
      forms: ['OFPRA'],
    },
    en: {
      term: 'OFPRA',
      definition:
        'French Office for the Protection of Refugees and Stateless Persons. It grants refugee status or subsidiary protection. It also confirms the family and the civil status of protected people.',
      forms: ['OFPRA'],
    },
  },
  {
    id: 'ofii',
    fr: {
      term: 'OFII',
      definition:
        "Office français de l'immigration et de l'intégration. Il reçoit les demandes de regroupement familial, fait la visite médicale et le contrat d'intégration après l'arrivée.",
      forms: ['OFII'],
    },
    en: {
      term: 'OFII',
      definition:
        'French Office for Immigration and Integration. It receives regroupement familial applications, and runs the medical visit and the integration contract after arrival.',
      forms: ['OFII'],
    },
  },
  {
    id: 'cnda',
    fr: {
      term: 'CNDA',
      definition:
        "Cour nationale du droit d'asile. Elle juge les recours contre les décisions de l'OFPRA. Elle peut aussi accorder une protection.",
      forms: ['CNDA'],
    },
    en: {
      term: 'CNDA',
      definition:
        'National Court of Asylum. It hears appeals against OFPRA decisions and can grant protection itself.',
      forms: ['CNDA'],
    },
  },
  {
    id: 'crrv',
    fr: {
      term: 'CRRV',
      definition:
        "Commission de recours contre les décisions de refus de visa, à Nantes. Après un refus de visa long séjour, il faut d'abord lui écrire avant d'aller au tribunal.",
      forms: ['CRRV', 'commission de recours'],
    },
    en: {
      term: 'CRRV',
      definition:
        'Visa Refusal Appeals Board, in Nantes. After a long-stay visa refusal, you must write to it first, before going to court.',
      forms: ['CRRV', 'appeals board'],
    },
  },
  {
    id: 'vls-ts',
    fr: {
      term: 'VLS-TS',
      definition:
        "Visa long séjour valant titre de séjour. Il sert de titre de séjour pendant la première année. Il faut le valider en ligne après l'arrivée.",
      forms: ['VLS-TS'],
    },
    en: {
      term: 'VLS-TS',
      definition:
        'Long-stay visa that counts as a residence permit during the first year. It must be validated online after arrival.',
      forms: ['VLS-TS'],
    },
  },
  {
    id: 'recepisse',
    fr: {
      term: 'récépissé',
      definition:
        "Document remis par la préfecture pendant l'examen d'une demande de titre de séjour. Il prouve que le séjour est régulier pendant ce temps.",
      forms: ['récépissé', 'récépissés'],
    },
    en: {
      term: 'récépissé (receipt)',
      definition:
        'A paper the prefecture gives while it examines a residence permit application. It proves that your stay is lawful during that time.',
      forms: ['récépissé', 'receipt'],
    },
  },
  {
    id: 'cerfa',
    fr: {
      term: 'cerfa',
      definition:
        "Formulaire officiel de l'administration française. Chaque formulaire a un numéro.",
      forms: ['cerfa'],
    },
    en: {
      term: 'cerfa',
      definition: 'An official French administration form. Each form has a number.',
      forms: ['cerfa'],
    },
  },
  {
    id: 'possession-etat',
    fr: {
      term: "possession d'état",
      definition:
        "Preuve d'un lien de famille par la vie réelle : photos, messages, appels, envois d'argent, témoignages. Elle sert quand il n'y a pas d'acte d'état civil fiable.",
      forms: ["possession d'état"],
    },
    en: {
      term: "possession d'état (proof by family life)",
      definition:
        'Proof of a family tie through real life: photos, messages, calls, money transfers, statements from people who know you. It is used when there is no reliable civil-status record.',
      forms: ["possession d'état"],
    },
  },
  {
    id: 'titre-sejour',
    fr: {
      term: 'titre de séjour',
      definition:
        'Carte qui autorise une personne étrangère à vivre en France. On dit aussi « carte de séjour ». Il en existe plusieurs sortes, plus ou moins longues.',
      forms: ['titre de séjour', 'titres de séjour', 'carte de séjour', 'cartes de séjour'],
    },
    en: {
      term: 'residence permit (titre de séjour)',
      definition:
        'A card that allows a foreign person to live in France. It is also called a residence card. There are several kinds, short or long.',
      forms: ['residence permit', 'residence permits', 'residence card', 'residence cards'],
    },
  },
  {
    id: 'prefecture',
    fr: {
      term: 'préfecture',
      definition:
        "Administration de l'État dans chaque département. Elle délivre les titres de séjour et décide du regroupement familial.",
      forms: ['préfecture', 'préfectures', 'préfet'],
    },
    en: {
      term: 'prefecture',
      definition:
        'The State office in each département. It issues residence permits and decides on regroupement familial.',
      forms: ['prefecture', 'prefect'],
    },
  },
  {
    id: 'bfr',
    fr: {
      term: 'Bureau des familles de réfugiés',
      definition:
        "Service du ministère de l'Intérieur à Nantes. Il examine les demandes de visa des familles de personnes protégées, avec l'OFPRA.",
      forms: ['Bureau des familles de réfugiés'],
    },
    en: {
      term: 'Refugee Families Office (BFR)',
      definition:
        'A Ministry of the Interior office in Nantes. It examines the visa applications of the families of protected people, with OFPRA.',
      forms: ['Refugee Families Office'],
    },
  },
  {
    id: 'dcem',
    fr: {
      term: 'DCEM',
      definition:
        "Document de circulation pour étranger mineur. Il permet à un enfant étranger qui vit en France de voyager et de revenir. Ce n'est pas un titre de séjour.",
      forms: ['DCEM'],
    },
    en: {
      term: 'DCEM',
      definition:
        'Travel document for a foreign minor. It lets a foreign child who lives in France travel and come back. It is not a residence permit.',
      forms: ['DCEM'],
    },
  },
  {
    id: 'kafala',
    fr: {
      term: 'kafala',
      definition:
        "Prise en charge d'un enfant décidée par un juge dans certains pays (Algérie, Maroc…). Ce n'est pas une adoption : l'enfant ne change pas de filiation.",
      forms: ['kafala'],
    },
    en: {
      term: 'kafala',
      definition:
        'Care of a child ordered by a judge in some countries (Algeria, Morocco…). It is not an adoption: the child keeps their parents in law.',
      forms: ['kafala'],
    },
  },
  {
    id: 'smic',
    fr: {
      term: 'SMIC',
      definition:
        'Salaire minimum en France. Il change en général chaque année. Il sert de référence pour les ressources demandées dans le regroupement familial.',
      forms: ['SMIC'],
    },
    en: {
      term: 'SMIC',
      definition:
        'The French minimum wage. It usually changes every year. It is the reference for the income needed in regroupement familial.',
      forms: ['SMIC'],
    },
  },
  {
    id: 'zonage',
    fr: {
      term: 'zonage A, B, C',
      definition:
        'Classement des communes selon le prix du logement : A bis, A, B1, B2 et C. La surface minimale du logement dépend de la zone.',
      forms: ['zonage', 'zone A bis'],
    },
    en: {
      term: 'housing zones A, B, C',
      definition:
        'A ranking of French towns by housing prices: A bis, A, B1, B2 and C. The minimum size of the home depends on the zone.',
      forms: ['housing zone', 'housing zones', 'zone A bis'],
    },
  },
  {
    id: 'france-visas',
    fr: {
      term: 'France-Visas',
      definition: 'Site officiel où l’on remplit la demande de visa pour la France.',
      forms: ['France-Visas'],
    },
    en: {
      term: 'France-Visas',
      definition: 'The official website where you fill in a visa application for France.',
      forms: ['France-Visas'],
    },
  },
  {
    id: 'anef',
    fr: {
      term: 'ANEF',
      definition:
        'Administration numérique pour les étrangers en France : le site officiel des démarches de titre de séjour et de regroupement familial en ligne.',
      forms: ['ANEF'],
    },
    en: {
      term: 'ANEF',
      definition:
        'The official website for residence permit and regroupement familial applications online.',
      forms: ['ANEF'],
    },
  },
  {
    id: 'protection-subsidiaire',
    fr: {
      term: 'protection subsidiaire',
      definition:
        "Protection accordée par l'OFPRA ou la CNDA à une personne en danger dans son pays qui n'a pas le statut de réfugié.",
      forms: ['protection subsidiaire'],
    },
    en: {
      term: 'subsidiary protection',
      definition:
        'Protection granted by OFPRA or the CNDA to a person in danger in their country who does not have refugee status.',
      forms: ['subsidiary protection'],
    },
  },
  {
    id: 'apatride',
    fr: {
      term: 'apatride',
      definition: "Personne qu'aucun pays ne reconnaît comme son ressortissant.",
      forms: ['apatride', 'apatrides'],
    },
    en: {
      term: 'stateless person',
      definition: 'A person no country recognises as its national.',
      forms: ['stateless'],
    },
  },
  {
    id: 'tribunal-administratif',
    fr: {
      term: 'tribunal administratif',
      definition:
        "Tribunal qui juge les décisions de l'administration. Pour les refus de visa, c'est le tribunal administratif de Nantes.",
      forms: ['tribunal administratif'],
    },
    en: {
      term: 'administrative court',
      definition:
        'A court that judges decisions of the administration. For visa refusals, it is the administrative court of Nantes.',
      forms: ['administrative court'],
    },
  },
  {
    id: 'aide-juridictionnelle',
    fr: {
      term: 'aide juridictionnelle',
      definition:
        "Prise en charge par l'État de tout ou partie des frais d'avocat quand les revenus sont faibles.",
      forms: ['aide juridictionnelle'],
    },
    en: {
      term: 'legal aid',
      definition: 'The State pays all or part of the lawyer’s fees when income is low.',
      forms: ['legal aid'],
    },
  },
  {
    id: 'carte-resident',
    fr: {
      term: 'carte de résident',
      definition: 'Titre de séjour de longue durée, renouvelable.',
      forms: ['carte de résident'],
    },
    en: {
      term: 'resident card',
      definition: 'A long residence permit that can be renewed.',
      forms: ['resident card'],
    },
  },
  {
    id: 'pacs',
    fr: {
      term: 'PACS',
      definition:
        'Pacte civil de solidarité : un contrat de vie commune entre deux personnes, différent du mariage.',
      forms: ['PACS', 'pacsé', 'pacsée'],
    },
    en: {
      term: 'PACS (civil partnership)',
      definition: 'A French civil partnership contract between two people. It is not a marriage.',
      forms: ['PACS', 'civil partnership'],
    },
  },
  {
    id: 'cir',
    fr: {
      term: "contrat d'intégration républicaine",
      definition:
        "Engagement signé avec l'OFII après l'arrivée : formation civique et, si besoin, cours de français.",
      forms: ["contrat d'intégration républicaine"],
    },
    en: {
      term: 'republican integration contract',
      definition:
        'An agreement signed with OFII after arrival: civic training and, if needed, French lessons.',
      forms: ['integration contract'],
    },
  },
  {
    id: 'consulat',
    fr: {
      term: 'consulat',
      definition:
        "Service de la France à l'étranger, souvent dans l'ambassade. C'est là que la famille dépose la demande de visa.",
      forms: ['consulat', 'consulats'],
    },
    en: {
      term: 'consulate',
      definition:
        'The French service abroad, often inside the embassy. Your family files the visa application there.',
      forms: ['consulate', 'consulates'],
    },
  },
];

export function glossaryFor(locale: ContentLocale) {
  return GLOSSARY.map((e) => ({ id: e.id, ...e[locale] })).sort((a, b) =>
    a.term.localeCompare(b.term, locale),
  );
}
