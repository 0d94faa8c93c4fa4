/** An admin account with the given role (Bénévole, Éditeur), created if missing, and its admin token. */
import { expect } from 'vitest';
import { api } from './http';
import type { TestStrapi } from './boot';

export async function adminAs(current: TestStrapi, roleCode: string, email: string): Promise<string> {
  const role = await current.strapi.db.query('admin::role').findOne({ where: { code: roleCode } });
  expect(role, roleCode).toBeTruthy();
  const existing = await current.strapi.db.query('admin::user').findOne({ where: { email } });
  if (!existing) {
    await current.strapi.service('admin::user').create({
      email,
      firstname: 'Test',
      lastname: roleCode,
      password: 'Role-Test-2026-ok',
      isActive: true,
      registrationToken: null,
      roles: [role.id],
    });
  }
  const login = await api<{ data: { token: string } }>(current.baseUrl, '/admin/login', {
    method: 'POST',
    body: { email, password: 'Role-Test-2026-ok' },
  });
  return login.body.data.token;
}
