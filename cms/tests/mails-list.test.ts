/**
 * « Courriels »: the staff see where each mail stands; the Bénévole reads the addresses, the
 * Éditeur sees them masked; a member or a visitor sees nothing.
 */
import { describe, expect, it } from 'vitest';
import { startInbox } from '../../scripts/mail-inbox';
import { adminAs } from './harness/admin';
import { testHooks } from './harness/hooks';
import { api, loginAs } from './harness/http';
import { useStrapi } from './harness/strapi';

const strapi = useStrapi();
const MEMBER = 'marie.dupont@exemple.fr';

interface MailRow {
  to: string;
  lastError: string | null;
  subject: string;
  state: string;
  attempts: number;
}

async function forgot(email: string): Promise<void> {
  await fetch(`${strapi.current.baseUrl}/api/auth/forgot-password`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email }),
  });
  await strapi.current.inbox.waitFor(email);
}

describe('la liste « Courriels » de l’administration', () => {
  it('la bénévole voit à qui, quoi et où en est chaque mail', async () => {
    await forgot(MEMBER);
    const token = await adminAs(strapi.current, 'aec-benevole', 'benevole.courriels@exemple.fr');
    let row: MailRow | undefined;
    for (let tries = 0; tries < 20 && row?.state !== 'envoye'; tries += 1) {
      const list = await api<{ data: MailRow[] }>(strapi.current.baseUrl, '/mails/list', { token });
      expect(list.status).toBe(200);
      row = list.body.data.find((mail) => mail.to === MEMBER);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(row).toMatchObject({
      to: MEMBER,
      subject: 'Réinitialiser votre mot de passe',
      state: 'envoye',
      attempts: 1,
    });
    const pending = await api<{ data: MailRow[] }>(strapi.current.baseUrl, '/mails/list?etat=en-attente', { token });
    expect(pending.body.data.every((mail) => mail.state === 'en-attente')).toBe(true);
  });

  it('l’éditeur la lit avec les adresses masquées', async () => {
    await forgot(MEMBER);
    const token = await adminAs(strapi.current, 'aec-editeur', 'editeur.courriels@exemple.fr');
    const list = await api<{ data: MailRow[] }>(strapi.current.baseUrl, '/mails/list', { token });
    expect(list.status).toBe(200);
    expect(list.body.data.length).toBeGreaterThan(0);
    expect(list.body.data.some((mail) => mail.to.includes(MEMBER))).toBe(false);
    expect(list.body.data.some((mail) => mail.to === 'm…@exemple.fr')).toBe(true);
  });

  it('ni un membre ni un visiteur ne la lisent, et un état inventé est refusé', async () => {
    const member = await loginAs(strapi.current.baseUrl, MEMBER);
    expect((await api(strapi.current.baseUrl, '/mails/list', { token: member })).status).toBe(401);
    expect((await api(strapi.current.baseUrl, '/mails/list')).status).toBe(401);
    const token = await adminAs(strapi.current, 'aec-benevole', 'benevole.courriels@exemple.fr');
    expect((await api(strapi.current.baseUrl, '/mails/list?etat=tous', { token })).status).toBe(400);
  });

  it('serveur de mail en panne : le mail reste « En attente », avec l’erreur, puis part une seule fois', async () => {
    const CLAIRE = 'claire.lefevre@exemple.fr';
    const hooks = testHooks();
    const delays = hooks.outboxSettings.retryDelaysMs;
    hooks.outboxSettings.retryDelaysMs = [1000, 1000, 1000];
    const port = strapi.current.inbox.smtpPort;
    await strapi.current.inbox.close();
    try {
      await fetch(`${strapi.current.baseUrl}/api/auth/forgot-password`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: CLAIRE }),
      });
      const token = await adminAs(strapi.current, 'aec-benevole', 'benevole.courriels@exemple.fr');
      let waiting: MailRow | undefined;
      for (let tries = 0; tries < 50 && !waiting; tries += 1) {
        const list = await api<{ data: MailRow[] }>(strapi.current.baseUrl, '/mails/list?etat=en-attente', { token });
        waiting = list.body.data.find((mail) => mail.to === CLAIRE && mail.lastError);
        if (!waiting) await new Promise((resolve) => setTimeout(resolve, 100));
      }
      expect(waiting).toMatchObject({ to: CLAIRE, state: 'en-attente' });
      expect(waiting?.lastError).toContain('ECONNREFUSED');

      const revived = await startInbox({ smtpPort: port });
      strapi.current.inbox = revived;
      await revived.waitFor(CLAIRE, () => true, 10_000);
      await new Promise((resolve) => setTimeout(resolve, 1_500));
      expect(revived.messages().filter((mail) => mail.to.includes(CLAIRE))).toHaveLength(1);
    } finally {
      hooks.outboxSettings.retryDelaysMs = delays;
    }
  });
});
