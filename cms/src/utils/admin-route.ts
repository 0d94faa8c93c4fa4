/**
 * What the servers of our admin pages (the local plugins) read of Koa's context, and how they
 * refuse: one shape and one answer for all of them.
 */
import type { Context, ParameterizedContext } from 'koa';

/** Who asks: Strapi's admin authentication sets the user and their abilities. */
interface AdminState {
  userAbility?: { can: (action: string, subject?: string) => boolean };
  user?: { firstname?: string; lastname?: string; email?: string };
}

export type AdminContext = ParameterizedContext<AdminState>;

/** A refusal the admin page shows as it is: the status, and the reason in French. */
export function refuse(ctx: Pick<Context, 'status' | 'body'>, status: number, message: string): void {
  ctx.status = status;
  ctx.body = { error: { status, message } };
}
