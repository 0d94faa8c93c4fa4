import { describe, expect, it } from 'vitest';
import { parseDateFr } from '../src/dates.js';
import { checkImport, decodeCsv, exportColumnsSchema, parseCsv, toCsv } from '../src/members-csv.js';

const HEAD = 'N° d’adhérent;Civilité;Prénom;Nom;E-mail;Téléphone;Adresse;Code postal;Ville;Prochaine échéance';

describe('fichier CSV des membres', () => {
  it('un tableur français relit les accents : BOM, points-virgules, fins de ligne CRLF', () => {
    const csv = toCsv([
      ['Prénom', 'Ville'],
      ['Hélène', 'Saint-Étienne; Loire'],
    ]);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv).toBe('\uFEFFPrénom;Ville\r\nHélène;"Saint-Étienne; Loire"\r\n');
  });

  it('une cellule qui commencerait une formule est neutralisée, un numéro +33 reste tel quel', () => {
    const csv = toCsv([
      ['=HYPERLINK("x")', '+33 6 12 34 56 78', '@SUM(A1)', "-1+cmd|' /C calc'!A0", '+1+HYPERLINK("y")', ' =1+1'],
    ]);
    expect(csv).toContain(`"'=HYPERLINK(""x"")"`);
    expect(csv).toContain(';+33 6 12 34 56 78;');
    expect(csv).toContain("'@SUM(A1)");
    expect(csv).toContain(";'-1+cmd|' /C calc'!A0;");
    expect(csv).toContain(`"'+1+HYPERLINK(""y"")"`);
    expect(csv).toContain(";' =1+1\r\n");
  });

  it('la ligne « sep=; » qu’Excel écrit parfois n’est pas prise pour les intitulés', () => {
    const { records } = parseCsv('sep=;\r\nPrénom;Nom\r\nJean;Martin');
    expect(records).toEqual([
      { line: 1, cells: ['Prénom', 'Nom'] },
      { line: 2, cells: ['Jean', 'Martin'] },
    ]);
  });

  it('relit guillemets, retours à la ligne et virgules, et numérote les lignes comme le tableur', () => {
    const { records } = parseCsv('a,b\r\n"x, y","ligne 1\nligne 2"\n\n"il dit ""oui""",z\n');
    expect(records).toEqual([
      { line: 1, cells: ['a', 'b'] },
      { line: 2, cells: ['x, y', 'ligne 1\nligne 2'] },
      { line: 5, cells: ['il dit "oui"', 'z'] },
    ]);
  });

  it('un fichier enregistré par Excel en Windows-1252 garde ses accents', () => {
    const bytes = Uint8Array.from([0x48, 0xe9, 0x6c, 0xe8, 0x6e, 0x65]);
    expect(decodeCsv(bytes)).toBe('Hélène');
    expect(decodeCsv(new TextEncoder().encode('\uFEFFHélène'))).toBe('Hélène');
  });

  it('les dates JJ/MM/AAAA et AAAA-MM-JJ sont comprises, le 31 février non', () => {
    expect(parseDateFr('31/12/2026')).toBe('2026-12-31');
    expect(parseDateFr('1/2/2026')).toBe('2026-02-01');
    expect(parseDateFr('2026-12-31')).toBe('2026-12-31');
    expect(parseDateFr('31/02/2026')).toBeNull();
    expect(parseDateFr('demain')).toBeNull();
  });

  it('les colonnes choisies pour un export gardent l’ordre du fichier, les inconnues sont refusées', () => {
    expect(exportColumnsSchema.parse(['city', 'lastName'])).toEqual(['lastName', 'city']);
    expect(exportColumnsSchema.safeParse(['password']).success).toBe(false);
  });
});

describe('vérification d’un import (essai à blanc)', () => {
  it('une ligne correcte devient un membre ; les erreurs donnent la ligne, la colonne et la raison en français', () => {
    const check = checkImport(
      [
        HEAD,
        '12;Mme;Hélène;Durand;Helene.Durand@Exemple.fr;01 23 45 67 89;3 rue des Potiers;89000;Auxerre;31/12/2026',
        ';Monsieur;Jean;Martin;pas-une-adresse;;;8900;Auxerre;30/02/2026',
        ';Docteur;Paul;Roux;helene.durand@exemple.fr;;1 place;75001;Paris;',
        ';M.;Paul;Roux;helene.durand@exemple.fr;;1 place;75001;Paris;',
      ].join('\n'),
    );
    expect(check.lines).toBe(4);
    expect(check.members).toEqual([
      expect.objectContaining({
        line: 2,
        membershipNumber: 12,
        civility: 'madame',
        email: 'helene.durand@exemple.fr',
        nextDueDate: '2026-12-31',
        address: expect.objectContaining({ city: 'Auxerre', country: 'France' }),
      }),
    ]);
    expect(check.problems).toEqual(
      expect.arrayContaining([
        { line: 3, column: 'E-mail', message: expect.stringMatching(/adresse e-mail/i) },
        { line: 3, column: 'Adresse', message: expect.any(String) },
        { line: 3, column: 'Code postal', message: expect.stringMatching(/5 chiffres/) },
        { line: 3, column: 'Prochaine échéance', message: expect.stringMatching(/JJ\/MM\/AAAA/) },
        { line: 4, column: 'Civilité', message: expect.stringMatching(/Madame/) },
        { line: 5, column: 'E-mail', message: 'Cette adresse e-mail figure déjà à la ligne 2 du fichier.' },
      ]),
    );
  });

  it('une colonne obligatoire absente est signalée avant toute ligne', () => {
    const check = checkImport('Prénom;Nom\nJean;Martin');
    expect(check.members).toEqual([]);
    expect(check.problems.map((p) => p.column)).toEqual(
      expect.arrayContaining(['Civilité', 'E-mail', 'Adresse', 'Code postal', 'Ville']),
    );
  });

  it('les intitulés usuels d’un ancien fichier sont reconnus, les colonnes inconnues ignorées', () => {
    const check = checkImport(
      'civ,prenom,NOM,Courriel,cp,commune,rue,Cotisation payée\nM.,Jean,Martin,jean@exemple.fr,89000,Auxerre,1 rue,oui',
    );
    expect(check.problems).toEqual([]);
    expect(check.ignoredColumns).toEqual(['Cotisation payée']);
    expect(check.members[0]).toMatchObject({ civility: 'monsieur', lastName: 'Martin' });
  });

  it('une ligne refusée ne rend pas suspecte une ligne correcte à la même adresse', () => {
    const check = checkImport(
      [
        HEAD,
        ';Docteur;Paul;Roux;paul@exemple.fr;;1 place;75001;Paris;',
        ';M.;Paul;Roux;paul@exemple.fr;;1 place;75001;Paris;',
      ].join('\n'),
    );
    expect(check.members.map((m) => m.line)).toEqual([3]);
    expect(check.problems).toEqual([{ line: 2, column: 'Civilité', message: expect.any(String) }]);
  });

  it('un nom très long fait d’espaces et de lettres est refusé sans faire attendre le serveur', () => {
    const started = performance.now();
    const check = checkImport(`${HEAD}\n;Mme;${'a '.repeat(40)}!;Roux;r@exemple.fr;;1 place;75001;Paris;`);
    expect(performance.now() - started).toBeLessThan(200);
    expect(check.problems[0]).toMatchObject({ column: 'Prénom' });
  });

  it('un fichier vide est expliqué', () => {
    expect(checkImport('').problems[0]?.message).toMatch(/vide/);
  });
});
