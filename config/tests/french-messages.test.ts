import { describe, expect, it } from 'vitest';
import {
  addressSchema,
  contactFormSchema,
  currentPasswordSchema,
  duesDeclarationSchema,
  ficheSchema,
  forgotPasswordFormSchema,
  identifiersSchema,
  joinIdentifiersSchema,
  loginFormSchema,
  messages,
  newPasswordFormSchema,
  secondMemberStepSchema,
  type z,
} from '../src/index.js';

/** Every sentence of messages.fr.ts, parameterised ones included with the values the schemas use. */
function frenchSentences(): Set<string> {
  const found = new Set<string>();
  const walk = (value: unknown): void => {
    if (typeof value === 'string') found.add(value);
    else if (typeof value === 'function') for (const n of [0, 1, 10, 12]) found.add(String(value(n)));
    else if (value && typeof value === 'object') Object.values(value).forEach(walk);
  };
  walk(messages);
  return found;
}

/** What a form can send for a field: nothing, empty, blanks, far too long, or a forged non-text. */
const hostileValues = [undefined, null, '', '   ', 'x'.repeat(60_000), 42, ['a'], { a: 1 }];

const forms: Record<string, { schema: z.ZodType; fields: string[] }> = {
  'Identifiants (étape 1)': {
    schema: identifiersSchema,
    fields: ['email', 'civility', 'firstName', 'lastName', 'phone', 'mobilePhone'],
  },
  'Adhérer, étape 1': { schema: joinIdentifiersSchema, fields: ['email', 'civility', 'firstName', 'lastName'] },
  'Adresse (étape 2)': {
    schema: addressSchema,
    fields: ['line1', 'line2', 'line3', 'postalCode', 'city', 'country'],
  },
  'Deuxième adhérent (étape 3)': { schema: secondMemberStepSchema, fields: ['hasSecondMember'] },
  'Se connecter': { schema: loginFormSchema, fields: ['email', 'password'] },
  'Mot de passe oublié': { schema: forgotPasswordFormSchema, fields: ['email'] },
  'Nouveau mot de passe': { schema: newPasswordFormSchema(), fields: ['password', 'passwordConfirmation'] },
  'J’ai fait mon virement': { schema: duesDeclarationSchema, fields: ['transferDate'] },
  'Écrire une fiche': { schema: ficheSchema, fields: ['title', 'rubrique', 'text', 'eventDate', 'place', 'period'] },
  'Nous écrire': { schema: contactFormSchema, fields: ['name', 'email', 'subject', 'message'] },
};

describe('chaque message d’erreur d’un formulaire est une phrase française du fichier des messages', () => {
  const sentences = frenchSentences();

  for (const [form, { schema, fields }] of Object.entries(forms)) {
    it(`« ${form} » : rien, vide, des blancs, trop long ou un autre type ne donnent jamais un message anglais`, () => {
      const seen: string[] = [];
      for (const field of fields) {
        for (const value of hostileValues) {
          const result = schema.safeParse({ [field]: value });
          for (const issue of result.error?.issues ?? []) seen.push(issue.message);
        }
      }
      expect(seen.length).toBeGreaterThan(0);
      expect(seen.filter((message) => !sentences.has(message))).toEqual([]);
    });
  }

  it('« Mot de passe actuel » : absent ou vide, on le demande en français', () => {
    for (const value of [undefined, null, '', 42]) {
      expect(currentPasswordSchema.safeParse(value).error?.issues.map((i) => i.message)).toEqual([
        messages.login.currentPasswordRequired,
      ]);
    }
  });
});
