/**
 * The visitor's address, passed to Strapi for its rate limits, with the shared secret that
 * makes Strapi believe it. Without the secret, nothing is sent and Strapi counts the site itself.
 */
import { siteEnv } from '../env';

export function clientHeaders(clientAddress: string): Record<string, string> {
  const secret = siteEnv().INTERNAL_API_SECRET;
  return secret ? { 'x-aec-client-ip': clientAddress, 'x-aec-site-key': secret } : {};
}
