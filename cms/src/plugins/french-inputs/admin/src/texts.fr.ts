/** Everything the admin's French inputs say, where a translator would look. */
export const texts = {
  name: 'Saisie à la française',
  eurosName: 'Montant en euros',
  eurosDescription: 'Un montant saisi en euros (40,00), gardé en centimes.',
  eurosPlaceholder: 'par exemple 40,00',
  // Strapi's own hint would give the minimum in cents (« min. 100 »).
  eurosHint: 'En euros, par exemple 40,00 ; au moins 1,00 €.',
  notAnAmount: 'Saisissez un montant en euros, par exemple 40,00.',
  confirmUnusual: (amount: string) =>
    `Vous avez saisi ${amount}. C’est plus de 10 000 € : est-ce bien le montant ?\n\n« OK » pour le garder, « Annuler » pour le corriger.`,
  datePlaceholder: 'jj/mm/aaaa',
  dateHint: 'Par exemple 14/05/2026.',
  notADate: 'Saisissez une date du calendrier, par exemple 14/05/2026.',
};
