/** Every word of the site's chrome, in one place for a translator. Labels are the member guide's. */
import { association } from '@aec/config';

export const fr = {
  skipToContent: 'Aller au contenu',
  nav: {
    label: 'Navigation principale',
    home: 'Accueil',
    login: 'Se connecter',
    logout: 'Se déconnecter',
    memberArea: 'Espace membres',
    myAccount: 'Espace membres – Mon compte',
    myAccountShort: 'Mon compte',
  },
  home: {
    latestArticles: 'Dernières actualités',
    noArticles: 'Aucune actualité pour le moment.',
    readMore: 'Lire l’article',
  },
  footer: {
    contact: 'Nous écrire',
    address: 'Adresse',
    since: `Association fondée en ${association.foundedIn}`,
  },
  errors: {
    notFoundTitle: 'Page introuvable',
    notFoundText: 'Cette page n’existe pas ou n’existe plus. Vérifiez l’adresse, ou revenez à l’accueil.',
    unavailableTitle: 'Le site est momentanément indisponible',
    unavailableText:
      'Nous n’arrivons pas à joindre notre serveur pour le moment. Rien de ce que vous avez fait n’est perdu : réessayez dans quelques minutes.',
    unavailableContact: `Si le problème dure, écrivez-nous à ${association.contactEmail}.`,
    serverErrorTitle: 'Une erreur est survenue',
    serverErrorText: 'Nous n’avons pas pu afficher cette page. L’erreur a été notée ; réessayez dans quelques minutes.',
    backHome: 'Revenir à l’accueil',
    retry: 'Réessayer',
  },
  dateFormat: (iso: string) =>
    new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeZone: 'Europe/Paris' }).format(new Date(iso)),
} as const;
