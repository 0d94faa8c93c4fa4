import { describe, expect, it } from 'vitest';
import { messages, newPasswordFormSchema, passwordSchema } from '../src/index.js';

function firstError(password: string): string | undefined {
  const result = passwordSchema.safeParse(password);
  return result.success ? undefined : result.error.issues[0]?.message;
}

describe('Réinitialiser votre mot de passe : la règle des mots de passe', () => {
  it('accepte une phrase de passe de 10 caractères ou plus', () => {
    expect(firstError('faïence de Nevers 1789')).toBeUndefined();
  });

  it('refuse un mot de passe trop court en disant la longueur attendue', () => {
    expect(firstError('court')).toBe(messages.password.tooShort(10));
  });

  it('refuse plus de 72 octets, car le reste serait ignoré', () => {
    expect(firstError('é'.repeat(37))).toBe(messages.password.tooLong);
    expect(firstError('a'.repeat(72))).toBeUndefined();
  });

  it('refuse un mot de passe courant, même avec des majuscules ou des accents', () => {
    expect(firstError('MotDePasse123')).toBe(messages.password.common);
    expect(firstError('Céramique123')).toBe(messages.password.common);
  });

  it('refuse un mot de passe qui contient le nom, le prénom, la ville ou l’adresse du membre', () => {
    const schema = newPasswordFormSchema({
      email: 'jmartin@exemple.fr',
      firstName: 'Jean',
      lastName: 'Martin',
      city: 'Auxerre',
    });
    for (const password of ['martin-2026-ok', 'auxerre!!2026', 'jmartin2026x']) {
      const result = schema.safeParse({ password, passwordConfirmation: password });
      expect(result.error?.flatten().fieldErrors.password).toEqual([messages.password.personal]);
    }
  });

  it('demande deux saisies identiques (il peut être le même qu’avant)', () => {
    const result = newPasswordFormSchema().safeParse({
      password: 'faience de Nevers',
      passwordConfirmation: 'faience de nevers',
    });
    expect(result.error?.flatten().fieldErrors.passwordConfirmation).toEqual([messages.password.mismatch]);
  });
});
