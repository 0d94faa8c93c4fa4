/** A draft page or article, for a signed preview link (see utils/preview-link.ts). Public: the signature is the proof. */
export default {
  type: 'content-api',
  routes: [
    {
      method: 'GET',
      path: '/preview/:type/:documentId/:expires/:signature',
      handler: 'preview.findOne',
      config: { policies: [], middlewares: [] },
    },
  ],
};
