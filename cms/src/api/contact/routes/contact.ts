/** The contact form's message to the association. Public, rate limited. */
export default {
  type: 'content-api',
  routes: [
    { method: 'POST', path: '/contact/messages', handler: 'contact.send', config: { policies: [], middlewares: [] } },
  ],
};
