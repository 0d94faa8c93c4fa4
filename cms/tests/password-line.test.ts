import bcrypt from 'bcryptjs';
import { describe, expect, it } from 'vitest';
import { checkPasswordInLine } from '../src/extensions/users-permissions/password-line';

// Cost 4: the line's order is what is tested, not bcrypt's slowness.
const hash = bcrypt.hashSync('le bon mot de passe', 4);

describe('les mots de passe sont vérifiés un à un, dans l’ordre d’arrivée', () => {
  it('chaque connexion reçoit sa réponse, la première arrivée d’abord', async () => {
    const answered: string[] = [];
    const checks = [
      checkPasswordInLine('le bon mot de passe', hash, () => false).then((ok) => answered.push(`1:${ok}`)),
      checkPasswordInLine('un autre', hash, () => false).then((ok) => answered.push(`2:${ok}`)),
      checkPasswordInLine('le bon mot de passe', hash, () => false).then((ok) => answered.push(`3:${ok}`)),
    ];
    await Promise.all(checks);
    expect(answered).toEqual(['1:true', '2:false', '3:true']);
  });

  it('une connexion abandonnée avant son tour n’est pas calculée, et la suivante passe', async () => {
    let gone = false;
    const first = checkPasswordInLine('le bon mot de passe', hash, () => false);
    const abandoned = checkPasswordInLine('le bon mot de passe', hash, () => gone);
    const next = checkPasswordInLine('le bon mot de passe', hash, () => false);
    gone = true;
    expect(await first).toBe(true);
    expect(await abandoned).toBeNull();
    expect(await next).toBe(true);
  });

  it('une erreur de calcul n’arrête pas la file', async () => {
    await expect(checkPasswordInLine('x', undefined as unknown as string, () => false)).rejects.toThrow();
    expect(await checkPasswordInLine('le bon mot de passe', hash, () => false)).toBe(true);
  });
});
