/**
 * The dues reminders' default wording, one per step of the first start's calendar, and one for
 * members with no dues recorded (NO_DUES_STEP). They are
 * written into "Modèle de relance" at the first start; volunteers then edit them in the admin.
 * Placeholders: {prenom}, {echeance}, {montant}, {reference}, {lien}.
 */
export const DEFAULT_REMINDER_TEMPLATES: Record<string, { subject: string; body: string }> = {
  'sans-cotisation': {
    subject: 'Votre cotisation à l’association',
    body: `Bonjour {prenom},

Vous avez un espace membre sur notre site, mais nous n’avons encore enregistré aucune cotisation pour vous. Pour être membre à part entière, la cotisation est de {montant}.

Le plus simple est un virement avec votre référence personnelle {reference} ; tout est expliqué sur la page « Payer votre cotisation ». Vous pouvez aussi payer par chèque.

Si vous avez déjà payé, merci, et ignorez ce message : nous l’enregistrons dès réception.`,
  },
  'j-30': {
    subject: 'Votre cotisation arrive à échéance le {echeance}',
    body: `Bonjour {prenom},

Votre cotisation à l’association couvre la période jusqu’au {echeance}. Pour continuer à recevoir nos informations et à publier vos fiches, pensez à la renouveler : {montant}.

Le plus simple est un virement avec votre référence personnelle {reference} ; tout est expliqué sur la page « Payer votre cotisation ».`,
  },
  j0: {
    subject: 'Votre cotisation arrive à échéance aujourd’hui',
    body: `Bonjour {prenom},

Votre cotisation arrive à échéance aujourd’hui, le {echeance}. Vous pouvez la renouveler dès maintenant ({montant}), par virement avec votre référence {reference}, ou par chèque.

Si vous avez déjà payé, merci, et ignorez ce message : nous l’enregistrons dès réception.`,
  },
  'j+30': {
    subject: 'Rappel : votre cotisation est à renouveler',
    body: `Bonjour {prenom},

Votre cotisation est arrivée à échéance le {echeance}. Votre compte reste ouvert, mais nous serions heureux de vous compter encore parmi nos membres : {montant}, par virement avec votre référence {reference}, ou par chèque.

Si vous avez déjà payé, merci, et ignorez ce message.`,
  },
  'j+60': {
    subject: 'Dernier rappel : votre cotisation',
    body: `Bonjour {prenom},

Sauf erreur de notre part, votre cotisation échue le {echeance} n’a pas été renouvelée. Sans nouvelles de votre part, votre accès à l’espace membres pourra être désactivé par un bénévole.

Pour renouveler ({montant}, référence {reference}), ou si vous pensez qu’il s’agit d’une erreur, répondez-nous : nous regarderons avec vous.`,
  },
};

/** A step's wording: its own, else that of the nearest kind (before, on, or after the due date). */
export function defaultWording(step: {
  key: string;
  offsetDays: number;
}): { subject: string; body: string } | undefined {
  const kind = step.offsetDays < 0 ? 'j-30' : step.offsetDays === 0 ? 'j0' : 'j+30';
  return DEFAULT_REMINDER_TEMPLATES[step.key] ?? DEFAULT_REMINDER_TEMPLATES[kind];
}
