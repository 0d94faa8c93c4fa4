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
    myData: 'Mes données',
    myDataLink: 'Voir, télécharger ou faire effacer mes données',
  },
  record: {
    title: 'Modifier ma fiche membre',
    stepIdentifiers: 'identifiants',
    stepAddress: 'adresse',
    stepSecondMember: 'deuxième adhérent',
    email: 'Adresse e-mail (identifiant de connexion)',
    emailHint:
      'Si vous la changez, un lien de confirmation sera envoyé à la nouvelle adresse ; l’ancienne reste votre identifiant d’ici là.',
    firstName: 'Prénom',
    lastName: 'Nom',
    line1: 'Numéro et rue',
    line1Hint: 'Par exemple : 12 rue de la Faïencerie',
    line2: 'Complément d’adresse (bâtiment, escalier…)',
    line3: 'Lieu-dit, boîte postale…',
    postalCode: 'Code postal',
    city: 'Ville',
    country: 'Pays',
    secondMemberIntro:
      'Pour une adhésion couple. Le deuxième adhérent reçoit les informations de l’association, mais son adresse e-mail ne permet pas de se connecter au site.',
    hasSecondMember: 'Y a-t-il un deuxième adhérent ?',
    yesSecondMember: 'Oui',
    noSecondMember: 'Non (ou le retirer)',
    secondMemberLegend: 'Le deuxième adhérent',
    secondMemberFieldsHint:
      'À remplir seulement si vous avez répondu « Oui » : civilité, prénom et nom sont alors obligatoires.',
    secondEmail: 'Adresse e-mail du deuxième adhérent',
    secondEmailHint: 'Facultative. Elle ne sert pas à se connecter.',
    noSecondMemberSummary: 'Pas de deuxième adhérent.',
    notGiven: 'non renseigné',
    change: 'Modifier',
    previous: 'Précédent',
    next: 'Suivant',
    confirm: 'Confirmer et enregistrer',
    saved: 'Vos modifications ont bien été enregistrées.',
    emailPending:
      'Un lien de confirmation vient d’être envoyé à votre nouvelle adresse e-mail (valable une heure). D’ici là, votre ancienne adresse reste votre identifiant.',
    notSaved:
      'Vos modifications n’ont pas pu être enregistrées : notre serveur ne répond pas. Rien de ce que vous avez saisi n’est perdu ; réessayez dans quelques minutes.',
    rejected:
      'Vos modifications n’ont pas été enregistrées : une information est refusée. Vérifiez chaque étape ci-dessous.',
  },
  pay: {
    title: 'Payer votre cotisation',
    amountTitle: 'Montant',
    individual: 'Cotisation individuelle',
    couple: 'Cotisation couple (avec un deuxième adhérent)',
    youIndividual: 'Pour vous (adhésion individuelle) :',
    youCouple: 'Pour vous (adhésion couple) :',
    covers: (start: string, end: string) => `, pour la période du ${start} au ${end}.`,
    amountsExample: 'Montants d’exemple : l’association les fixe dans ses réglages.',
    transferTitle: 'Par virement (de préférence)',
    transferIntro:
      'Depuis votre banque, faites un virement avec ces informations, ou scannez le code ci-dessous avec votre application bancaire.',
    bankExample: 'Ces coordonnées bancaires sont un exemple : l’association indique les siennes dans ses réglages.',
    holder: 'Titulaire du compte',
    amount: 'Montant',
    reference: 'Référence à indiquer',
    referenceWhy:
      'Indiquez bien votre référence personnelle dans le libellé du virement : c’est elle qui permet à nos bénévoles de reconnaître votre paiement.',
    copy: 'Copier',
    qrLabel:
      'Code QR de virement SEPA : votre application bancaire le lit et remplit le bénéficiaire, l’IBAN, le montant et la référence.',
    declareTitle: 'J’ai fait mon virement',
    declareIntro:
      'Prévenez-nous une fois le virement fait : un bénévole le confirmera dès qu’il apparaîtra sur notre compte, et vous ne recevrez plus de relance.',
    transferDate: 'Date du virement',
    declareSubmit: 'J’ai fait mon virement',
    declared: 'Merci ! Votre virement est enregistré comme déclaré ; un bénévole le confirmera dès sa réception.',
    pending:
      'Votre virement déclaré attend la confirmation d’un bénévole. Vous ne recevrez pas de relance pour cette cotisation.',
    chequeTitle: 'Par chèque',
    chequeIntro: (holder: string) => `Libellez votre chèque à l’ordre de « ${holder} » et envoyez-le à :`,
    chequeReference: (reference: string) => `Notez au dos votre référence : ${reference}.`,
    onlineTitle: 'Paiement en ligne',
    online: 'Le paiement en ligne n’est pas encore proposé : nous privilégions le virement bancaire.',
  },
  emailChange: {
    title: 'Confirmer ma nouvelle adresse e-mail',
    intro: 'Cliquez sur le bouton pour que cette adresse devienne votre identifiant de connexion.',
    submit: 'Confirmer ma nouvelle adresse',
    done: 'Votre nouvelle adresse est confirmée : utilisez-la désormais pour vous connecter.',
    problem: `Ce lien ne fonctionne plus (déjà utilisé, expiré ou remplacé). Refaites la modification depuis « Modifier ma fiche membre », ou écrivez-nous à ${association.contactEmail}.`,
  },
  myData: {
    title: 'Mes données',
    intro:
      'Voici tout ce que l’association conserve à votre sujet : votre fiche membre, le deuxième adhérent, l’historique de vos cotisations et vos fiches.',
    download: 'Télécharger mes données (fichier JSON)',
    show: 'Afficher mes données ici',
    erasureTitle: 'Demander l’effacement de mes données',
    erasureText:
      'Nos bénévoles effaceront ou anonymiseront vos données dans un délai d’un mois. Les pièces comptables (paiements) sont conservées pendant la durée prévue par la loi.',
    erasureSubmit: 'Demander l’effacement',
    erasureSent:
      'Votre demande d’effacement a été transmise aux bénévoles de l’association. Ils vous répondront par e-mail.',
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
