/** The only files /uploads serves, on Strapi and through the site: pictures, by extension. */
export const SERVED_UPLOAD_TYPES: Readonly<Record<string, string>> = {
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.png': 'image/png',
  '.webp': 'image/webp',
};

/** Types no one may upload, not even the Super Admin: they would run in a browser. */
export const DENIED_UPLOAD_TYPES = [
  'image/svg+xml',
  'text/html',
  'application/xhtml+xml',
  'text/javascript',
  'application/javascript',
  'application/x-javascript',
  'application/ecmascript',
  'text/xml',
  'application/xml',
  'application/pdf',
  'application/x-shockwave-flash',
];

export function servedUploadType(path: string): string | null {
  const name = path.slice(path.lastIndexOf('/') + 1);
  if (!/^[\w.-]+$/.test(name)) return null;
  const dot = name.lastIndexOf('.');
  if (dot < 0) return null;
  return SERVED_UPLOAD_TYPES[name.slice(dot).toLowerCase()] ?? null;
}
