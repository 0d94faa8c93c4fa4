import { beforeEach, describe, expect, it } from 'vitest';
import { DEMO_MEMBER_PASSWORD } from '../src/bootstrap/demo-content.fr';
import { resetHooks, testHooks } from './harness/hooks';
import { api, loginSession, type StrapiErrorBody } from './harness/http';
import { useStrapi } from './harness/strapi';

const strapi = useStrapi();
beforeEach(resetHooks);

const login = (body: Record<string, unknown>, headers?: Record<string, string>) =>
  api<StrapiErrorBody & { jwt?: string }>(strapi.current.baseUrl, '/api/auth/local', { method: 'POST', body, headers });

function payload(token: string): { sessionId: string } {
  return JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString()) as { sessionId: string };
}

async function sessionType(token: string): Promise<string> {
  const session = await strapi.current.strapi.db
    .query('admin::session')
    .findOne({ where: { sessionId: payload(token).sessionId } });
  return session?.type as string;
}

describe('Se connecter', () => {
  it('avec l’adresse et le mot de passe du membre, ouvre une session', async () => {
    const response = await login({ identifier: 'Marie.Dupont@exemple.fr ', password: DEMO_MEMBER_PASSWORD });
    expect(response.status).toBe(200);
    expect(response.body.jwt).toBeTruthy();
    expect(JSON.stringify(response.body)).not.toMatch(/password|resetPasswordToken/);
  });

  it('une adresse inconnue et un mauvais mot de passe reçoivent la même réponse, qui ne dit pas lequel est faux', async () => {
    const unknown = await login({ identifier: 'personne@exemple.fr', password: DEMO_MEMBER_PASSWORD });
    const wrong = await login({ identifier: 'marie.dupont@exemple.fr', password: 'pas-le-bon-mot-de-passe' });
    expect(unknown.status).toBe(400);
    expect(wrong.status).toBe(400);
    expect(unknown.body).toEqual(wrong.body);
    expect(wrong.body.error.details.reason).toBe('invalid-credentials');
  });

  it('l’adresse du deuxième adhérent ne permet pas de se connecter', async () => {
    const response = await login({ identifier: 'paul.lefevre@exemple.fr', password: DEMO_MEMBER_PASSWORD });
    expect(response.status).toBe(400);
    expect(response.body.error.details.reason).toBe('invalid-credentials');
  });

  it('un compte désactivé ne l’apprend qu’avec le bon mot de passe', async () => {
    const wrong = await login({ identifier: 'henri.moreau@exemple.fr', password: 'pas-le-bon-mot-de-passe' });
    expect(wrong.body.error.details.reason).toBe('invalid-credentials');
    const right = await login({ identifier: 'henri.moreau@exemple.fr', password: DEMO_MEMBER_PASSWORD });
    expect(right.status, JSON.stringify(right.body)).toBe(403);
    expect(right.body.error.details.reason, JSON.stringify(right.body)).toBe('blocked');
    expect(right.body.jwt).toBeUndefined();
  });
});

