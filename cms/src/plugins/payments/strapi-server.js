'use strict';
// Strapi loads a local plugin's server from JavaScript: this one is compiled with the app, into dist/.
module.exports = require(
  require('node:path').join(globalThis.strapi.dirs.dist.src, 'plugins', 'payments', 'server', 'src'),
).default;
