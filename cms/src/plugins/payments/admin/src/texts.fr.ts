/** What the payment form's side panel says, in French. */
export const texts = {
  title: 'Proposition',
  chooseMember: 'Choisissez le membre : la période qui suit sa dernière cotisation et son montant seront proposés.',
  loading: 'Calcul de la proposition…',
  proposed: (period: string, amount: string, couple: boolean) =>
    `Proposé : du ${period}, ${amount} (cotisation ${couple ? 'couple' : 'individuelle'}). Vous pouvez les changer avant d’enregistrer.`,
  unavailable: 'La proposition n’a pas pu être calculée : saisissez la période et le montant.',
};
