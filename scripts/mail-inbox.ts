/**
 * The local mail inbox of `npm start` and of the tests: a real SMTP server that keeps every
 * message it receives, a page to read them (in French), and a JSON API for the tests.
 *
 *   SMTP  127.0.0.1:1025           (Strapi's nodemailer provider sends here in development)
 *   HTTP  http://127.0.0.1:1080/   the inbox page
 *         GET    /api/messages[?to=adresse]   received messages, newest first
 *         GET    /api/messages/:id
 *         DELETE /api/messages                empties the inbox
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { simpleParser, type AddressObject } from 'mailparser';
import { SMTPServer } from 'smtp-server';
// From the source: the inbox starts before `npm start` has built config/.
import { escapeHtml } from '../config/src/escape-html';

export interface InboxMessage {
  id: number;
  /** The sender's Message-ID: the same on each try of one mail. */
  messageId: string;
  receivedAt: string;
  from: string;
  to: string[];
  replyTo: string[];
  subject: string;
  text: string;
  html: string | null;
}

export interface Inbox {
  smtpPort: number;
  httpPort: number;
  url: string;
  messages: () => InboxMessage[];
  clear: () => void;
  /** Resolves with the first message to `to` (received after the call or already there) that matches. */
  waitFor: (to: string, match?: (message: InboxMessage) => boolean, timeoutMs?: number) => Promise<InboxMessage>;
  /**
   * From now on, holds each message as it arrives and never answers its sender, as a relay that
   * hangs (the fault tests: senders killed while they hand mails over). Held messages are never
   * kept; `held()` counts them, `thaw()` lets the next ones in.
   */
  freeze: () => { held: () => number; thaw: () => void };
  close: () => Promise<void>;
}

function addresses(value: AddressObject | AddressObject[] | undefined): string[] {
  const list = Array.isArray(value) ? value : value ? [value] : [];
  return list.flatMap((entry) => entry.value.map((address) => (address.address ?? '').toLowerCase())).filter(Boolean);
}

function page(title: string, body: string): string {
  return `<!doctype html><html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title><style>
body{font-family:system-ui,sans-serif;font-size:18px;line-height:1.5;max-width:60rem;margin:0 auto;padding:1rem;color:#1d1b19}
a{color:#7a2e12}table{border-collapse:collapse;width:100%}th,td{text-align:left;padding:.4rem;border-bottom:1px solid #ccc;vertical-align:top}
iframe{width:100%;min-height:24rem;border:1px solid #ccc}pre{white-space:pre-wrap;background:#f6f1ea;padding:1rem}
</style></head><body>${body}</body></html>`;
}

