/** The plugin's name, and the one permission it adds: the admin roles are given it by name. */
export const PLUGIN_NAME = 'members-csv';
export const MEMBERS_CSV_ACTION = `plugin::${PLUGIN_NAME}.manage`;
