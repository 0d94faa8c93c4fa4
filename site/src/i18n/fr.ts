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
  form: {
    requiredHint: 'Les champs marqués d’un astérisque (*) sont obligatoires.',
    required: 'obligatoire',
    summaryTitle: (count: number) =>
      count === 1 ? 'Le formulaire contient une erreur' : `Le formulaire contient ${count} erreurs`,
    errorTitlePrefix: 'Erreur : ',
    unavailable:
      'Nous n’avons pas pu joindre notre serveur : rien n’a été enregistré, mais ce que vous avez saisi est toujours là. Réessayez dans quelques minutes.',
    tooManyAttempts: (seconds: number) => {
      const minutes = Math.max(1, Math.ceil(seconds / 60));
      return `Trop de tentatives. Par sécurité, réessayez dans ${minutes} minute${minutes > 1 ? 's' : ''}.`;
    },
  },
  login: {
    title: 'Se connecter',
    email: 'Adresse e-mail',
    emailHint: 'L’adresse que vous avez donnée lors de votre adhésion.',
    password: 'Mot de passe',
    remember: 'Se souvenir de moi',
    rememberHint: 'Vous resterez connecté 30 jours sur cet appareil. À éviter sur un ordinateur partagé.',
    submit: 'Se connecter',
    forgot: 'Mot de passe oublié ?',
    close: 'Fermer',
    advice: [
      'Utilisez l’adresse e-mail avec laquelle vous avez adhéré (si vous en avez plusieurs, c’est celle-là).',
      'L’adresse du deuxième adhérent d’une adhésion couple ne permet pas de se connecter.',
      `Si votre adresse a été mal saisie lors de votre adhésion, écrivez-nous à ${association.contactEmail}.`,
    ],
    invalidCredentials: 'Adresse e-mail ou mot de passe incorrect. Vérifiez l’un et l’autre, puis réessayez.',
    blocked: `Votre compte est désactivé, en général après plusieurs relances de cotisation restées sans réponse. Pour le réactiver, écrivez-nous à ${association.contactEmail} : nous vous répondrons rapidement.`,
    loggedOut: 'Vous êtes déconnecté. À bientôt !',
    sessionExpired: 'Votre session a pris fin. Connectez-vous à nouveau pour continuer.',
    memberOnly: 'Cette page est réservée aux membres de l’association. Connectez-vous pour y accéder.',
  },
  logout: {
    title: 'Se déconnecter',
    text: 'Voulez-vous vous déconnecter de cet appareil ?',
    submit: 'Se déconnecter',
  },
  forgot: {
    title: 'Mot de passe oublié',
    intro:
      'Indiquez l’adresse e-mail sous laquelle vous êtes inscrit : nous vous enverrons un lien pour choisir un nouveau mot de passe.',
    submit: 'Recevoir le lien',
    sent: 'Si un compte correspond à cette adresse, un e-mail vient de vous être envoyé avec un lien pour choisir un nouveau mot de passe. Le lien est valable une heure.',
    sentAdvice: `Vous ne le voyez pas d’ici quelques minutes ? Regardez dans les courriers indésirables (spams). Sinon, c’est peut-être que vous avez adhéré avec une autre adresse : essayez-la, ou écrivez-nous à ${association.contactEmail}.`,
    again: 'Envoyer un nouveau lien',
  },
  reset: {
    title: 'Réinitialiser votre mot de passe',
    intro: 'Saisissez deux fois votre nouveau mot de passe. Il peut être le même que le précédent.',
    password: 'Nouveau mot de passe',
    passwordHint:
      'Au moins 10 caractères. Une courte phrase est facile à retenir, par exemple « faïence de Nevers 1789 ».',
    confirmation: 'Le même mot de passe, à nouveau',
    submit: 'Enregistrer mon nouveau mot de passe',
    done: 'Votre nouveau mot de passe a bien été pris en compte. Vous êtes connecté.',
    askAgain: 'Recevoir un nouveau lien',
    links: {
      'link-expired':
        'Ce lien a expiré : par sécurité, il n’est valable qu’une heure. Demandez-en un nouveau, il arrivera en quelques minutes.',
      'link-used':
        'Ce lien a déjà servi : il ne fonctionne qu’une fois. Si vous n’avez pas pu choisir votre mot de passe, demandez un nouveau lien.',
      'link-replaced':
        'Ce lien a été remplacé par un plus récent : vous avez fait une nouvelle demande. Utilisez le lien du dernier e-mail reçu, ou demandez-en un nouveau.',
      'link-invalid':
        'Ce lien n’est pas valable. Il a peut-être été mal copié : utilisez le bouton de l’e-mail, ou demandez un nouveau lien.',
    },
    sentFromAccount: 'Un e-mail vient de vous être envoyé avec un lien pour choisir un nouveau mot de passe.',
  },
  account: {
    title: 'Espace membres – Mon compte',
    memberRecord: 'Fiche membre',
    dues: 'Cotisation',
    duesNote:
      'Le dépassement de la date de cotisation n’entraîne pas de déconnexion de votre compte ; celle-ci n’intervient qu’après plusieurs relances de notre part.',
    connection: 'Connexion au site',
    identifier: 'Identifiant (adresse e-mail)',
    displayName: 'Nom affiché sur le site',
    identity: 'Identité',
    civility: 'Civilité',
    name: 'Prénom et nom',
    phone: 'Téléphone',
    mobilePhone: 'Téléphone portable',
    address: 'Adresse',
    noAddress: 'Non renseignée',
    membershipNumber: 'Numéro d’adhérent',
    transferReference: 'Référence pour vos virements',
    secondMember: 'Deuxième adhérent',
    noSecondMember: 'Aucun',
    editRecord: 'Modifier ma fiche membre',
    myFiches: 'Voir et modifier mes fiches',
    createFiche: 'Créer une fiche',
    fichesSoon: 'Bientôt : la rédaction des fiches par rubrique arrive dans la prochaine version du site.',
    resetPassword: 'Réinitialiser votre mot de passe',
    resetPasswordText:
      'Nous vous envoyons par e-mail un lien pour choisir un nouveau mot de passe, comme pour « Mot de passe oublié ».',
    sendResetLink: 'M’envoyer le lien par e-mail',
    payDues: 'Payer votre cotisation',
    payDuesLink: 'Comment payer ma cotisation',
  },
  changePassword: {
    title: 'Changer mon mot de passe',
    current: 'Mot de passe actuel',
    wrongCurrent: 'Le mot de passe actuel est incorrect.',
    submit: 'Changer mon mot de passe',
    done: 'Votre nouveau mot de passe a bien été pris en compte. Vos autres connexions ont été fermées.',
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
