import type { Core } from '@strapi/strapi';
import {
  ADMIN_HIDDEN,
  ADMIN_LABELS,
  ADMIN_LIST_COLUMNS,
  ADMIN_LIST_LABELS,
  ADMIN_MAIN_FIELDS,
  ADMIN_PICKER_FIELDS,
  ADMIN_READ_ONLY,
} from './admin-labels.fr';

interface FieldMetadata {
  edit?: Record<string, unknown> & { label?: string; editable?: boolean; visible?: boolean; mainField?: string };
  list?: Record<string, unknown> & { label?: string };
}

interface ConfigurationService {
  findContentType?: (uid: string) => { uid: string } | undefined;
  findComponent?: (uid: string) => { uid: string } | undefined;
  findConfiguration: (contentType: {
    uid: string;
  }) => Promise<{ metadatas?: Record<string, FieldMetadata> } & Record<string, unknown>>;
  updateConfiguration: (contentType: { uid: string }, configuration: Record<string, unknown>) => Promise<unknown>;
}

/** Writes the French field labels, list columns and entry names into the content-manager's configuration; idempotent. */
export async function applyAdminLabels(strapi: Core.Strapi): Promise<void> {
  const plugin = strapi.plugin('content-manager');
  const contentTypes = plugin.service('content-types') as unknown as ConfigurationService;
  const components = plugin.service('components') as unknown as ConfigurationService;
  for (const [uid, labels] of Object.entries(ADMIN_LABELS)) {
    // A component's uid has no « :: » (« shared.address »); its labels are kept the same way.
    const service = uid.includes('::') ? contentTypes : components;
    const contentType = uid.includes('::') ? service.findContentType?.(uid) : service.findComponent?.(uid);
    if (!contentType) continue;
    const { uid: _uid, category: _category, ...configuration } = await service.findConfiguration(contentType);
    const columns = ADMIN_LIST_COLUMNS[uid];
    const layouts = (configuration.layouts ?? {}) as { list?: string[]; edit?: Array<Array<{ name: string }>> };
    let changed = false;
    if (columns && JSON.stringify(layouts.list) !== JSON.stringify(columns)) {
      configuration.layouts = { ...layouts, list: columns };
      changed = true;
    }
    const settings = (configuration.settings ?? {}) as { mainField?: string };
    const mainField = ADMIN_MAIN_FIELDS[uid];
    if (mainField && settings.mainField !== mainField) {
      configuration.settings = { ...settings, mainField };
      changed = true;
    }
    const metadatas = { ...(configuration.metadatas ?? {}) };
    for (const [field, label] of Object.entries(labels)) {
      const current = metadatas[field];
      const column = ADMIN_LIST_LABELS[uid]?.[field] ?? label;
      if (!current || (current.edit?.label === label && current.list?.label === column)) continue;
      metadatas[field] = { ...current, edit: { ...current.edit, label }, list: { ...current.list, label: column } };
      changed = true;
    }
    // A relation shows (and its picker searches) the entry's name, not the field Strapi chose; where
    // a volunteer picks among many members, a label that also holds e-mail, city and reference.
    const schema = (uid.includes('::') ? strapi.contentTypes : strapi.components)[uid as never] as
      { attributes: Record<string, { type?: string; target?: string }> } | undefined;
    for (const [field, attribute] of Object.entries(schema?.attributes ?? {})) {
      const target = attribute.type === 'relation' ? attribute.target : undefined;
      const named = target ? (ADMIN_PICKER_FIELDS[`${uid}.${field}`] ?? ADMIN_MAIN_FIELDS[target]) : undefined;
      const current = metadatas[field];
      if (!named || !current || current.edit?.mainField === named) continue;
      metadatas[field] = { ...current, edit: { ...current.edit, mainField: named } };
      changed = true;
    }
    const hidden = ADMIN_HIDDEN[uid] ?? [];
    for (const field of hidden) {
      const current = metadatas[field];
      if (!current || current.edit?.visible === false) continue;
      metadatas[field] = { ...current, edit: { ...current.edit, visible: false } };
      changed = true;
    }
    if (hidden.length > 0 && layouts.edit?.some((row) => row.some((cell) => hidden.includes(cell.name)))) {
      const rows = layouts.edit
        .map((row) => row.filter((cell) => !hidden.includes(cell.name)))
        .filter((row) => row.length > 0);
      configuration.layouts = { ...(configuration.layouts as object), edit: rows };
      changed = true;
    }
    for (const field of ADMIN_READ_ONLY[uid] ?? []) {
      const current = metadatas[field];
      if (!current || current.edit?.editable === false) continue;
      metadatas[field] = { ...current, edit: { ...current.edit, editable: false } };
      changed = true;
    }
    if (changed) await service.updateConfiguration(contentType, { ...configuration, metadatas });
  }
}
