/** Everything the widget says, in French, where a translator would look. */
export const texts = {
  title: 'Ce qui vous attend',
  todo: 'À faire',
  nothing: 'Rien ne vous attend : tout est à jour.',
  upcoming: 'À venir',
  members: 'Les membres',
  chartTitle: 'Les membres sur 12 mois, en fin de mois',
  chartFigures: 'Voir les chiffres',
  noMembers: 'Ces chiffres sont pour les bénévoles qui tiennent la liste des membres.',
  month: 'Mois',
  states: { upToDate: 'À jour', overdue: 'En retard', none: 'Sans cotisation' },
  error: 'Le serveur n’a pas pu répondre. Rechargez la page dans un instant.',
};
