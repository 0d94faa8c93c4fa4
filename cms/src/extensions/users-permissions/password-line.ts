/**
 * Passwords are checked one at a time, in the order they came.
 *
 * bcrypt is slow on purpose (cost 10: about 70 ms here), and bcryptjs runs on the main thread
 * in slices. Fifty logins at once used to advance together, each finishing only when nearly
 * all fifty did: most answered after the site had given up on Strapi (STRAPI_TIMEOUT_MS), and
 * Strapi went on hashing for no one. In a line, the first come are answered first, and a login
 * whose caller has left before its turn is not hashed at all. The wait depends on the load,
 * never on the address, so a known and an unknown address still take the same time. The line is
 * each process's own, as its CPU is: with several instances, each orders what it hashes.
 */
import bcrypt from 'bcryptjs';
import { createLine } from '../../utils/line';

const inLine = createLine();

/** Compared against when there is no account, so that both cases take a bcrypt's time. */
export const DUMMY_HASH = bcrypt.hashSync('not-a-real-password-but-a-timing-decoy', 10);

/** `true` or `false`, or `null` when the caller had gone by the time its turn came. */
export function checkPasswordInLine(
  password: string,
  hash: string,
  callerGone: () => boolean,
): Promise<boolean | null> {
  return inLine(() => bcrypt.compare(password, hash), callerGone);
}
