/**
 * Every file a request carried is deleted once it is answered, whatever its field and however the
 * request ended. Strapi's body middleware writes the files of any multipart body, on any route and
 * for anyone, to the system's temporary folder, and deletes only a field named `files`, and only
 * when nothing threw: a refused picture, or a form posted anywhere, would stay on the disk.
 */
import { rm } from 'node:fs/promises';
import type { Context, Next } from 'koa';

/** The paths of the parsed files: a field holds one file or several. */
function filePaths(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(filePaths);
  if (typeof value !== 'object' || value === null) return [];
  if ('filepath' in value) return typeof value.filepath === 'string' ? [value.filepath] : [];
  return Object.values(value).flatMap(filePaths);
}

export default () => {
  return async (ctx: Context, next: Next) => {
    try {
      await next();
    } finally {
      await Promise.all(filePaths(ctx.request.files).map((filepath) => rm(filepath, { force: true })));
    }
  };
};
