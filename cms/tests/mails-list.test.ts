/**
 * « Courriels »: the staff see where each mail stands; the Bénévole reads the addresses, the
 * Éditeur sees them masked; a member or a visitor sees nothing.
 */
import { TestClock } from 'pg-boss';
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

  it('serveur de mail en panne dix minutes (horloge avancée) : les mails restent « En attente » avec l’erreur, puis partent chacun une fois', async () => {
    const people = ['claire.lefevre@exemple.fr', 'jean.martin@exemple.fr'];
    const hooks = testHooks();
    // The queue again, on a clock this test moves: pg-boss's timers and PostgreSQL's now() with it.
    const clock = new TestClock(Date.now());
    await hooks.stopQueue();
    hooks.queueSettings.clock = clock;
    await hooks.startOutbox(strapi.current.strapi);
    const port = strapi.current.inbox.smtpPort;
    await strapi.current.inbox.close();
    try {
      for (const email of people)
        await fetch(`${strapi.current.baseUrl}/api/auth/forgot-password`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ email }),
        });
      const token = await adminAs(strapi.current, 'aec-benevole', 'benevole.courriels@exemple.fr');
      const waiting = async () => {
        const list = await api<{ data: MailRow[] }>(strapi.current.baseUrl, '/mails/list?etat=en-attente', { token });
        return list.body.data.filter((mail) => people.includes(mail.to) && mail.lastError);
      };
      for (let tries = 0; tries < 50 && (await waiting()).length < people.length; tries += 1) await clock.tick(100);
      // Ten minutes, one at a time: the volunteers see both mails waiting, with the reason, tried again.
      for (let minute = 1; minute <= 10; minute += 1) {
        await clock.tick(60_000);
        const shown = await waiting();
        expect(shown).toHaveLength(people.length);
        for (const mail of shown) {
          expect(mail.state).toBe('en-attente');
          expect(mail.lastError).toContain('ECONNREFUSED');
        }
      }
      for (const mail of await waiting()) expect(mail.attempts).toBeGreaterThanOrEqual(3);

      const revived = await startInbox({ smtpPort: port });
      strapi.current.inbox = revived;
      const arrived = () => revived.messages().filter((mail) => people.some((email) => mail.to.includes(email)));
      for (let minute = 0; minute < 30 && arrived().length < people.length; minute += 1) {
        await clock.tick(60_000);
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
      // A little more time passes: nothing leaves twice.
      await clock.tick(5 * 60_000);
      await new Promise((resolve) => setTimeout(resolve, 500));
      for (const email of people) expect(revived.messages().filter((mail) => mail.to.includes(email))).toHaveLength(1);
      const sent = await api<{ data: MailRow[] }>(strapi.current.baseUrl, '/mails/list?etat=envoye', { token });
      for (const email of people) expect(sent.body.data.some((mail) => mail.to === email)).toBe(true);
    } finally {
      await hooks.stopQueue();
      hooks.queueSettings.clock = undefined;
      await hooks.startOutbox(strapi.current.strapi);
    }
  });
});
