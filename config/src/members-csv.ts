/**
 * The members' list as a spreadsheet file, both ways: the columns a volunteer can export (for
 * mailings, labels, the general assembly) and those an existing list can be imported from.
 * The file is what French spreadsheet software writes and reads: semicolons, UTF-8 with a BOM
 * on export; on import also commas or tabs, and Windows-1252 when the file is not UTF-8.
 */
import { z } from 'zod';
import { parseDateFr } from './dates.js';
import { messages } from './messages.fr.js';
import { addressSchema, type Address } from './schemas/address.js';
import { identifiersSchema, type Civility } from './schemas/identifiers.js';

export const memberCsvColumns = [
  {
    key: 'membershipNumber',
    header: 'N° d’adhérent',
    importable: true,
    aliases: ['numero', 'numero adherent', 'n adherent', 'n°'],
  },
  { key: 'civility', header: 'Civilité', importable: true, required: true, aliases: ['civ'] },
  { key: 'firstName', header: 'Prénom', importable: true, required: true },
  { key: 'lastName', header: 'Nom', importable: true, required: true, aliases: ['nom de famille'] },
  {
    key: 'email',
    header: 'E-mail',
    importable: true,
    required: true,
    aliases: ['email', 'courriel', 'mail', 'adresse e-mail', 'adresse email'],
  },
  { key: 'phone', header: 'Téléphone', importable: true, aliases: ['tel', 'telephone fixe'] },
  {
    key: 'mobilePhone',
    header: 'Portable',
    importable: true,
    aliases: ['mobile', 'telephone portable', 'tel portable'],
  },
  { key: 'line1', header: 'Adresse', importable: true, required: true, aliases: ['adresse ligne 1', 'rue'] },
  {
    key: 'line2',
    header: 'Adresse (suite)',
    importable: true,
    aliases: ['adresse ligne 2', 'complement d’adresse', 'complement'],
  },
  { key: 'line3', header: 'Adresse (fin)', importable: true, aliases: ['adresse ligne 3', 'lieu-dit'] },
  { key: 'postalCode', header: 'Code postal', importable: true, required: true, aliases: ['cp'] },
  { key: 'city', header: 'Ville', importable: true, required: true, aliases: ['commune'] },
  { key: 'country', header: 'Pays', importable: true },
  { key: 'joinedOn', header: 'Date d’adhésion', importable: true, aliases: ['adhesion', 'date adhesion'] },
  { key: 'nextDueDate', header: 'Prochaine échéance', importable: true, aliases: ['echeance', 'a jour jusqu’au'] },
  { key: 'consentNewsletter', header: 'Lettre d’information', importable: true, aliases: ['newsletter'] },
  { key: 'addressee', header: 'Destinataire', importable: false },
  { key: 'secondMember', header: 'Deuxième adhérent', importable: false },
  { key: 'status', header: 'Situation', importable: false },
] as const satisfies ReadonlyArray<{
  key: string;
  header: string;
  importable: boolean;
  required?: boolean;
  aliases?: readonly string[];
}>;

export type MemberCsvColumn = (typeof memberCsvColumns)[number]['key'];
export const memberCsvColumnKeys = memberCsvColumns.map((column) => column.key) as MemberCsvColumn[];

/** A column's header, for messages and for the export's first line. */
export function headerOf(key: MemberCsvColumn): string {
  return memberCsvColumns.find((column) => column.key === key)?.header ?? key;
}

/** The columns a volunteer picks for an export, in the file's order; unknown names are dropped. */
export const exportColumnsSchema = z
  .array(z.enum(memberCsvColumnKeys as [MemberCsvColumn, ...MemberCsvColumn[]]))
  .min(1)
  .transform((keys) => memberCsvColumnKeys.filter((key) => keys.includes(key)));

// ---------------------------------------------------------------------------------------------
// Reading and writing the file

