/**
 * French for the few admin texts Strapi 5.54 leaves in English in front of volunteers (the
 * search box of the content menu, the media library's announcement), and the choices' labels
 * that the edit view's menus look up by value (enum-labels.fr.ts).
 */
import { enumLabels } from './enum-labels.fr';

export const translationsFr: Record<string, string> = {
  ...enumLabels,
  'search.placeholder': 'Rechercher',
  // Strapi puts the next sentence right after this one.
  'app.components.MediaLibraryBanner.intro': 'La médiathèque a changé. ',
  'app.components.MediaLibraryBanner.text.enabled': 'Rien à faire : vous utilisez déjà la nouvelle.',
  'app.components.MediaLibraryBanner.text': 'La documentation explique comment passer à la nouvelle.',
  'app.components.MediaLibraryBanner.button.enabled': 'En savoir plus (en anglais)',
  'app.components.MediaLibraryBanner.button': 'Documentation (en anglais)',
  'app.components.MediaLibraryBanner.close': 'Fermer',
};

/** How a yes-or-no field reads in the lists. */
export const booleanLabels = { true: 'Oui', false: 'Non' } as const;
