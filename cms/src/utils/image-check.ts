/**
 * What an uploaded file really is, from its first bytes: the name and the announced type are
 * the sender's to choose, the content is not.
 */
import { open } from 'node:fs/promises';

export type ImageType = 'image/jpeg' | 'image/png' | 'image/webp';

export async function sniffImage(path: string): Promise<ImageType | null> {
  const handle = await open(path, 'r');
  try {
    const head = Buffer.alloc(12);
    const { bytesRead } = await handle.read(head, 0, 12, 0);
    if (bytesRead < 12) return null;
    if (head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff) return 'image/jpeg';
    if (head.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'image/png';
    if (head.toString('latin1', 0, 4) === 'RIFF' && head.toString('latin1', 8, 12) === 'WEBP') return 'image/webp';
    return null;
  } finally {
    await handle.close();
  }
}
