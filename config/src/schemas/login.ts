import { z } from 'zod';
import { messages } from '../messages.fr.js';
import { emailSchema } from './identifiers.js';

/** "Se connecter": the address used at joining, the password, "Se souvenir de moi". */
export const loginFormSchema = z.object({
  email: emailSchema,
  password: z
    .string({ error: messages.login.passwordRequired })
    .min(1, messages.login.passwordRequired)
    .max(500, messages.login.passwordRequired),
  remember: z.boolean().default(false),
});

/** "Mot de passe oublié ?" step 1: the address. */
export const forgotPasswordFormSchema = z.object({ email: emailSchema });

/** Changing the password from the account: the current one, then the new one twice. */
export const currentPasswordSchema = z
  .string({ error: messages.login.currentPasswordRequired })
  .min(1, messages.login.currentPasswordRequired);

export type LoginForm = z.infer<typeof loginFormSchema>;