export async function startInbox(
  options: { smtpPort?: number; httpPort?: number; log?: boolean; keep?: number } = {},
): Promise<Inbox> {
  const keep = options.keep ?? 1000;
  const messages: InboxMessage[] = [];
  let frozen: { count: number } | undefined;
  const waiters = new Set<{ to: string; match: (m: InboxMessage) => boolean; resolve: (m: InboxMessage) => void }>();
  let nextId = 1;

  const smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    // Senders are on this machine: no DNS lookup of their address before each mail.
    disableReverseLookup: true,
    // Closing stops the relay at once, as a crash would: a sender's kept connection is cut, not waited for.
    closeTimeout: 200,
    logger: false,
    banner: 'Boîte de réception locale',
    onData(stream, _session, callback) {
      if (frozen) {
        frozen.count += 1;
        stream.resume();
        return;
      }
      simpleParser(stream)
        .then((parsed) => {
          const message: InboxMessage = {
            id: nextId++,
            messageId: parsed.messageId ?? '',
            receivedAt: new Date().toISOString(),
            from: parsed.from?.text ?? '',
            to: addresses(parsed.to),
            replyTo: addresses(parsed.replyTo),
            subject: parsed.subject ?? '',
            text: parsed.text ?? '',
            html: typeof parsed.html === 'string' ? parsed.html : null,
          };
          messages.unshift(message);
          messages.length = Math.min(messages.length, keep);
          if (options.log) console.log(`[boîte mail] ${message.to.join(', ')} — ${message.subject}`);
          for (const waiter of waiters) {
            if (message.to.includes(waiter.to) && waiter.match(message)) {
              waiters.delete(waiter);
              waiter.resolve(message);
            }
          }
          callback();
        })
        .catch((error: Error) => callback(error));
    },
  });

  const server = http.createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const send = (status: number, type: string, body: string) => {
      response.writeHead(status, { 'content-type': `${type}; charset=utf-8`, 'cache-control': 'no-store' });
      response.end(body);
    };
    if (url.pathname === '/api/messages' && request.method === 'DELETE') {
      messages.length = 0;
      return send(204, 'text/plain', '');
    }
    if (url.pathname === '/api/messages') {
      const to = url.searchParams.get('to')?.toLowerCase();
      return send(200, 'application/json', JSON.stringify(to ? messages.filter((m) => m.to.includes(to)) : messages));
    }
    const apiOne = /^\/api\/messages\/(\d+)$/.exec(url.pathname);
    if (apiOne) {
      const found = messages.find((m) => m.id === Number(apiOne[1]));
      return found
        ? send(200, 'application/json', JSON.stringify(found))
        : send(404, 'application/json', '{"error":"introuvable"}');
    }
    const viewOne = /^\/messages\/(\d+)$/.exec(url.pathname);
    if (viewOne) {
      const found = messages.find((m) => m.id === Number(viewOne[1]));
      if (!found)
        return send(
          404,
          'text/html',
          page('Message introuvable', '<h1>Message introuvable</h1><p><a href="/">Retour</a></p>'),
        );
      // The mail's HTML is shown in a sandbox: no script of it can run here.
      const htmlPart = found.html
        ? `<h2>Version mise en forme</h2><iframe title="Contenu du message" sandbox="allow-popups allow-popups-to-escape-sandbox" srcdoc="${escapeHtml(`<base target="_blank">${found.html}`)}"></iframe>`
        : '';
      return send(
        200,
        'text/html',
        page(
          found.subject,
          `<p><a href="/">← Tous les messages</a></p><h1>${escapeHtml(found.subject)}</h1>
<p><strong>De :</strong> ${escapeHtml(found.from)}<br><strong>À :</strong> ${escapeHtml(found.to.join(', '))}<br><strong>Reçu :</strong> ${escapeHtml(new Date(found.receivedAt).toLocaleString('fr-FR'))}</p>
${htmlPart}<h2>Version texte</h2><pre>${escapeHtml(found.text)}</pre>`,
        ),
      );
    }
    if (url.pathname === '/') {
      const rows = messages
        .map(
          (m) =>
            `<tr><td>${escapeHtml(new Date(m.receivedAt).toLocaleString('fr-FR'))}</td><td>${escapeHtml(m.to.join(', '))}</td><td><a href="/messages/${m.id}">${escapeHtml(m.subject || '(sans objet)')}</a></td></tr>`,
        )
        .join('');
      return send(
        200,
        'text/html',
        page(
          'Boîte de réception locale',
          `<h1>Boîte de réception locale</h1><p>Tous les mails envoyés par le site en développement arrivent ici ; aucun ne part vraiment.
L’API JSON est à <a href="/api/messages">/api/messages</a>.</p>
${messages.length === 0 ? '<p>Aucun message pour le moment.</p>' : `<table><thead><tr><th scope="col">Reçu</th><th scope="col">Destinataire</th><th scope="col">Objet</th></tr></thead><tbody>${rows}</tbody></table>`}`,
        ),
      );
    }
    return send(404, 'text/plain', 'Introuvable');
  });

  await new Promise<void>((resolve, reject) => {
    smtp.once('error', reject);
    smtp.listen(options.smtpPort ?? 0, '127.0.0.1', () => resolve());
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.httpPort ?? 0, '127.0.0.1', () => resolve());
  });
  // A sender that hangs up mid-conversation (a process stopping) must not stop the inbox.
  smtp.on('error', (error: Error) => {
    if (options.log) console.warn(`[boîte mail] connexion interrompue : ${error.message}`);
  });
  const smtpPort = (smtp.server.address() as AddressInfo).port;
  const httpPort = (server.address() as AddressInfo).port;

  return {
    smtpPort,
    httpPort,
    url: `http://127.0.0.1:${httpPort}`,
    messages: () => [...messages],
    clear: () => {
      messages.length = 0;
    },
    waitFor(to, match = () => true, timeoutMs = 10_000) {
      const wanted = to.toLowerCase();
      const existing = messages.find((m) => m.to.includes(wanted) && match(m));
      if (existing) return Promise.resolve(existing);
      return new Promise((resolve, reject) => {
        const waiter = { to: wanted, match, resolve };
        waiters.add(waiter);
        setTimeout(() => {
          if (waiters.delete(waiter)) reject(new Error(`aucun mail pour ${to} en ${timeoutMs} ms`));
        }, timeoutMs).unref();
      });
    },
    freeze: () => {
      const state = { count: 0 };
      frozen = state;
      return {
        held: () => state.count,
        thaw: () => {
          if (frozen === state) frozen = undefined;
        },
      };
    },
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await new Promise<void>((resolve) => smtp.close(() => resolve()));
    },
  };
}
