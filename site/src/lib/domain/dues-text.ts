/**
 * The dues state in words, for "Mon compte": never colour alone. `tone` picks the colour,
 * `text` says the same thing to someone who cannot see it.
 */
import { formatDateFr, type DuesStatus } from '@aec/config';

export interface DuesText {
  tone: 'ok' | 'overdue' | 'neutral';
  text: string;
  pending: string | null;
}

export function duesText(status: DuesStatus): DuesText {
  const pending =
    'declaredPending' in status && status.declaredPending
      ? 'Votre virement déclaré est en attente de confirmation par un bénévole.'
      : null;
  switch (status.kind) {
    case 'overdue':
      return { tone: 'overdue', text: `Échéance dépassée depuis le ${formatDateFr(status.dueDate)}`, pending };
    case 'up-to-date':
      return { tone: 'ok', text: `À jour — prochaine échéance le ${formatDateFr(status.dueDate)}`, pending };
    case 'honorary':
      return { tone: 'ok', text: 'Membre d’honneur : pas de cotisation à régler', pending: null };
    case 'none':
      return { tone: 'neutral', text: 'Aucune cotisation enregistrée pour le moment', pending };
  }
}
