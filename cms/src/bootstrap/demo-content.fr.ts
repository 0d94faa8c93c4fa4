/**
 * The demo data, in French: what a newcomer sees after `npm start`.
 * Rubriques and amounts are examples (the AEC's real list is not public): editors change them in the admin.
 * Accounts and passwords are documented in the README.
 */

export const DEMO_MEMBER_PASSWORD = 'Demo-Ceramique-2026';

export const DEMO_ADMIN = {
  email: 'admin@exemple.fr',
  password: 'Admin-AEC-demo-2026',
  firstname: 'Admin',
  lastname: 'Démo',
};

/** To try the volunteers' and the editors' views at once. */
export const DEMO_STAFF = [
  {
    email: 'benevole.demo@exemple.fr',
    password: 'Benevole-AEC-demo-2026',
    firstname: 'Bénévole',
    lastname: 'Démo',
    roleCode: 'aec-benevole',
  },
  {
    email: 'editeur.demo@exemple.fr',
    password: 'Editeur-AEC-demo-2026',
    firstname: 'Éditeur',
    lastname: 'Démo',
    roleCode: 'aec-editeur',
  },
];

type DuesPlan = 'up-to-date' | 'overdue' | 'long-overdue';

export interface DemoMember {
  key: 'marie' | 'jean' | 'claire' | 'henri';
  email: string;
  blocked: boolean;
  dues: DuesPlan;
  profile: {
    civility: 'madame' | 'monsieur';
    firstName: string;
    lastName: string;
    phone?: string;
    mobilePhone?: string;
    consentPublicName: boolean;
    address: { line1: string; line2?: string; postalCode: string; city: string; country: string };
  };
  secondMember?: {
    civility: 'madame' | 'monsieur';
    firstName: string;
    lastName: string;
    email?: string;
    phone?: string;
  };
}

export const DEMO_MEMBERS: DemoMember[] = [
  {
    key: 'marie',
    email: 'marie.dupont@exemple.fr',
    blocked: false,
    dues: 'up-to-date',
    profile: {
      civility: 'madame',
      firstName: 'Marie',
      lastName: 'Dupont',
      phone: '03 86 12 34 56',
      consentPublicName: true,
      address: { line1: '12 rue de la Faïencerie', postalCode: '89000', city: 'Auxerre', country: 'France' },
    },
  },
  {
    key: 'jean',
    email: 'jean.martin@exemple.fr',
    blocked: false,
    dues: 'overdue',
    profile: {
      civility: 'monsieur',
      firstName: 'Jean',
      lastName: 'Martin',
      mobilePhone: '06 12 34 56 78',
      consentPublicName: false,
      address: { line1: '3 quai de la Loire', postalCode: '58000', city: 'Nevers', country: 'France' },
    },
  },
  {
    key: 'claire',
    email: 'claire.lefevre@exemple.fr',
    blocked: false,
    dues: 'up-to-date',
    profile: {
      civility: 'madame',
      firstName: 'Claire',
      lastName: 'Lefèvre',
      phone: '01 45 67 89 10',
      consentPublicName: true,
      address: {
        line1: '8 avenue des Gobelins',
        line2: 'Bâtiment B',
        postalCode: '75005',
        city: 'Paris',
        country: 'France',
      },
    },
    secondMember: {
      civility: 'monsieur',
      firstName: 'Paul',
      lastName: 'Lefèvre',
      email: 'paul.lefevre@exemple.fr',
      phone: '06 98 76 54 32',
    },
  },
  {
    key: 'henri',
    email: 'henri.moreau@exemple.fr',
    blocked: true,
    dues: 'long-overdue',
    profile: {
      civility: 'monsieur',
      firstName: 'Henri',
      lastName: 'Moreau',
      consentPublicName: false,
      address: { line1: '5 place Saint-Étienne', postalCode: '18000', city: 'Bourges', country: 'France' },
    },
  },
];

export const DEMO_RUBRIQUES = [
  {
    name: 'Marques et signatures',
    slug: 'marques-et-signatures',
    description:
      'Exemple de rubrique : marques de fabrique, signatures de peintres et de décorateurs, avec leur période.',
    order: 1,
    hasPeriod: true,
  },
  {
    name: 'Manufactures et ateliers',
    slug: 'manufactures-et-ateliers',
    description: 'Exemple de rubrique : l’histoire d’une manufacture, d’un atelier ou d’un centre de production.',
    order: 2,
  },
  {
    name: 'Musées et collections',
    slug: 'musees-et-collections',
    description: 'Exemple de rubrique : où voir des céramiques, collections publiques et privées ouvertes à la visite.',
    order: 3,
    hasPlace: true,
  },
  {
    name: 'Expositions et rencontres',
    slug: 'expositions-et-rencontres',
    description: 'Exemple de rubrique : une exposition, une vente, un colloque à signaler, avec sa date et son lieu.',
    order: 4,
    hasEventDate: true,
    hasPlace: true,
  },
  {
    name: 'Bibliographie',
    slug: 'bibliographie',
    description: 'Exemple de rubrique : un livre, un catalogue, un article utile, avec une courte note de lecture.',
    order: 5,
  },
] as const;

