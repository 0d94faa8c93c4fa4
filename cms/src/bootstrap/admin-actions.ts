/**
 * Declares a plugin's own permissions, shown in the Roles screen's Plugins tab. Strapi's admin
 * permission service is not typed for apps: this file is the one place that reaches it.
 */
import type { Core } from '@strapi/strapi';

export async function registerPluginActions(
  strapi: Core.Strapi,
  pluginName: string,
  actions: Array<{ uid: string; displayName: string }>,
): Promise<void> {
  const { actionProvider } = strapi.service('admin::permission') as unknown as {
    actionProvider: { registerMany: (actions: unknown[]) => Promise<void> };
  };
  await actionProvider.registerMany(actions.map((action) => ({ ...action, section: 'plugins', pluginName })));
}
