/**
 * The member a page under /espace-membres serves. The middleware (memberOnly) has already sent
 * anyone without a session to the login form, so a page never repeats that guard; reaching
 * here without a member is a bug, and fails loudly rather than showing a page to no one.
 */
export function requireMember(context: { locals: App.Locals }): { jwt: string } {
  const { member } = context.locals;
  if (!member) throw new Error('Page de membre atteinte sans membre : le middleware memberOnly doit la garder.');
  return member;
}
