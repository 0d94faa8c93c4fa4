/**
 * Every validation message a person can read, in one place for a translator.
 * Messages say what to do, not what went wrong in technical terms.
 */
export const messages = {
  required: 'Ce champ est obligatoire.',
  notText: 'Ce champ attend du texte.',
  email: {
    required: 'Indiquez votre adresse e-mail.',
    invalid: 'Indiquez une adresse e-mail valide, par exemple prenom.nom@exemple.fr.',
    tooLong: 'L’adresse e-mail ne doit pas dépasser 254 caractères.',
  },
  civility: {
    required: 'Choisissez une civilité.',
  },
  firstName: {
    required: 'Indiquez votre prénom.',
    tooLong: 'Le prénom ne doit pas dépasser 80 caractères.',
  },
  lastName: {
    required: 'Indiquez votre nom.',
    tooLong: 'Le nom ne doit pas dépasser 80 caractères.',
  },
  name: {
    invalidCharacters: 'Utilisez uniquement des lettres, des espaces, des tirets ou des apostrophes.',
  },
  phone: {
    invalid: 'Indiquez un numéro de téléphone valide, par exemple 03 86 12 34 56 ou +33 3 86 12 34 56.',
  },
  address: {
    line1Required: 'Indiquez le numéro et la rue.',
    lineTooLong: 'Une ligne d’adresse ne doit pas dépasser 120 caractères.',
    postalCodeRequired: 'Indiquez le code postal.',
    postalCodeFrance: 'Un code postal français compte 5 chiffres, par exemple 89000.',
    postalCodeInvalid: 'Indiquez un code postal valide.',
    cityRequired: 'Indiquez la ville.',
    cityTooLong: 'Le nom de la ville ne doit pas dépasser 80 caractères.',
    countryRequired: 'Indiquez le pays.',
  },
  secondMember: {
    choose: 'Indiquez s’il y a un deuxième adhérent.',
    emailSameAsMember:
      'L’adresse du deuxième adhérent doit être différente de la vôtre (elle ne permet pas de se connecter).',
  },
  login: {
    passwordRequired: 'Indiquez votre mot de passe.',
    currentPasswordRequired: 'Indiquez votre mot de passe actuel.',
  },
  password: {
    required: 'Choisissez un mot de passe.',
    tooShort: (min: number) => `Le mot de passe doit compter au moins ${min} caractères.`,
    tooLong: 'Le mot de passe est trop long (72 octets au plus, soit environ 70 lettres sans accent).',
    common: 'Ce mot de passe est trop courant : choisissez-en un moins facile à deviner.',
    personal: 'Le mot de passe ne doit pas contenir votre nom, votre prénom, votre adresse e-mail ou votre ville.',
    mismatch: 'Les deux mots de passe ne sont pas identiques.',
    confirmationRequired: 'Saisissez à nouveau le mot de passe.',
  },
  erasure: {
    confirmRequired:
      'Cochez « Je confirme l’effacement définitif » : les données du membre seront effacées, sans retour possible.',
  },
  dues: {
    transferDateRequired: 'Indiquez la date de votre virement.',
    transferDateInvalid: 'Indiquez une date valide, par exemple 14/05/2026.',
    transferDateFuture: 'La date du virement ne peut pas être dans le futur.',
    /** The volunteers' « Paiement de cotisation » in the admin. */
    memberRequired: 'Choisissez le membre qui a payé (champ « Profile »).',
    periodRequired: 'Indiquez la période payée, par exemple du 01/01/2027 au 31/12/2027.',
    amountTooSmall: 'Un paiement est d’au moins 1,00 €. Saisissez le montant en euros, par exemple 40,00.',
  },
  /** « Réglages de l'association », in the admin. */
  settings: {
    ibanInvalid:
      'Cet IBAN n’est pas valide : sa clé de contrôle ne correspond pas. Recopiez-le depuis le RIB, par exemple FR76 3000 6000 0112 3456 7890 189.',
    amountTooSmall: 'Une cotisation est d’au moins 1,00 €. Saisissez le montant en euros, par exemple 40,00.',
    reminderStepsInvalid:
      'Le calendrier des relances a au moins un jour, chacun une seule fois : par exemple -30 (30 jours avant l’échéance), 0 (le jour même), 30 et 60 (après).',
    bicInvalid: 'Ce BIC n’est pas valide : il a 8 ou 11 lettres et chiffres, par exemple AGRIFRPPXXX.',
    foundedInInvalid: 'Indiquez l’année de fondation sur quatre chiffres, par exemple 1992.',
  },
  fiche: {
    titleRequired: 'Donnez un titre à la fiche.',
    titleTooLong: 'Le titre ne doit pas dépasser 200 caractères.',
    rubriqueRequired: 'Choisissez une rubrique.',
    textTooLong: 'Le texte ne doit pas dépasser 50 000 caractères.',
    imageAltRequired: 'Décrivez l’image en quelques mots pour les personnes qui ne la voient pas.',
    imageRequired: 'Choisissez une image sur votre appareil.',
    imageType: 'Ce fichier n’est pas une image JPEG, PNG ou WebP. Choisissez une photo dans l’un de ces formats.',
    imageTooLarge: 'Cette image dépasse 10 Mo : choisissez-en une plus légère.',
    imageTooManyPixels:
      'Cette image a trop de points (plus de 50 millions) : réduisez-la ou choisissez-en une plus petite.',
    tooManyImages: (max: number) => `Une fiche peut contenir au plus ${max} images.`,
    dateInvalid: 'Indiquez une date valide, par exemple 14/05/2026.',
  },
  contact: {
    nameRequired: 'Indiquez votre nom.',
    nameTooLong: 'Le nom ne doit pas dépasser 120 caractères.',
    subjectRequired: 'Indiquez l’objet de votre message.',
    subjectTooLong: 'L’objet ne doit pas dépasser 150 caractères.',
    messageRequired: 'Écrivez votre message.',
    messageTooLong: 'Le message ne doit pas dépasser 5 000 caractères.',
  },
  csv: {
    empty: 'Le fichier est vide : enregistrez votre tableau au format CSV puis choisissez-le à nouveau.',
    missingColumn: (header: string) => `La colonne « ${header} » est obligatoire et manque sur la première ligne.`,
    unclosedQuote: 'Un guillemet ouvert n’est jamais fermé : vérifiez cette ligne dans votre tableur.',
    civility: 'Indiquez « Madame » ou « Monsieur » (ou Mme, M.).',
    date: 'Indiquez une date au format JJ/MM/AAAA, par exemple 31/12/2026.',
    number: 'Indiquez un numéro d’adhérent en chiffres, par exemple 421.',
    yesNo: 'Indiquez « oui » ou « non ».',
    duplicateEmailInFile: (line: number) => `Cette adresse e-mail figure déjà à la ligne ${line} du fichier.`,
    duplicateNumberInFile: (line: number) => `Ce numéro d’adhérent figure déjà à la ligne ${line} du fichier.`,
    numberTaken: 'Ce numéro d’adhérent est déjà celui d’un autre membre.',
    tooManyLines: (max: number) =>
      `Le fichier dépasse ${max.toLocaleString('fr-FR')} lignes : découpez-le en plusieurs fichiers.`,
  },
} as const;