type FicheState = 'published' | 'draft' | 'submitted' | 'sent-back' | 'published-with-changes';

export interface DemoFiche {
  author: DemoMember['key'];
  rubrique: number; // index in DEMO_RUBRIQUES
  title: string;
  text: string;
  state: FicheState;
  period?: string;
  place?: string;
  eventDate?: string;
  moderationComment?: string;
}

export const DEMO_FICHES: DemoFiche[] = [
  {
    author: 'marie',
    rubrique: 0,
    title: 'La marque au trident de Sinceny',
    period: 'vers 1740 – 1775',
    state: 'published',
    text: `Les pièces de Sinceny portent parfois une marque peinte en bleu, un « S » accompagné d’un petit trident.

## Où la trouver
Sous le pied, au revers des assiettes, souvent discrète.

- Bleu de grand feu, trait assez épais
- Parfois accompagnée d’initiales de peintre`,
  },
  {
    author: 'marie',
    rubrique: 1,
    title: 'La manufacture de faïence de Nevers au XVIIe siècle',
    state: 'published',
    text: `Nevers fut l’un des grands centres de la faïence française, sous l’impulsion des Conrade venus d’Albisola.

> Les bleus de Nevers, décor persan sur fond bleu, restent parmi les plus recherchés.`,
  },
  {
    author: 'marie',
    rubrique: 2,
    title: 'Le musée Leblanc-Duvernoy à Auxerre',
    place: 'Auxerre (Yonne)',
    state: 'published-with-changes',
    text: `Le musée conserve la collection de faïences patriotiques réunie par le docteur Jacques Garnier.

Horaires et conditions de visite : se renseigner auprès du musée.`,
  },
  {
    author: 'marie',
    rubrique: 4,
    title: 'Note de lecture : les faïences de la Révolution',
    state: 'draft',
    text: `Brouillon en cours : premières notes sur les assiettes à décor patriotique.`,
  },
  {
    author: 'marie',
    rubrique: 3,
    title: 'Colloque de céramologie à Auxerre',
    eventDate: '2027-05-22',
    place: 'Auxerre',
    state: 'submitted',
    text: `Le prochain colloque réunira collectionneurs, conservateurs et chercheurs autour des faïences de l’Yonne.`,
  },
  {
    author: 'jean',
    rubrique: 0,
    title: 'Les marques de Nevers : repères de datation',
    period: 'XVIIe – XIXe siècle',
    state: 'published',
    text: `Contrairement à d’autres centres, Nevers a peu marqué ses productions : la datation repose surtout sur le décor.`,
  },
  {
    author: 'jean',
    rubrique: 1,
    title: 'L’atelier de la Fleur de Lys',
    state: 'sent-back',
    moderationComment: 'Merci de préciser vos sources (archives, inventaires) avant publication.',
    text: `Atelier actif au XVIIIe siècle, dont on connaît quelques pièces signées.`,
  },
  {
    author: 'jean',
    rubrique: 4,
    title: 'Bibliographie des faïences nivernaises',
    state: 'submitted',
    text: `- Ouvrages généraux
- Catalogues d’exposition
- Articles de revues`,
  },
  {
    author: 'claire',
    rubrique: 2,
    title: 'La Cité de la céramique à Sèvres',
    place: 'Sèvres (Hauts-de-Seine)',
    state: 'published',
    text: `Musée et manufacture : on peut y voir les collections nationales et, certains jours, les ateliers.`,
  },
  {
    author: 'claire',
    rubrique: 3,
    title: 'Salon des antiquaires de printemps',
    eventDate: '2026-04-12',
    place: 'Paris',
    state: 'published',
    text: `Plusieurs marchands spécialisés en céramique ancienne y exposaient cette année.`,
  },
  {
    author: 'claire',
    rubrique: 1,
    title: 'Les porcelaines de Vincennes avant Sèvres',
    state: 'published',
    text: `De 1740 à 1756, la manufacture de Vincennes prépare ce qui deviendra la manufacture royale de Sèvres.`,
  },
  {
    author: 'claire',
    rubrique: 0,
    title: 'Les lettres-date de Sèvres',
    period: '1753 – 1793',
    state: 'draft',
    text: `À partir de 1753, une lettre placée entre les L entrelacés indique l’année : A pour 1753, B pour 1754…`,
  },
];

