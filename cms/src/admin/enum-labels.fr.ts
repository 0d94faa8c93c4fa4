/**
 * How the admin shows a choice, in lists and in the edit view's menus: « Chèque », « Déclaré »,
 * « À traiter » rather than the stored values (cheque, declare, a-traiter). Values are the
 * schemas' enumerations.
 */
export const enumLabels: Record<string, string> = {
  // Dues payments
  virement: 'Virement',
  cheque: 'Chèque',
  especes: 'Espèces',
  en_ligne: 'En ligne',
  declare: 'Déclaré',
  confirme: 'Confirmé',
  // Fiches
  brouillon: 'Brouillon',
  soumise: 'Soumise',
  renvoyee: 'Renvoyée',
  // Journal
  creation: 'Création',
  modification: 'Modification',
  suppression: 'Suppression',
  'fiche-membre': 'Fiche membre',
  'deuxieme-adherent': 'Deuxième adhérent',
  cotisation: 'Cotisation',
  compte: 'Compte de connexion',
  reglages: 'Réglages de l’association',
  'calendar-year': 'Année civile (1er janvier – 31 décembre)',
  'twelve-months': '12 mois à partir du paiement',
  membre: 'Membre',
  benevole: 'Bénévole',
  systeme: 'Système',
  // Imports
  en_cours: 'En cours',
  termine: 'Terminé',
  echec: 'Échec',
  // Erasure requests
  'a-traiter': 'À traiter',
  traitee: 'Traitée',
  // People
  madame: 'Madame',
  monsieur: 'Monsieur',
};

export function enumLabel(value: unknown): string {
  if (typeof value !== 'string' || value === '') return '-';
  return enumLabels[value] ?? value;
}
