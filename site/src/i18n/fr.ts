/** Every word of the site's chrome, in one place for a translator. Labels are the member guide's. */
import { rememberedFormat, type Identity } from '@aec/config';

// Built once: an Intl formatter costs more to build than a hundred uses of it.
const parisDate = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeZone: 'Europe/Paris' });
const parisDateTime = new Intl.DateTimeFormat('fr-FR', {
  dateStyle: 'full',
  timeStyle: 'short',
  timeZone: 'Europe/Paris',
});

/** A wait in words, rounded up to the minute: « 1 minute », « 12 minutes ». */
function minutesOf(seconds: number): string {
  const minutes = Math.max(1, Math.ceil(seconds / 60));
  return `${minutes} minute${minutes > 1 ? 's' : ''}`;
}

export const fr = {
  skipToContent: 'Aller au contenu',
  nav: {
    label: 'Navigation principale',
    home: 'Accueil',
    fiches: 'Fiches des membres',
    articles: 'Actualités',
    agenda: 'Agenda',
    contact: 'Contact',
    join: 'Adhérer',
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
    upcomingEvents: 'Prochains rendez-vous',
    noEvents: 'Aucun rendez-vous annoncé pour le moment.',
    fullAgenda: 'Tout l’agenda',
    latestFiches: 'Dernières fiches publiées',
    noFiches: 'Aucune fiche publiée pour le moment.',
    allFiches: 'Toutes les fiches, par rubrique',
  },
  footer: {
    contact: 'Nous écrire',
    address: 'Adresse',
    since: (year: number) => `Association fondée en ${year}`,
  },
  form: {
    requiredHint: 'Les champs marqués d’un astérisque (*) sont obligatoires.',
    required: 'obligatoire',
    summaryTitle: (count: number) =>
      count === 1 ? 'Le formulaire contient une erreur' : `Le formulaire contient ${count} erreurs`,
    errorTitlePrefix: 'Erreur : ',
    unavailable:
      'Nous n’avons pas pu joindre notre serveur : rien n’a été enregistré, mais ce que vous avez saisi est toujours là. Réessayez dans quelques minutes.',
    tooManyAttempts: (seconds: number) => `Trop de tentatives. Par sécurité, réessayez dans ${minutesOf(seconds)}.`,
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
    advice: (contact: string) => [
      'Utilisez l’adresse e-mail avec laquelle vous avez adhéré (si vous en avez plusieurs, c’est celle-là).',
      'L’adresse du deuxième adhérent d’une adhésion couple ne permet pas de se connecter.',
      `Si votre adresse a été mal saisie lors de votre adhésion, écrivez-nous à ${contact}.`,
    ],
    invalidCredentials: 'Adresse e-mail ou mot de passe incorrect. Vérifiez l’un et l’autre, puis réessayez.',
    blocked: (contact: string) =>
      `Votre compte est désactivé, en général après plusieurs relances de cotisation restées sans réponse. Pour le réactiver, écrivez-nous à ${contact} : nous vous répondrons rapidement.`,
    unconfirmed:
      'Votre adresse e-mail n’est pas encore confirmée. Nous venons de vous envoyer un nouveau lien de confirmation : ouvrez le courriel, cliquez sur « Confirmer mon adresse », puis saisissez le mot de passe choisi en adhérant.',
    unconfirmedLinkRecent:
      'Votre adresse e-mail n’est pas encore confirmée. Un lien de confirmation vous a déjà été envoyé il y a peu : ouvrez le plus récent des courriels « Confirmez votre adresse e-mail » (regardez aussi dans les courriers indésirables), cliquez sur « Confirmer mon adresse », puis saisissez le mot de passe choisi en adhérant.',
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
    sentAdvice: (contact: string) =>
      `Vous ne le voyez pas d’ici quelques minutes ? Regardez dans les courriers indésirables (spams). Sinon, c’est peut-être que vous avez adhéré avec une autre adresse : essayez-la, ou écrivez-nous à ${contact}.`,
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
  /** The same page, opened from the « première connexion » mail of a member imported by the volunteers. */
  firstLogin: {
    title: 'Choisissez votre mot de passe',
    intro:
      'Bienvenue dans votre espace membre. Votre identifiant est votre adresse e-mail ; choisissez maintenant votre mot de passe et saisissez-le deux fois.',
    submit: 'Enregistrer mon mot de passe',
    linkExpired:
      'Ce lien a expiré : il était valable 30 jours. Demandez-en un nouveau avec « Mot de passe oublié ? », il arrivera en quelques minutes.',
  },
  account: {
    title: 'Espace membres – Mon compte',
    memberRecord: 'Fiche membre',
    dues: 'Cotisation',
    duesNote:
      'Le dépassement de la date de cotisation n’entraîne pas de déconnexion de votre compte ; celle-ci n’intervient qu’après plusieurs relances de notre part.',
    changesTitle: 'Les dernières modifications de votre fiche',
    changesIntro: 'Qui a modifié quoi, et quand : vous, un bénévole de l’association, ou le site lui-même.',
    changeActors: { membre: 'par vous', benevole: 'par un bénévole', systeme: 'par le site' },
    changeSubjects: {
      'fiche-membre': 'Fiche membre',
      'deuxieme-adherent': 'Deuxième adhérent',
      cotisation: 'Cotisation',
      compte: 'Compte de connexion',
    },
    changeActions: { creation: 'ajout', modification: 'modification', suppression: 'suppression' },
    changeFields: {
      civility: 'civilité',
      firstName: 'prénom',
      lastName: 'nom',
      phone: 'téléphone',
      mobilePhone: 'téléphone portable',
      email: 'adresse e-mail',
      honorary: 'membre d’honneur',
      dueDateOverride: 'échéance fixée par un bénévole',
      accountBlocked: 'compte désactivé',
      consentPublicName: 'nom affiché sur vos fiches',
      consentNewsletter: 'lettre d’information',
      address: 'adresse',
      periodStart: 'début de période',
      periodEnd: 'fin de période',
      amountCents: 'montant',
      method: 'moyen de paiement',
      state: 'état',
      receivedOn: 'reçu le',
      import: 'reprise de l’ancien fichier des membres',
      password: 'mot de passe',
    } as Record<string, string>,
    changeEmpty: '(vide)',
    remindersTitle: 'Relances reçues',
    reminderLine: (sentAt: string, label: string, dueDate: string | null) =>
      `${sentAt} : relance ${label}${dueDate ? ` (échéance du ${dueDate})` : ''}`,
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
    fichesText: 'Toutes les fiches que vous avez rédigées, de la plus récente à la plus ancienne, par rubrique.',
    fichesLink: 'Voir et modifier mes fiches',
    createFicheText: 'Rédigez une nouvelle fiche dans la rubrique de votre choix.',
    createFicheLink: 'Créer une fiche',
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
    tooManyEmailChanges: (seconds: number) =>
      `Vos modifications n’ont pas été enregistrées : l’adresse e-mail de connexion a déjà été changée plusieurs fois il y a peu. Par sécurité, attendez ${minutesOf(seconds)} avant de la changer à nouveau, ou remettez votre adresse habituelle à l’étape 1 pour enregistrer le reste. Rien de ce que vous avez saisi n’est perdu.`,
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
    problem: (contact: string) =>
      `Ce lien ne fonctionne plus (déjà utilisé, expiré ou remplacé). Refaites la modification depuis « Modifier ma fiche membre », ou écrivez-nous à ${contact}.`,
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
  fiches: {
    myFichesTitle: 'Voir et modifier mes fiches',
    createTitle: 'Créer une fiche',
    createIntro: 'Choisissez la rubrique de votre fiche.',
    examplesNote: 'Ces rubriques sont des exemples : les éditeurs de l’association les adaptent.',
    filterLabel: 'Rubrique',
    allRubriques: 'Toutes les rubriques',
    filter: 'Afficher',
    none: 'Vous n’avez pas encore de fiche dans cette rubrique.',
    createdOn: 'créée le',
    state: 'État :',
    page: (page: number, count: number) => `Page ${page} sur ${count}`,
    previousPage: 'Page précédente',
    nextPage: 'Page suivante',
    newIn: (rubrique: string) => `Nouvelle fiche : ${rubrique}`,
    editTitle: 'Modifier ma fiche',
    titleLabel: 'Titre',
    textLabel: 'Texte',
    textHint:
      'Laissez une ligne vide entre deux paragraphes. « ## » en début de ligne fait un intertitre, « - » un élément de liste, « > » une citation ; un lien s’écrit [texte](https://adresse).',
    eventDate: 'Date',
    place: 'Lieu',
    period: 'Période',
    periodHint: 'Par exemple : vers 1740 – 1775',
    imagesLegend: 'Images de la fiche',
    altLabel: 'Description de l’image',
    removeImage: 'Retirer cette image',
    saveDraft: 'Enregistrer comme brouillon',
    submit: 'Soumettre pour publication',
    saved: 'Votre fiche est enregistrée.',
    submitted: 'Votre fiche est soumise : les éditeurs la reliront avant de la publier. Vous serez prévenu par e-mail.',
    publishedKept:
      'Cette fiche est publiée : la version en ligne reste visible jusqu’à ce que les éditeurs publient vos modifications.',
    commentTitle: 'Commentaire des éditeurs',
    addImageTitle: 'Ajouter une image',
    addImageIntro: 'Une image à la fois (JPEG, PNG ou WebP, 10 Mo au plus, 10 images par fiche).',
    imageFile: 'Image',
    addImage: 'Ajouter l’image',
    imageAdded: 'L’image est ajoutée à votre fiche.',
    deleteTitle: 'Supprimer cette fiche',
    deleteLink: 'Supprimer cette fiche…',
    deleteConfirm: (title: string) =>
      `Voulez-vous vraiment supprimer la fiche « ${title} » ? Si elle est publiée, elle disparaîtra aussi du site. Cette action est définitive.`,
    deleteSubmit: 'Oui, supprimer définitivement',
    cancel: 'Non, garder la fiche',
    deleted: 'La fiche a été supprimée.',
    notSaved:
      'Votre fiche n’a pas pu être enregistrée : notre serveur ne répond pas. Ce que vous avez saisi est toujours là ; réessayez dans quelques minutes.',
    rejected:
      'Votre fiche n’a pas été enregistrée : une information est refusée. Ce que vous avez saisi est toujours là.',
    publicTitle: 'Les fiches des membres',
    publicIntro:
      'Les fiches rédigées par les membres de l’association, relues par les éditeurs, classées par rubrique.',
    publishedOn: 'publiée le',
    by: 'par',
    noPublished: 'Aucune fiche publiée dans cette rubrique pour le moment.',
    readFiche: 'Lire la fiche',
  },
  search: {
    title: 'Rechercher dans les fiches',
    titleFor: (words: string) => `Recherche : ${words}`,
    label: 'Mots à chercher',
    submit: 'Rechercher',
    tooShort: 'Tapez au moins deux lettres.',
    many: (cap: number) => `Plus de ${cap} fiches trouvées : précisez votre recherche avec d’autres mots`,
    count: (total: number) =>
      total === 0 ? 'Aucune fiche trouvée' : total === 1 ? 'Une fiche trouvée' : `${total} fiches trouvées`,
  },
  public: {
    articles: 'Actualités',
    agenda: 'Agenda',
    upcoming: 'À venir',
    past: 'Passés',
    noUpcoming: 'Aucun événement annoncé pour le moment.',
    contact: 'Nous contacter',
    contactIntro:
      'Pour toute question sur l’association, votre adhésion ou le site, écrivez-nous : un membre du bureau vous répondra.',
    allArticles: 'Toutes les actualités',
    contactFormTitle: 'Écrire à l’association',
    contactName: 'Votre nom',
    contactEmail: 'Votre adresse e-mail',
    contactEmailHint: 'Pour que nous puissions vous répondre.',
    contactSubject: 'Objet',
    contactMessage: 'Votre message',
    contactSubmit: 'Envoyer le message',
    contactSent: 'Merci, votre message est envoyé. Un membre du bureau vous répondra par courriel.',
    contactNotSent:
      'Votre message n’a pas pu être envoyé : notre serveur ne répond pas. Rien de ce que vous avez écrit n’est perdu ; réessayez dans quelques minutes.',
  },
  join: {
    title: 'Adhérer à l’association',
    procedureTitle: 'Adhérer',
    intro: (association: Identity) =>
      `L’${association.name} réunit depuis ${association.foundedIn} des collectionneurs, des conservateurs et des chercheurs qui consignent par écrit leurs connaissances de la céramique.`,
    benefitsTitle: 'Ce que vous apporte l’adhésion',
    benefits: [
      'l’accès aux rubriques réservées aux membres, dont les comptes rendus des assemblées générales ;',
      'la possibilité de publier vos propres fiches sur le site, relues par nos éditeurs ;',
      'les informations de l’association et l’agenda de ses rencontres.',
    ],
    amountsTitle: 'Montant de la cotisation annuelle',
    individual: 'Adhésion individuelle',
    couple: 'Adhésion couple (deux personnes à la même adresse)',
    amountsExample: 'Montants donnés à titre d’exemple.',
    howTitle: 'Comment se passe l’adhésion',
    how: [
      'Vous remplissez le formulaire en 4 étapes : identifiants (avec le mot de passe de votre choix), adresse, deuxième adhérent (facultatif), validation.',
      'Vous recevez un courriel qui rappelle l’adresse avec laquelle vous vous connecterez, avec un lien pour la confirmer (valable 24 heures).',
      'Une fois votre adresse confirmée, vous vous connectez et le site vous indique comment payer votre cotisation, avec votre référence de virement personnelle.',
    ],
    start: 'Commencer mon adhésion',
    alreadyMember: 'Déjà membre ?',
    emailHint: 'C’est avec cette adresse que vous vous connecterez au site.',
    passwordTitle: 'Votre mot de passe',
    password: 'Mot de passe de votre choix',
    passwordKept:
      'Votre mot de passe est déjà choisi. Laissez ces deux champs vides pour le garder, ou saisissez-en un autre deux fois.',
    honeypot: 'Ne remplissez pas ce champ',
    tooFast: 'Prenez le temps de vérifier les informations saisies, puis cliquez à nouveau sur « Suivant ».',
    confirm: 'Confirmer mon adhésion',
    rejected: 'Votre adhésion n’a pas été enregistrée : une information est refusée. Vérifiez chaque étape ci-dessous.',
    notSent:
      'Votre adhésion n’a pas pu être envoyée : notre serveur ne répond pas. Rien de ce que vous avez saisi n’est perdu ; réessayez dans quelques minutes.',
    thanksTitle: 'Merci pour votre adhésion',
    thanksText: (email: string) =>
      `Nous venons d’envoyer un courriel à ${email}. Ouvrez-le, cliquez sur « Confirmer mon adresse », puis saisissez le mot de passe que vous venez de choisir (le lien est valable 24 heures).`,
    thanksNoEmail:
      'Nous venons de vous envoyer un courriel. Ouvrez-le, cliquez sur « Confirmer mon adresse », puis saisissez le mot de passe que vous venez de choisir.',
    thanksSpam:
      'Vous ne le trouvez pas ? Regardez dans le dossier des courriels indésirables. Vous pouvez aussi vous connecter avec votre adresse et votre mot de passe : un nouveau lien vous sera envoyé.',
    thanksNext: 'Ensuite, connectez-vous : le site vous indiquera comment payer votre cotisation.',
    confirmTitle: 'Confirmer mon adresse',
    confirmIntro:
      'Pour confirmer votre adresse e-mail et terminer votre adhésion, saisissez le mot de passe que vous avez choisi en adhérant, puis cliquez sur le bouton.',
    confirmPassword: 'Le mot de passe choisi en adhérant',
    confirmPasswordRequired: 'Saisissez le mot de passe que vous avez choisi en adhérant.',
    confirmWrongPassword:
      'Ce n’est pas le mot de passe choisi lors de cette adhésion. Vérifiez les majuscules et réessayez. Si vous ne l’avez pas choisi vous-même, ou si vous l’avez oublié, adhérez à nouveau avec la même adresse.',
    confirmSubmit: 'Confirmer mon adresse',
    confirmProblem: {
      'link-invalid': 'Ce lien n’est pas valide. Copiez l’adresse complète du lien reçu par courriel.',
      'link-expired':
        'Ce lien a expiré (il était valable 24 heures). Connectez-vous avec votre adresse e-mail et votre mot de passe : un nouveau lien vous sera envoyé.',
      'link-used': 'Ce lien a déjà servi : votre adresse est confirmée. Vous pouvez vous connecter.',
      'link-replaced': 'Ce lien a été remplacé par un plus récent : utilisez celui du dernier courriel reçu.',
    },
  },
  preview: {
    prefix: 'Aperçu : ',
    banner:
      'Aperçu : cette version n’est pas encore publiée. Seules les personnes qui ont ce lien la voient, pendant une heure.',
    refusedTitle: 'Aperçu indisponible',
    refused:
      'Ce lien d’aperçu n’est pas valide ou a expiré (il sert une heure). Ouvrez à nouveau l’aperçu depuis l’administration.',
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
    maybeMembersOnly: 'Si elle est réservée aux membres de l’association, connectez-vous : vous y serez ramené.',
    unavailableTitle: 'Le site est momentanément indisponible',
    unavailableText:
      'Nous n’arrivons pas à joindre notre serveur pour le moment. Rien de ce que vous avez fait n’est perdu : réessayez dans quelques minutes.',
    unavailableContact: (contact: string) => `Si le problème dure, écrivez-nous à ${contact}.`,
    serverErrorTitle: 'Une erreur est survenue',
    serverErrorText: 'Nous n’avons pas pu afficher cette page. L’erreur a été notée ; réessayez dans quelques minutes.',
    backHome: 'Revenir à l’accueil',
    retry: 'Réessayer',
  },
  dateFormat: rememberedFormat((iso) => parisDate.format(new Date(iso))),
  dateTimeFormat: rememberedFormat((iso) => parisDateTime.format(new Date(iso))),
} as const;
