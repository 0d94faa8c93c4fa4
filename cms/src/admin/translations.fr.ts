/**
 * French for the admin texts Strapi 5.54 leaves in English in front of volunteers and editors
 * (the search box of the content menu, the media library's announcement, the home page's
 * widgets, the content manager's menus and preview), and the choices' labels that the edit
 * view's menus look up by value (enum-labels.fr.ts).
 */
import { enumLabels } from './enum-labels.fr';

export const translationsFr: Record<string, string> = {
  ...enumLabels,
  'search.placeholder': 'Rechercher',
  // A yes-or-no field in a form: « Virement déclaré : Oui », never « Activé ».
  'app.components.ToggleCheckbox.on-label': 'Oui',
  'app.components.ToggleCheckbox.off-label': 'Non',
  // Strapi puts the next sentence right after this one.
  'app.components.MediaLibraryBanner.intro': 'La médiathèque a changé. ',
  'app.components.MediaLibraryBanner.text.enabled': 'Rien à faire : vous utilisez déjà la nouvelle.',
  'app.components.MediaLibraryBanner.text': 'La documentation explique comment passer à la nouvelle.',
  'app.components.MediaLibraryBanner.button.enabled': 'En savoir plus (en anglais)',
  'app.components.MediaLibraryBanner.button': 'Documentation (en anglais)',
  'app.components.MediaLibraryBanner.close': 'Fermer',
  // The home page and its widgets.
  'HomePage.addWidget.title': 'Ajouter un bloc',
  'HomePage.addWidget.button': 'Ajouter un bloc',
  'HomePage.addWidget.noWidgetsAvailable': 'Aucun bloc à ajouter',
  'HomePage.widget.delete': 'Retirer',
  'HomePage.widget.drag': 'Glisser pour déplacer',
  'HomePage.widget.no-permissions': 'Vous n’avez pas accès à ce bloc',
  'widget.last-activity.title': 'Dernière activité',
  'widget.last-activity.no-activity': 'Aucune activité',
  'widget.last-activity.link': 'Ouvrir le journal',
  'app.utils.update-filter': 'Modifier le filtre',
  // The content manager (its messages are named after the plugin).
  'content-manager.actions.delete.label': 'Supprimer l’entrée{isLocalized, select, true { (toutes les langues)} other {}}',
  'content-manager.actions.open-in-new-tab.label': 'Ouvrir dans un nouvel onglet',
  'content-manager.actions.copy-documentId.label': 'Copier l’identifiant du document',
  'content-manager.actions.copy-documentId.success': 'Identifiant copié',
  'content-manager.containers.edit.information.last-published.value':
    '{time}{isAnonymous, select, true {} other { par {author}}}',
  'content-manager.containers.edit.information.last-draft.value':
    '{time}{isAnonymous, select, true {} other { par {author}}}',
  'content-manager.containers.edit.information.document.value':
    '{time}{isAnonymous, select, true {} other { par {author}}}',
  'content-manager.containers.edit.information.documentId.label': 'Identifiant du document',
  'content-manager.containers.List.statusFilter.draft': 'Brouillon (jamais publié)',
  'content-manager.containers.List.statusFilter.published': 'Publié (tous)',
  'content-manager.containers.List.statusFilter.publishedModified': 'Publié (modifié depuis)',
  'content-manager.containers.List.statusFilter.publishedUnmodified': 'Publié (non modifié)',
  'content-manager.containers.list.filters.status': 'État',
  'content-manager.components.RelationInputModal.modal-title': 'Modifier une relation',
  'content-manager.components.RelationInputModal.button-fullpage': 'Aller à l’entrée',
  'content-manager.components.RelationInputModal.confirmation-message':
    'Des modifications ne sont pas enregistrées. Fermer quand même ? Elles seront perdues.',
  'content-manager.form.Input.hint.character.unit': '{maxValue, plural, one { caractère} other { caractères}}',
  'content-manager.popUpWarning.warning.unpublish': 'Sans publication, ce contenu redevient un brouillon.',
  'content-manager.popUpWarning.warning.unpublish-question': 'Voulez-vous vraiment ne pas le publier ?',
  'content-manager.preview.panel.title': 'Aperçu',
  'content-manager.preview.panel.button': 'Ouvrir l’aperçu',
  'content-manager.preview.panel.button-configuration': 'Configurer l’aperçu',
  'content-manager.preview.panel.button-disabled-tooltip': 'Enregistrez pour ouvrir l’aperçu',
  'content-manager.preview.page-title': '{contentType} : aperçu',
  'content-manager.preview.header.close': 'Fermer l’aperçu',
  'content-manager.preview.copy.label': 'Copier le lien de l’aperçu',
  'content-manager.preview.copy.success': 'Lien de l’aperçu copié',
  'content-manager.preview.tabs.label': 'État de l’aperçu',
  'content-manager.relation.create': 'Créer une relation',
  'content-manager.success.records.publish': 'Publié.',
  'content-manager.listView.validation.errors.title': 'À corriger',
  'content-manager.listView.validation.errors.message':
    'Vérifiez que tous les champs sont valides avant de publier (champ obligatoire, nombre de caractères…).',
};

/** Strapi's English defaults that must not show on the volunteers' and editors' screens (tested in Chromium). */
export const ENGLISH_DEFAULTS = ['Add Widget', 'Delete entry', 'Open preview', 'Last activity', 'Drag to move'];

/** How a yes-or-no field reads in the lists. */
export const booleanLabels = { true: 'Oui', false: 'Non' } as const;
