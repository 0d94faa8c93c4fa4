/**
 * Limits on login attempts, through the site, on a stack of its own (the journeys' stack runs
 * without limits, since they all log in from one address).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshDatabase } from '../../scripts/postgres';
import { startStack, type Stack } from '../../scripts/stack';

let stack: Stack;

beforeAll(async () => {
  // The run's server (global-setup.ts), a database of its own.
  const database = await freshDatabase(process.env.DATABASE_URL!, 'abuse');
  stack = await startStack({
    sitePort: 4397,
    strapiPort: 1397,
    cmsEnv: {
      DATABASE_URL: database,
      DEMO_DATA: 'true',
      APP_KEYS: 'abuse-key-a,abuse-key-b',
      API_TOKEN_SALT: 'abuse-api-token-salt',
      ADMIN_JWT_SECRET: 'abuse-admin-jwt-secret',
      TRANSFER_TOKEN_SALT: 'abuse-transfer-token-salt',
      JWT_SECRET: 'abuse-jwt-secret',
      ENCRYPTION_KEY: 'abuse-encryption-key',
    },
  });
});
afterAll(async () => {
  await stack?.stop();
});

async function attempt(email: string, forwardedFor: string): Promise<{ status: number; html: string }> {
  const response = await fetch(`${stack.siteUrl}/connexion`, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      origin: new URL(stack.siteUrl).origin,
      'x-forwarded-for': forwardedFor,
    },
    body: new URLSearchParams({ email, password: 'pas-le-bon-mot-de-passe' }),
    redirect: 'manual',
  });
  return { status: response.status, html: await response.text() };
}

describe('les tentatives de connexion répétées, par le site', () => {
  it('sont limitées par compte, avec un message qui dit quand réessayer', async () => {
    let last = await attempt('jean.martin@exemple.fr', '203.0.113.1');
    for (let i = 0; i < 8; i += 1) last = await attempt('jean.martin@exemple.fr', `203.0.113.${i + 2}`);
    expect(last.status).toBe(429);
    expect(last.html).toMatch(/Trop de tentatives\. Par sécurité, réessayez dans \d+ minutes?\./);
  });

  it('sont limitées par adresse, et un X-Forwarded-For inventé n’y change rien', async () => {
    let last = { status: 0, html: '' };
    for (let i = 0; i < 31; i += 1) last = await attempt(`inconnu-${i}@exemple.fr`, `198.51.100.${i}`);
    expect(last.status).toBe(429);
    expect(last.html).toContain('Trop de tentatives');
  });
});