/** UTF-8 when the bytes are UTF-8 (with or without BOM), else Windows-1252 (Excel's "CSV" in France). */
export function decodeCsv(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

function detectDelimiter(text: string): string {
  const firstLine = text.slice(0, Math.max(0, text.search(/\r?\n/)) || text.length);
  const counts = [';', ',', '\t'].map((d) => [d, firstLine.split(d).length] as const);
  return counts.sort((a, b) => b[1] - a[1])[0]?.[0] ?? ';';
}

export interface CsvRecord {
  /** The line of the file where the record starts (1 = the headers), as a spreadsheet numbers it. */
  line: number;
  cells: string[];
}

/** RFC 4180 records: quoted cells may hold the delimiter, quotes ("") and line breaks. */
export function parseCsv(text: string): { records: CsvRecord[]; unclosedAt: number | null } {
  const unmarked = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  // Excel may write "sep=;" first; it shows no such line, so neither do our line numbers.
  const declared = /^sep=(.)\r?\n/i.exec(unmarked);
  const source = declared ? unmarked.slice(declared[0].length) : unmarked;
  const delimiter = declared?.[1] ?? detectDelimiter(source);
  const records: CsvRecord[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let recordLine = 1;
  let i = 0;
  const endRecord = () => {
    cells.push(cell);
    if (cells.some((value) => value.trim() !== '')) records.push({ line: recordLine, cells });
    cells = [];
    cell = '';
  };
  while (i < source.length) {
    const char = source[i]!;
    if (quoted) {
      if (char === '"') {
        if (source[i + 1] === '"') {
          cell += '"';
          i += 2;
          continue;
        }
        quoted = false;
      } else {
        if (char === '\n') line += 1;
        cell += char;
      }
      i += 1;
      continue;
    }
    if (char === '"' && cell.trim() === '') {
      quoted = true;
      cell = '';
    } else if (char === delimiter) {
      cells.push(cell);
      cell = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && source[i + 1] === '\n') i += 1;
      endRecord();
      line += 1;
      recordLine = line;
    } else {
      cell += char;
    }
    i += 1;
  }
  if (quoted) return { records, unclosedAt: recordLine };
  if (cell !== '' || cells.length > 0) endRecord();
  return { records, unclosedAt: null };
}

/**
 * A cell as spreadsheet software will read it. A cell that would start a formula gets a
 * leading apostrophe (CSV injection); phone numbers such as "+33 6…" are left alone.
 */
function csvCell(value: string): string {
  const isPhone = /^\+\d[\d .()-]*$/.test(value);
  const safe = !isPhone && /^\s*[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[";\r\n]|^\s|\s$/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The file: BOM, semicolons, CRLF, so that a French spreadsheet opens it with its accents. */
export function toCsv(rows: readonly (readonly string[])[]): string {
  return `\uFEFF${rows.map((row) => row.map(csvCell).join(';')).join('\r\n')}\r\n`;
}

// ---------------------------------------------------------------------------------------------
// Cells of a member, both ways

const CIVILITY_WORDS: Record<string, Civility> = {
  madame: 'madame',
  mme: 'madame',
  mademoiselle: 'madame',
  mlle: 'madame',
  monsieur: 'monsieur',
  m: 'monsieur',
  mr: 'monsieur',
};

function civilityOf(value: string): Civility | null {
  const word = normalizeHeader(value).replace(/\s/g, '');
  return CIVILITY_WORDS[word] ?? null;
}

/** Mme Marie Dupont */
export function addresseeOf(person: { civility: Civility; firstName: string; lastName: string }): string {
  const short = person.civility === 'madame' ? 'Mme' : 'M.';
  return `${short} ${person.firstName} ${person.lastName}`;
}

// ---------------------------------------------------------------------------------------------
// Checking an import, line by line

export interface ImportMember {
  line: number;
  email: string;
  civility: Civility;
  firstName: string;
  lastName: string;
  phone?: string;
  mobilePhone?: string;
  address: Address;
  membershipNumber?: number;
  joinedOn?: string;
  nextDueDate?: string;
  consentNewsletter: boolean;
}

export interface ImportProblem {
  line: number;
  /** The column's header as the volunteer reads it, or null for the whole line or file. */
  column: string | null;
  message: string;
}

export interface ImportCheck {
  members: ImportMember[];
  problems: ImportProblem[];
  /** Columns of the file that are not ours (reported, then ignored). */
  ignoredColumns: string[];
  /** Lines in the file, headers excluded. */
  lines: number;
}

export const IMPORT_MAX_LINES = 20_000;

function normalizeHeader(value: string): string {
  return value
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '’')
    .replace(/[^a-z0-9’°]+/g, ' ')
    .trim();
}

const IMPORTABLE = memberCsvColumns.filter((column) => column.importable);

function columnFor(header: string): MemberCsvColumn | null {
  const wanted = normalizeHeader(header);
  for (const column of IMPORTABLE) {
    const names = [column.header, column.key, ...('aliases' in column ? column.aliases : [])];
    if (names.some((name) => normalizeHeader(name) === wanted)) return column.key;
  }
  return null;
}

const yesNo = (value: string): boolean | null => {
  const word = normalizeHeader(value);
  if (['', 'non', 'no', 'n', '0', 'faux', 'false'].includes(word)) return false;
  if (['oui', 'yes', 'o', 'y', '1', 'vrai', 'true', 'x'].includes(word)) return true;
  return null;
};

/** Which column a schema's issue belongs to. */
const ISSUE_COLUMN: Record<string, MemberCsvColumn> = {
  email: 'email',
  civility: 'civility',
  firstName: 'firstName',
  lastName: 'lastName',
  phone: 'phone',
  mobilePhone: 'mobilePhone',
  line1: 'line1',
  line2: 'line2',
  line3: 'line3',
  postalCode: 'postalCode',
  city: 'city',
  country: 'country',
};

/**
 * Every line checked with the same rules as the member's own form, each problem reported with
 * its line, its column and a French reason. Nothing is written: this is the dry run, and the
 * import itself takes only the lines that pass.
 */
export function checkImport(text: string): ImportCheck {
  const { records, unclosedAt } = parseCsv(text);
  const problems: ImportProblem[] = [];
  if (unclosedAt !== null) problems.push({ line: unclosedAt, column: null, message: messages.csv.unclosedQuote });
  const [head, ...rows] = records;
  if (!head)
    return {
      members: [],
      problems: [{ line: 1, column: null, message: messages.csv.empty }],
      ignoredColumns: [],
      lines: 0,
    };
  if (rows.length > IMPORT_MAX_LINES)
    return {
      members: [],
      problems: [{ line: 1, column: null, message: messages.csv.tooManyLines(IMPORT_MAX_LINES) }],
      ignoredColumns: [],
      lines: rows.length,
    };

  const positions = new Map<MemberCsvColumn, number>();
  const ignoredColumns: string[] = [];
  head.cells.forEach((header, index) => {
    const key = columnFor(header);
    if (key && !positions.has(key)) positions.set(key, index);
    else if (header.trim() !== '') ignoredColumns.push(header.trim());
  });
  const missing = IMPORTABLE.filter((column) => 'required' in column && column.required && !positions.has(column.key));
  if (missing.length > 0) {
    return {
      members: [],
      problems: missing.map((column) => ({
        line: 1,
        column: column.header,
        message: messages.csv.missingColumn(column.header),
      })),
      ignoredColumns,
      lines: rows.length,
    };
  }

  const members: ImportMember[] = [];
  const emailLines = new Map<string, number>();
  const numberLines = new Map<number, number>();
  for (const record of rows) {
    const cell = (key: MemberCsvColumn) => {
      const index = positions.get(key);
      return index === undefined ? '' : (record.cells[index] ?? '').trim();
    };
    const lineProblems: ImportProblem[] = [];
    // One reason per cell: the first is the one to fix ("Indiquez le code postal", not also its format).
    const report = (key: MemberCsvColumn, message: string) => {
      if (!lineProblems.some((problem) => problem.column === headerOf(key)))
        lineProblems.push({ line: record.line, column: headerOf(key), message });
    };

    const civility = civilityOf(cell('civility'));
    if (!civility) report('civility', messages.csv.civility);
    const identifiers = identifiersSchema.safeParse({
      email: cell('email'),
      civility: civility ?? 'madame',
      firstName: cell('firstName'),
      lastName: cell('lastName'),
      phone: cell('phone') || undefined,
      mobilePhone: cell('mobilePhone') || undefined,
    });
    const address = addressSchema.safeParse({
      line1: cell('line1'),
      line2: cell('line2') || undefined,
      line3: cell('line3') || undefined,
      postalCode: cell('postalCode'),
      city: cell('city'),
      country: cell('country') || 'France',
    });
    for (const issue of [
      ...(identifiers.success ? [] : identifiers.error.issues),
      ...(address.success ? [] : address.error.issues),
    ]) {
      const key = ISSUE_COLUMN[String(issue.path[0])];
      if (key) report(key, issue.message);
    }

    const numberCell = cell('membershipNumber');
    const membershipNumber = numberCell === '' ? undefined : /^\d{1,9}$/.test(numberCell) ? Number(numberCell) : NaN;
    if (membershipNumber !== undefined && (!Number.isInteger(membershipNumber) || membershipNumber < 1))
      report('membershipNumber', messages.csv.number);
    const dates: Partial<Record<'joinedOn' | 'nextDueDate', string>> = {};
    for (const key of ['joinedOn', 'nextDueDate'] as const) {
      const value = cell(key);
      if (value === '') continue;
      const iso = parseDateFr(value);
      if (iso) dates[key] = iso;
      else report(key, messages.csv.date);
    }
    const consent = yesNo(cell('consentNewsletter'));
    if (consent === null) report('consentNewsletter', messages.csv.yesNo);

    if (lineProblems.length > 0 || !identifiers.success || !address.success || !civility) {
      problems.push(...lineProblems);
      continue;
    }
    // Duplicates are looked for among accepted lines only: a refused line holds no address or number.
    const earlierEmail = emailLines.get(identifiers.data.email);
    const earlierNumber = membershipNumber === undefined ? undefined : numberLines.get(membershipNumber);
    if (earlierEmail !== undefined) report('email', messages.csv.duplicateEmailInFile(earlierEmail));
    if (earlierNumber !== undefined) report('membershipNumber', messages.csv.duplicateNumberInFile(earlierNumber));
    if (lineProblems.length > 0) {
      problems.push(...lineProblems);
      continue;
    }
    emailLines.set(identifiers.data.email, record.line);
    if (membershipNumber !== undefined) numberLines.set(membershipNumber, record.line);
    members.push({
      line: record.line,
      ...identifiers.data,
      civility,
      address: address.data,
      ...(membershipNumber !== undefined ? { membershipNumber } : {}),
      ...dates,
      consentNewsletter: consent ?? false,
    });
  }
  return { members, problems, ignoredColumns, lines: rows.length };
}

/** What the dry run tells the volunteer (the admin page shows it). */
export interface ImportPreview {
  lines: number;
  toCreate: number;
  skipped: Array<{ line: number; email: string }>;
  problems: ImportProblem[];
  ignoredColumns: string[];
}

/** How far an import got, read by the admin page while it runs. */
export interface ImportProgress {
  id: number;
  state: 'en_cours' | 'termine' | 'echec';
  done: number;
  total: number;
  created: number;
  mailsSent: number;
  mailsPending: number;
}
