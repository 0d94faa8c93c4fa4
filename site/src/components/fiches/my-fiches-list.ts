/**
 * The items of « Voir et modifier mes fiches » (guide §5): title, rubrique, date, state.
 *
 * Written with `html` rather than in the page's template: twenty items of eleven expressions
 * each made the list cost more to render than everything else on the page, and « Mes fiches »
 * fell under the benchmark's objective (docs/performance.md). Every value is escaped.
 */
import { ficheStateLabels, type MemberFicheSummary } from '@aec/config';
import { fr } from '../../i18n/fr';
import { html, type SafeHtml } from '../../lib/html';

export function myFichesItems(fiches: readonly MemberFicheSummary[]): SafeHtml {
  // Laid out by hand: line breaks here fall where the page shows a space anyway.
  // prettier-ignore
  return html`${fiches.map((fiche) => html`<li>
    <a href="/espace-membres/fiches/${encodeURIComponent(fiche.documentId)}"><strong>${fiche.title}</strong></a><br>
    <span class="meta">${fiche.rubrique?.name} — ${fr.fiches.createdOn}
      <time datetime="${fiche.createdAt}">${fr.dateFormat(fiche.createdAt)}</time> — ${fr.fiches.state}
      <span class="state">${ficheStateLabels[fiche.state]}</span></span>
  </li>`)}`;
}
