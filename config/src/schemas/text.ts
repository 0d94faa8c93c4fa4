import { z } from 'zod';
import { messages } from '../messages.fr.js';

/**
 * A required text field. A missing form field arrives as `null` or `undefined`,
 * so the same French message covers "absent", "wrong type" and "only spaces".
 */
export function requiredText(message: string, max: number, tooLong: string) {
  return z.string({ error: message }).trim().min(1, message).max(max, tooLong);
}

/** An optional text field: absent, empty or only spaces all mean "not given". */
export function optionalText(max: number, tooLong: string) {
  return z.string({ error: messages.notText }).trim().max(max, tooLong).optional();
}
