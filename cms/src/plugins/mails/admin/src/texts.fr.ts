/** Everything the « Courriels » page says, in one place for a translator. */
import type { MailState } from '@aec/config';

export const texts = {
  menu: 'Courriels',
  title: 'Courriels',
  subtitle:
    'Les derniers mails envoyés par le site : à qui, quoi, et où ils en sont. Un mail qui n’a pas pu partir est réessayé seul (vers 1, 5, 15 et 60 minutes), puis abandonné.',
  filter: 'Afficher',
  all: 'Tous les mails',
  states: { 'en-attente': 'En attente', envoye: 'Envoyé', abandonne: 'Abandonné' } satisfies Record<MailState, string>,
  columns: { queuedAt: 'Demandé le', to: 'Destinataire', subject: 'Objet', state: 'État', attempts: 'Essais' },
  lastError: 'Dernière erreur',
  empty: 'Aucun mail.',
  loading: 'Chargement…',
  error: 'La liste n’a pas pu être lue. Réessayez dans un instant.',
  forbidden: 'Vous n’avez pas accès à cette page.',
};
