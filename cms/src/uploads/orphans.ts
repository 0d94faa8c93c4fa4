/**
 * A member's image lives as long as something shows it: when the last fiche version that
 * refers to it lets go (image removed, fiche deleted, a new version published without it),
 * the file and its smaller copies are deleted from the disk and the media library.
 */
import type { Core } from '@strapi/strapi';
import { joinTableOf, uids } from '../db';

interface UploadService {
  remove: (file: unknown) => Promise<unknown>;
}

/** Deletes each of these files that nothing refers to any more. */
export async function deleteUnreferencedFiles(strapi: Core.Strapi, fileIds: number[]): Promise<number> {
  const join = joinTableOf(strapi, uids.file, 'related');
  const upload = strapi.plugin('upload').service('upload') as UploadService;
  let deleted = 0;
  for (const id of new Set(fileIds)) {
    const referenced = await strapi.db.connection(join.name).where(join.joinColumn.name, id).first();
    if (referenced) continue;
    const file = await strapi.db.query(uids.file).findOne({ where: { id } });
    if (!file) continue;
    await upload.remove(file);
    deleted += 1;
  }
  return deleted;
}
