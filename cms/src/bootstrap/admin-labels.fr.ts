/**
 * The French labels volunteers and editors read in the admin panel, field by field.
 * Strapi keeps them in the content-manager's configuration; bootstrap writes them at each start.
 */
export const ADMIN_LABELS: Record<string, Record<string, string>> = {
  'api::member-profile.member-profile': {
    user: 'Compte de connexion',
    civility: 'Civilité',
    firstName: 'Prénom',
    lastName: 'Nom',
    phone: 'Téléphone',
    mobilePhone: 'Téléphone portable',
    address: 'Adresse',
    membershipNumber: 'Numéro d’adhérent',
    transferReference: 'Référence de virement',
    joinedOn: 'Date d’adhésion',
    consentPublicName: 'Accepte que son nom figure sur ses fiches',
    consentNewsletter: 'Accepte de recevoir les lettres d’information',
    honorary: 'Membre d’honneur (pas de cotisation)',
    dueDateOverride: 'Échéance fixée à la main (remplace le calcul)',
    volunteerNote: 'Note des bénévoles (jamais montrée au membre)',
    secondMember: 'Deuxième adhérent',
    duesPayments: 'Paiements de cotisation',
  },
  'api::second-member.second-member': {
    profile: 'Fiche membre',
    civility: 'Civilité',
    firstName: 'Prénom',
    lastName: 'Nom',
    email: 'Adresse e-mail (ne permet pas de se connecter)',
    phone: 'Téléphone',
  },
  'api::dues-payment.dues-payment': {
    profile: 'Membre',
    periodStart: 'Début de la période',
    periodEnd: 'Fin de la période (échéance)',
    amountCents: 'Montant en centimes (4000 = 40,00 €)',
    method: 'Moyen de paiement',
    state: 'État (déclaré ou confirmé)',
    receivedOn: 'Reçu le',
    note: 'Note',
  },
  'api::rubrique.rubrique': {
    name: 'Nom',
    slug: 'Adresse (slug)',
    description: 'Description',
    order: 'Ordre d’affichage',
    isExample: 'Rubrique d’exemple',
    membersOnly: 'Réservée aux membres',
    hasEventDate: 'Les fiches ont une date',
    hasPlace: 'Les fiches ont un lieu',
    hasPeriod: 'Les fiches ont une période',
    fiches: 'Fiches',
  },
  'api::fiche.fiche': {
    title: 'Titre',
    rubrique: 'Rubrique',
    author: 'Auteur (compte)',
    authorName: 'Auteur',
    authorDisplayName: 'Nom affiché publiquement (si l’auteur l’a accepté)',
    body: 'Texte',
    images: 'Images',
    eventDate: 'Date',
    place: 'Lieu',
    period: 'Période',
    reviewState: 'État de relecture',
    moderationComment: 'Commentaire pour l’auteur',
  },
  'api::page.page': {
    title: 'Titre',
    slug: 'Adresse (slug)',
    description: 'Description (moteurs de recherche)',
    body: 'Contenu',
    isHome: 'Page d’accueil',
    showInNavigation: 'Dans le menu',
    navigationOrder: 'Ordre dans le menu',
    membersOnly: 'Réservée aux membres',
  },
  'api::article.article': {
    title: 'Titre',
    slug: 'Adresse (slug)',
    date: 'Date',
    summary: 'Résumé',
    body: 'Contenu',
    image: 'Image',
    membersOnly: 'Réservé aux membres',
  },
  'api::event.event': {
    title: 'Titre',
    slug: 'Adresse (slug)',
    startsAt: 'Début',
    endsAt: 'Fin',
    place: 'Lieu',
    summary: 'Résumé',
    body: 'Description',
    membersOnly: 'Réservé aux membres',
  },
};

/**
 * The columns of each list in the admin. Editors find submitted fiches by filtering on
 * "État de relecture = soumise" (README, guide des éditeurs).
 */
export const ADMIN_LIST_COLUMNS: Record<string, string[]> = {
  'api::fiche.fiche': ['title', 'rubrique', 'reviewState', 'authorName', 'updatedAt'],
  'api::member-profile.member-profile': ['lastName', 'firstName', 'membershipNumber', 'transferReference', 'honorary'],
  'api::dues-payment.dues-payment': ['profile', 'periodEnd', 'amountCents', 'method', 'state', 'receivedOn'],
};
