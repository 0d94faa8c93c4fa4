/** The plugin's name, and its permissions: the admin roles are given them by name. */
export const PLUGIN_NAME = 'mails';
export const MAILS_READ = `plugin::${PLUGIN_NAME}.read`;
export const MAILS_READ_ADDRESSES = `plugin::${PLUGIN_NAME}.read-addresses`;