describe('Se souvenir de moi', () => {
  it('non cochée : une session courte (2 heures sans activité) ; cochée : une session de 30 jours', async () => {
    const short = await loginSession(strapi.current.baseUrl, 'marie.dupont@exemple.fr', { remember: false });
    const long = await loginSession(strapi.current.baseUrl, 'marie.dupont@exemple.fr', { remember: true });
    expect(await sessionType(short.jwt)).toBe('session');
    expect(await sessionType(long.jwt)).toBe('refresh');
    const shortRow = await strapi.current.strapi.db
      .query('admin::session')
      .findOne({ where: { sessionId: payload(short.jwt).sessionId } });
    const idleHours = (new Date(shortRow.expiresAt as string).getTime() - Date.now()) / 3_600_000;
    expect(idleHours).toBeGreaterThan(1.95);
    expect(idleHours).toBeLessThanOrEqual(2);
    const row = await strapi.current.strapi.db
      .query('admin::session')
      .findOne({ where: { sessionId: payload(long.jwt).sessionId } });
    const days = (new Date(row.absoluteExpiresAt as string).getTime() - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(29.9);
    expect(days).toBeLessThanOrEqual(30);
  });

  it('le jeton de rafraîchissement tourne : l’ancien ne sert plus', async () => {
    const session = await loginSession(strapi.current.baseUrl, 'marie.dupont@exemple.fr', { remember: true });
    const first = await api<{ jwt: string; refreshToken: string }>(strapi.current.baseUrl, '/api/auth/refresh', {
      method: 'POST',
      body: { refreshToken: session.refreshToken },
    });
    expect(first.status).toBe(200);
    expect(first.body.refreshToken).not.toBe(session.refreshToken);
    const again = await api(strapi.current.baseUrl, '/api/auth/refresh', {
      method: 'POST',
      body: { refreshToken: session.refreshToken },
    });
    expect(again.status).toBe(401);
  });
});

describe('Se déconnecter', () => {
  it('ferme la session sur le serveur : un jeton copié avant ne marche plus', async () => {
    const session = await loginSession(strapi.current.baseUrl, 'marie.dupont@exemple.fr');
    expect((await api(strapi.current.baseUrl, '/api/users/me', { token: session.jwt })).status).toBe(200);
    const logout = await api(strapi.current.baseUrl, '/api/auth/logout', {
      method: 'POST',
      token: session.jwt,
      body: { refreshToken: session.refreshToken },
    });
    expect(logout.status).toBe(200);
    expect((await api(strapi.current.baseUrl, '/api/users/me', { token: session.jwt })).status).toBe(401);
    const refresh = await api(strapi.current.baseUrl, '/api/auth/refresh', {
      method: 'POST',
      body: { refreshToken: session.refreshToken },
    });
    expect(refresh.status).toBe(401);
  });
});

describe('les tentatives répétées', () => {
  it('sont limitées par compte, avec le délai à attendre', async () => {
    let last = await login({ identifier: 'jean.martin@exemple.fr', password: 'mauvais-1' });
    for (let i = 0; i < 8; i += 1)
      last = await login({ identifier: 'jean.martin@exemple.fr', password: `mauvais-${i}` });
    expect(last.status).toBe(429);
    expect(last.body.error.details.reason).toBe('rate-limited');
    expect(last.body.error.details.retryAfterSeconds).toBeGreaterThan(0);
    expect(Number(last.headers.get('retry-after'))).toBeGreaterThan(0);
    // Even the right password waits: the limit is not an oracle.
    const right = await login({ identifier: 'jean.martin@exemple.fr', password: DEMO_MEMBER_PASSWORD });
    expect(right.status).toBe(429);
    // The window passes: the member can log in again.
    const hooks = testHooks();
    const later = Date.now() + 16 * 60_000;
    hooks.rateLimitClock.now = () => later;
    expect((await login({ identifier: 'jean.martin@exemple.fr', password: DEMO_MEMBER_PASSWORD })).status).toBe(200);
  });

  it('sont limitées par adresse, et un X-Forwarded-For inventé n’y change rien sans proxy de confiance', async () => {
    let status = 0;
    for (let i = 0; i < 31; i += 1) {
      const response = await login(
        { identifier: `inconnu-${i}@exemple.fr`, password: 'x' },
        {
          'x-forwarded-for': `203.0.113.${i}`,
          'x-aec-client-ip': `198.51.100.${i}`,
          'x-aec-site-key': 'pas-le-bon-secret',
        },
      );
      status = response.status;
    }
    expect(status).toBe(429);
  });

  it('le site, qui connaît le secret partagé, transmet l’adresse du visiteur', async () => {
    for (let i = 0; i < 31; i += 1) {
      const response = await login(
        { identifier: `inconnu-${i}@exemple.fr`, password: 'x' },
        { 'x-aec-client-ip': `198.51.100.${i}`, 'x-aec-site-key': 'test-internal-api-secret' },
      );
      expect(response.status).toBe(400);
    }
  });
});
