/**
 * Keeps a link only if it cannot run code: http(s), mailto, tel, or a same-site path.
 * Anything else (javascript:, data:, vbscript:, protocol-relative //…) returns null.
 */
export function safeHref(url: string): string | null {
  const trimmed = url.trim();
  if (/^\/(?!\/)/.test(trimmed)) return trimmed;
  try {
    const parsed = new URL(trimmed);
    return ['http:', 'https:', 'mailto:', 'tel:'].includes(parsed.protocol) ? parsed.href : null;
  } catch {
    return null;
  }
}
