'use strict';
// Strapi loads a local plugin's server from JavaScript; this one is TypeScript, compiled with the
// app's own sources into the app's dist folder, which is read from here.
const { join } = require('node:path');

module.exports = require(join(globalThis.strapi.dirs.dist.src, 'plugins', 'members-csv', 'server', 'src')).default;