export const DEMO_PAGES = [
  {
    title: 'Accueil',
    slug: 'accueil',
    isHome: true,
    showInNavigation: false,
    navigationOrder: 0,
    description:
      "L'Association d'Étude de la Céramique réunit depuis 1992 collectionneurs, conservateurs et chercheurs.",
    text: `Fondée en 1992, l’Association d’Étude de la Céramique réunit collectionneurs, experts, conservateurs et chercheurs pour mettre en commun leurs connaissances et les consigner par écrit.

Les membres rédigent des fiches, classées par rubriques, que l’association publie après relecture.`,
  },
  {
    title: 'L’association',
    slug: 'association',
    isHome: false,
    showInNavigation: true,
    navigationOrder: 1,
    description: "L'histoire de l'AEC, de la collection du docteur Garnier aux colloques de céramologie.",
    text: `## Histoire
Le docteur Jacques Garnier (1913–1994) commence en 1971 à réunir des faïences patriotiques. Sa collection est aujourd’hui au musée Leblanc-Duvernoy d’Auxerre.

## Les colloques
À partir de 1988, les Colloques nationaux de céramologie réunissent une ou deux fois par an les spécialistes ; leurs actes sont publiés.`,
  },
  {
    title: 'Les colloques',
    slug: 'colloques',
    isHome: false,
    showInNavigation: true,
    navigationOrder: 2,
    /** Shown in the menu under "L’association". */
    parentSlug: 'association',
    description: 'Les colloques nationaux de céramologie organisés par l’association.',
    text: `Chaque colloque fait l’objet d’une publication des actes.

- Faïences de l’Yonne
- Céramiques de la Révolution
- Porcelaines du XVIIIe siècle`,
  },
];

/** Editors can reserve a page to members: visitors get the login form, then the page. */
export const DEMO_MEMBERS_ONLY_PAGE = {
  title: 'Compte rendu de l’assemblée générale',
  slug: 'compte-rendu-assemblee-generale',
  isHome: false,
  showInNavigation: false,
  navigationOrder: 9,
  membersOnly: true,
  description: 'Réservé aux membres.',
  text: `Page réservée aux membres de l’association.

Le rapport moral et le rapport financier ont été approuvés à l’unanimité.`,
};

export const DEMO_ARTICLES = [
  {
    title: 'Assemblée générale : le compte rendu est en ligne',
    slug: 'assemblee-generale-compte-rendu',
    daysAgo: 12,
    summary: 'Le compte rendu de l’assemblée générale est disponible pour tous les membres.',
    text: `L’assemblée générale s’est tenue en présence de nombreux membres. Le rapport moral et le rapport financier ont été approuvés.`,
  },
  {
    title: 'Nouvelles fiches sur les marques de Sinceny',
    slug: 'nouvelles-fiches-sinceny',
    daysAgo: 30,
    summary: 'Plusieurs membres ont publié des fiches sur les marques de la manufacture de Sinceny.',
    text: `Merci aux membres qui ont partagé leurs observations. Les fiches sont à lire dans la rubrique « Marques et signatures ».`,
  },
  {
    title: 'Conseil d’administration : les décisions du trimestre',
    slug: 'conseil-administration-decisions',
    daysAgo: 20,
    membersOnly: true,
    summary: 'Réservé aux membres : les décisions prises par le conseil d’administration.',
    text: `Le conseil d’administration a voté le budget des prochains colloques et la numérisation des actes anciens.`,
  },
  {
    title: 'Bienvenue sur le nouveau site',
    slug: 'bienvenue-nouveau-site',
    daysAgo: 60,
    summary: 'Le nouvel espace membres permet de consulter sa cotisation et de rédiger ses fiches.',
    text: `Connectez-vous avec l’adresse e-mail utilisée lors de votre adhésion. En cas de difficulté, écrivez-nous.`,
  },
];

export const DEMO_EVENTS = [
  {
    title: 'Visite des réserves du musée Leblanc-Duvernoy',
    slug: 'visite-reserves-leblanc-duvernoy',
    daysFromNow: 45,
    place: 'Auxerre',
    summary: 'Une visite guidée des réserves, réservée aux membres, sur inscription.',
    text: `Rendez-vous à l’entrée du musée. Nombre de places limité.`,
  },
  {
    title: 'Colloque de céramologie 2026',
    slug: 'colloque-ceramologie-2026',
    daysFromNow: -120,
    place: 'Nevers',
    summary: 'Deux journées consacrées aux faïences nivernaises.',
    text: `Les actes seront publiés dans l’année.`,
  },
];
