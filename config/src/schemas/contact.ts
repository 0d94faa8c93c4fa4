import { z } from 'zod';
import { messages } from '../messages.fr.js';
import { emailSchema } from './identifiers.js';
import { requiredText } from './text.js';

/** The contact page's form: who writes, about what, and the message. */
export const contactFormSchema = z.object({
  name: requiredText(messages.contact.nameRequired, 120, messages.contact.nameTooLong),
  email: emailSchema,
  subject: requiredText(messages.contact.subjectRequired, 150, messages.contact.subjectTooLong),
  message: requiredText(messages.contact.messageRequired, 5000, messages.contact.messageTooLong),
});

/** What the site sends to Strapi: the form, and the honeypot (`website`) people never see. */
export const contactRequestSchema = contactFormSchema.extend({
  website: z.string().max(500).optional().default(''),
});

export type ContactForm = z.infer<typeof contactFormSchema>;
