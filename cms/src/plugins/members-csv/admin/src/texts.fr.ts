/** Everything the "Export et import des membres" page says, in one place for a translator. */
export const texts = {
  menu: 'Export et import des membres',
  title: 'Export et import des membres',
  subtitle:
    'La liste des membres en fichier CSV, pour les envois, les étiquettes et l’assemblée générale, et la reprise d’une liste existante.',
  exportTitle: 'Exporter la liste des membres',
  exportHelp: 'Le fichier s’ouvre dans Excel ou LibreOffice, accents compris (UTF-8, séparateur point-virgule).',
  columnsLegend: 'Colonnes du fichier',
  audienceLegend: 'Membres à exporter',
  audiences: {
    tous: 'Tous les membres',
    'a-jour': 'Les membres à jour de cotisation (et les membres d’honneur)',
    'en-retard': 'Les membres en retard (échéance dépassée ou aucune cotisation enregistrée)',
  } as Record<string, string>,
  download: 'Télécharger le fichier CSV',
  downloading: 'Préparation du fichier…',
  noColumn: 'Cochez au moins une colonne.',
  downloadedPlain: 'Fichier téléchargé.',
  downloaded: (count: number) => `Fichier téléchargé : ${count} membre${count > 1 ? 's' : ''}.`,

  paymentsTitle: 'Exporter les paiements de l’année',
  paymentsHelp:
    'Pour la comptabilité : chaque paiement reçu dans l’année (ou déclaré, s’il n’est pas encore reçu), avec sa date, le membre, la période, le montant, le moyen de paiement, son état et la référence du virement.',
  yearLabel: 'Année',
  paymentsDownload: 'Télécharger les paiements',
  paymentsDownloaded: (count: number) => `Fichier téléchargé : ${count} paiement${count > 1 ? 's' : ''}.`,

  importTitle: 'Importer une liste de membres',
  importHelp:
    'Enregistrez votre tableau au format CSV. La première ligne donne les intitulés des colonnes : Civilité, Prénom, Nom, E-mail, Adresse, Code postal et Ville sont obligatoires ; N° d’adhérent, Téléphone, Portable, Adresse (suite), Adresse (fin), Pays, Date d’adhésion, Prochaine échéance et Lettre d’information sont facultatives. Une adresse e-mail déjà inscrite est ignorée : importer deux fois le même fichier ne crée personne deux fois.',
  fileLabel: 'Fichier CSV',
  welcomeLabel: 'Envoyer à chaque nouveau membre le mail « première connexion » pour choisir son mot de passe',
  check: 'Vérifier le fichier (essai à blanc)',
  checking: 'Vérification…',
  noFile: 'Choisissez d’abord un fichier CSV.',
  summary: (p: { lines: number; toCreate: number; skipped: number; rejected: number }) =>
    `${p.lines} ligne${p.lines > 1 ? 's' : ''} lue${p.lines > 1 ? 's' : ''} : ${p.toCreate} membre${p.toCreate > 1 ? 's' : ''} à créer, ${p.skipped} déjà inscrit${p.skipped > 1 ? 's' : ''} (ignoré${p.skipped > 1 ? 's' : ''}), ${p.rejected} ligne${p.rejected > 1 ? 's' : ''} refusée${p.rejected > 1 ? 's' : ''}.`,
  ignoredColumns: (names: string[]) => `Colonnes ignorées : ${names.join(', ')}.`,
  problemsCaption: 'Lignes refusées : corrigez-les dans votre tableur, puis vérifiez à nouveau.',
  problemsMore: (count: number) => `… et ${count} autre${count > 1 ? 's' : ''} problème${count > 1 ? 's' : ''}.`,
  skippedCaption: 'Adresses e-mail déjà inscrites (ces lignes sont ignorées)',
  line: 'Ligne',
  column: 'Colonne',
  reason: 'Problème',
  email: 'E-mail',
  wholeLine: 'toute la ligne',
  run: (count: number) => `Importer ${count} membre${count > 1 ? 's' : ''}`,
  running: (done: number, total: number) => `Import en cours : ${done} sur ${total} membres.`,
  progressLabel: 'Progression de l’import',
  finished: (created: number) =>
    `Import terminé : ${created} membre${created > 1 ? 's' : ''} créé${created > 1 ? 's' : ''}.`,
  failed:
    'L’import s’est interrompu. Les membres déjà créés le restent et recevront leur mail ; vérifiez à nouveau le fichier puis relancez : ils seront ignorés.',
  mails: (sent: number, pending: number) =>
    pending > 0
      ? `Mails « première connexion » : ${sent} envoyé${sent > 1 ? 's' : ''}, ${pending} en attente (ils partent peu à peu, même si vous quittez cette page).`
      : `Mails « première connexion » : ${sent} envoyé${sent > 1 ? 's' : ''}.`,
  error: 'Le serveur n’a pas pu répondre. Réessayez dans un instant.',
  forbidden: 'Vous n’avez pas accès à cette page : elle est réservée aux bénévoles.',
};
