/**
 * Single-use links sent by mail. The token itself only ever exists in the mail: the database
 * keeps its SHA-256, an expiry, and when it was used or replaced by a newer one.
 */
import crypto from 'node:crypto';
import { factories, type Core } from '@strapi/strapi';
import { serviceOf, uids } from '../../../db';

export type TokenPurpose = 'reset-password' | 'confirm-email-change' | 'confirm-account';
export type TokenProblem = 'invalid' | 'expired' | 'used' | 'replaced';

export function hashToken(token: string): string {
  return crypto.createHash('sha256').update(token, 'utf8').digest('hex');
}

/** The clock, replaceable in tests ("move the clock, don't sleep"). */
export const tokenClock = { now: () => new Date() };

const service = factories.createCoreService(uids.authToken, ({ strapi }) => ({
  /** Creates a token for `userId`; any earlier unused token of the same purpose stops working. */
  async issue(
    userId: number,
    purpose: TokenPurpose,
    lifetimeMs: number,
    payload?: Record<string, unknown>,
  ): Promise<string> {
    const now = tokenClock.now();
    const older = await strapi.db
      .query(uids.authToken)
      .findMany({ where: { user: { id: userId }, purpose, usedAt: null, replacedAt: null }, select: ['id'] });
    if (older.length > 0) {
      await strapi.db
        .query(uids.authToken)
        .updateMany({ where: { id: { $in: older.map((row) => row.id) } }, data: { replacedAt: now } });
    }
    const token = crypto.randomBytes(32).toString('base64url');
    await strapi.db.query(uids.authToken).create({
      data: {
        user: userId,
        purpose,
        tokenHash: hashToken(token),
        expiresAt: new Date(now.getTime() + lifetimeMs),
        ...(payload ? { payload } : {}),
      },
    });
    return token;
  },

  /** What a token is worth, without using it. */
  async check(
    token: string,
    purpose: TokenPurpose,
  ): Promise<
    | { ok: true; id: number; userId: number; payload: Record<string, unknown> | null }
    | { ok: false; problem: TokenProblem }
  > {
    if (typeof token !== 'string' || token.length < 20 || token.length > 200) return { ok: false, problem: 'invalid' };
    const found = await strapi.db
      .query(uids.authToken)
      .findOne({ where: { tokenHash: hashToken(token), purpose }, populate: { user: { select: ['id'] } } });
    if (!found || !found.user) return { ok: false, problem: 'invalid' };
    if (found.usedAt) return { ok: false, problem: 'used' };
    if (found.replacedAt) return { ok: false, problem: 'replaced' };
    if (new Date(found.expiresAt).getTime() <= tokenClock.now().getTime()) return { ok: false, problem: 'expired' };
    return {
      ok: true,
      id: found.id as number,
      userId: found.user.id as number,
      payload: (found.payload as Record<string, unknown> | null) ?? null,
    };
  },

  /** Marks the token used; returns false if someone used it in between (single use, even under a race). */
  async consume(id: number): Promise<boolean> {
    const { count } = await strapi.db
      .query(uids.authToken)
      .updateMany({ where: { id, usedAt: null }, data: { usedAt: tokenClock.now() } });
    return count === 1;
  },
}));

export default service;

/** The single-use links service, typed (db/services.ts). */
export function authTokens(strapi: Core.Strapi): ReturnType<typeof service> {
  return serviceOf(strapi, uids.authToken);
}
