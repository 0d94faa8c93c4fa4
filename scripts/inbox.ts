/** `npm run inbox`: the local mail inbox alone, e.g. beside `strapi develop`. */
import { startInbox } from './mail-inbox';

void startInbox({
  smtpPort: Number(process.env.SMTP_PORT ?? 1025),
  httpPort: Number(process.env.INBOX_PORT ?? 1080),
  log: true,
}).then((inbox) => console.log(`Boîte mail locale : ${inbox.url} (SMTP 127.0.0.1:${inbox.smtpPort})`));
