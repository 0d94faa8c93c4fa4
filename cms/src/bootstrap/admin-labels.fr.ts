/**
 * The French labels volunteers and editors read in the admin panel, field by field.
 * Strapi keeps them in the content-manager's configuration; bootstrap writes them at each start.
 */
import { uids } from '../db';

export const ADMIN_LABELS: Record<string, Record<string, string>> = {
  [uids.associationSetting]: {
    associationName: 'Nom de l’association',
    shortName: 'Sigle (AEC)',
    foundedIn: 'Année de fondation',
    tagline: 'Présentation en une phrase (accueil du site)',
    contactEmail: 'Adresse de contact (pied des pages, réponses aux courriels)',
    officeAddressLines: 'Siège : nom et rue (une ligne par ligne)',
    officePostalCode: 'Siège : code postal',
    officeCity: 'Siège : ville',
    individualCents: 'Cotisation individuelle',
    coupleCents: 'Cotisation couple',
    otherDues: 'Autres cotisations (membre bienfaiteur, étudiant…)',
    amountsAreExample: 'Montants d’exemple (le site le signale)',
    periodRule: 'Période couverte par une cotisation',
    bankHolder: 'Titulaire du compte',
    iban: 'IBAN',
    bic: 'BIC',
    bankName: 'Banque',
    bankIsExample: 'Coordonnées bancaires d’exemple (le site le signale)',
    chequeAddressLines: 'Chèques : nom et rue (une ligne par ligne)',
    chequePostalCode: 'Chèques : code postal',
    chequeCity: 'Chèques : ville',
    membershipEmail: 'Adresse prévenue des nouvelles adhésions',
    reminderSteps: 'Calendrier des relances',
  },
  'settings.reminder-step': {
    offsetDays: 'Jours par rapport à l’échéance (-30 : 30 jours avant ; 0 : le jour même ; 30 : 30 jours après)',
  },
  'settings.other-dues': {
    label: 'Nom (par exemple « Membre bienfaiteur »)',
    amountCents: 'Montant',
  },
  'shared.address': {
    line1: 'Adresse (ligne 1)',
    line2: 'Complément (ligne 2)',
    line3: 'Complément (ligne 3)',
    postalCode: 'Code postal',
    city: 'Ville',
    country: 'Pays',
  },
  [uids.memberProfile]: {
    user: 'Compte de connexion',
    civility: 'Civilité',
    firstName: 'Prénom',
    lastName: 'Nom',
    fullName: 'Prénom et nom',
    searchLabel: 'Membre (nom, e-mail, ville, référence)',
    phone: 'Téléphone',
    mobilePhone: 'Téléphone portable',
    address: 'Adresse',
    accountEmail: 'Adresse de connexion (e-mail)',
    accountBlocked: 'Compte désactivé',
    toDeactivate: 'À désactiver (dernière relance restée sans réponse)',
    reminders: 'Relances envoyées',
    membershipNumber: 'Numéro d’adhérent',
    transferReference: 'Référence de virement',
    joinedOn: 'Date d’adhésion',
    consentPublicName: 'Accepte que son nom figure sur ses fiches',
    consentNewsletter: 'Accepte de recevoir les lettres d’information',
    honorary: 'Membre d’honneur (pas de cotisation)',
    dueDateOverride: 'Échéance fixée à la main (remplace le calcul)',
    importedDueDate: 'Échéance reprise de l’ancien fichier (le premier paiement enregistré la remplace)',
    nextDueDate: 'Prochaine échéance (calculée)',
    transferDeclared: 'Virement déclaré, à confirmer (calculé)',
    volunteerNote: 'Note des bénévoles (jamais montrée au membre)',
    secondMember: 'Deuxième adhérent',
    duesPayments: 'Paiements de cotisation',
  },
  [uids.memberImport]: {
    fileName: 'Fichier',
    at: 'Importé le',
    actorLabel: 'Par',
    state: 'État',
    lines: 'Lignes lues',
    created: 'Membres créés',
    skipped: 'Déjà inscrits (ignorés)',
    rejected: 'Lignes refusées',
    report: 'Rapport (lignes refusées et ignorées)',
    welcomeMails: 'Mail « première connexion » demandé',
    mailsSent: 'Mails « première connexion » envoyés',
  },
  [uids.secondMember]: {
    profile: 'Fiche membre',
    civility: 'Civilité',
    firstName: 'Prénom',
    lastName: 'Nom',
    email: 'Adresse e-mail (ne permet pas de se connecter)',
    phone: 'Téléphone',
  },
  [uids.duesPayment]: {
    title: 'Paiement',
    profile: 'Membre',
    periodStart: 'Début de la période',
    periodEnd: 'Fin de la période (échéance)',
    amountCents: 'Montant',
    method: 'Moyen de paiement',
    state: 'État (déclaré ou confirmé)',
    receivedOn: 'Reçu le',
    note: 'Note',
  },
  [uids.rubrique]: {
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
  [uids.fiche]: {
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
  [uids.page]: {
    title: 'Titre',
    slug: 'Adresse (slug)',
    description: 'Description (moteurs de recherche)',
    body: 'Contenu',
    isHome: 'Page d’accueil',
    showInNavigation: 'Dans le menu',
    navigationOrder: 'Ordre dans le menu',
    navigationParent: 'Sous-menu de la page (un seul niveau)',
    navigationChildren: 'Pages de son sous-menu',
    membersOnly: 'Réservée aux membres',
  },
  [uids.article]: {
    title: 'Titre',
    slug: 'Adresse (slug)',
    date: 'Date',
    summary: 'Résumé',
    body: 'Contenu',
    image: 'Image',
    membersOnly: 'Réservé aux membres',
  },
  [uids.event]: {
    title: 'Titre',
    slug: 'Adresse (slug)',
    startsAt: 'Début',
    endsAt: 'Fin',
    place: 'Lieu',
    summary: 'Résumé',
    body: 'Description',
    membersOnly: 'Réservé aux membres',
  },
  [uids.reminder]: {
    profile: 'Membre',
    stepKey: 'Étape',
    stepLabel: 'Étape (en clair)',
    dueDate: 'Échéance concernée',
    sentAt: 'Envoyée le',
    email: 'Envoyée à',
    subject: 'Objet',
  },
  [uids.erasureRequest]: {
    profile: 'Membre',
    memberLabel: 'Qui (au moment de la demande)',
    requestedAt: 'Demandée le',
    state: 'État (« traitee » anonymise le membre ; « close » quand il a reçu la réponse)',
    confirmErasure: 'Je confirme l’effacement définitif (sans retour possible)',
    replyEmail: 'Adresse pour lui répondre (effacée à l’état « close »)',
    processedAt: 'Traitée le',
    failureReason: 'Raison de l’échec (remettre « traitee » pour réessayer)',
  },
  [uids.memberChange]: {
    profile: 'Membre',
    at: 'Le',
    actor: 'Par',
    actorLabel: 'Qui',
    subject: 'Sur',
    action: 'Action',
    changes: 'Champs : avant → après',
    summary: 'Ce qui a changé',
  },
  [uids.plannedReminder]: {
    profile: 'Membre',
    memberName: 'Nom',
    plannedFor: 'Prévue le',
    stepLabel: 'Étape',
    dueDate: 'Échéance concernée',
    email: 'Sera envoyée à',
  },
  [uids.reminderTemplate]: {
    stepKey: 'Étape',
    label: 'Quand',
    subject: 'Objet du courriel',
    body: 'Texte du courriel ({prenom}, {echeance}, {montant}, {reference}, {lien})',
  },
};

/**
 * The columns of each list in the admin. Editors find submitted fiches by filtering on
 * "État de relecture = soumise" (README, guide des éditeurs).
 */
export const ADMIN_LIST_COLUMNS: Record<string, string[]> = {
  [uids.fiche]: ['title', 'rubrique', 'reviewState', 'authorName', 'updatedAt'],
  // What a volunteer decides on first, then how to reach the member: all of it visible at 1440 px.
  [uids.memberProfile]: [
    'lastName',
    'firstName',
    'nextDueDate',
    'transferDeclared',
    'toDeactivate',
    'accountBlocked',
    'accountEmail',
    'membershipNumber',
  ],
  [uids.duesPayment]: ['title', 'periodEnd', 'state', 'receivedOn'],
  [uids.reminder]: ['sentAt', 'profile', 'stepLabel', 'dueDate', 'email'],
  [uids.reminderTemplate]: ['stepKey', 'label', 'subject'],
  [uids.erasureRequest]: ['requestedAt', 'memberLabel', 'state', 'processedAt'],
  [uids.memberChange]: ['at', 'profile', 'actorLabel', 'action', 'summary'],
  [uids.plannedReminder]: ['plannedFor', 'memberName', 'stepLabel', 'dueDate', 'email'],
  [uids.memberImport]: ['at', 'fileName', 'actorLabel', 'state', 'created', 'skipped', 'rejected'],
};

/** Shorter column headings where the edit view's label explains more than a list has room for. */
export const ADMIN_LIST_LABELS: Record<string, Record<string, string>> = {
  [uids.memberProfile]: {
    accountEmail: 'E-mail',
    toDeactivate: 'À désactiver',
    membershipNumber: 'N°',
    nextDueDate: 'Échéance',
    transferDeclared: 'Virement déclaré',
  },
};

/** Technical fields: never shown in an edit view (a fiche's search text is built from the fiche). */
export const ADMIN_HIDDEN: Record<string, string[]> = {
  [uids.fiche]: ['searchText'],
  // Names built from the entry's own fields (document-middlewares/entry-titles.ts).
  [uids.memberProfile]: ['fullName', 'searchLabel'],
  [uids.duesPayment]: ['title'],
  // The journal reads as a sentence (« État : Déclaré → Confirmé »); its raw record stays for « Mon compte ».
  [uids.memberChange]: ['changes'],
};

/** Fields computed from other data: shown, never edited (an edit would silently be overwritten). */
export const ADMIN_READ_ONLY: Record<string, string[]> = {
  [uids.memberProfile]: ['nextDueDate', 'transferDeclared', 'toDeactivate'],
};

/** The field that names an entry (edit view title, relation pickers), where Strapi's choice would be an id. */
export const ADMIN_MAIN_FIELDS: Record<string, string> = {
  [uids.duesPayment]: 'title',
  [uids.memberProfile]: 'fullName',
  [uids.memberImport]: 'fileName',
};

/**
 * What a relation shows and searches, by « type.field », where it is not the entry's name: the
 * member of a payment is picked by name, e-mail, city or reference. Strapi uses one field for a
 * relation's picker and its list column, so lists that show the member (the journal, the
 * reminders) keep her name alone.
 */
export const ADMIN_PICKER_FIELDS: Record<string, string> = {
  [`${uids.duesPayment}.profile`]: 'searchLabel',
};
