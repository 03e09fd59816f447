import { afterAll, describe, expect, it } from 'vitest';
import { adminLogin, createSignedInUser, expectError, expectJson, ISO_DATE, type UserJson } from './support/http.ts';
import { startTestServer } from './support/test-server.ts';

const server = await startTestServer();
afterAll(() => server.close());

interface DepartmentJson {
  id: string;
  name: string;
  createdAt: string;
  updatedAt: string;
}

const adminToken = await adminLogin(server);
const plain = await createSignedInUser(server, adminToken);
const manager = await createSignedInUser(server, adminToken, { role: 'manager' });

const createDepartment = (token: string, json: unknown) =>
  server.request('/api/v1/departments', { method: 'POST', token, json });
const listDepartments = (token: string) => server.request('/api/v1/departments', { token });

describe('departments over REST', () => {
  it('lets an admin create a department that then appears in the list', async () => {
    const created = await expectJson<DepartmentJson>(await createDepartment(adminToken, { name: '  Support  ' }));
    expect(Object.keys(created).sort()).toEqual(['createdAt', 'id', 'name', 'updatedAt']);
    expect(created.name).toBe('Support');
    expect(created.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(created.createdAt).toMatch(ISO_DATE);

    const list = await expectJson<DepartmentJson[]>(await listDepartments(adminToken));
    expect(list).toContainEqual(created);
  });

  it('lists departments sorted by name, to every signed-in user', async () => {
    await expectJson(await createDepartment(adminToken, { name: 'Accounting' }));
    await expectJson(await createDepartment(adminToken, { name: 'Operations' }));
    const list = await expectJson<DepartmentJson[]>(await listDepartments(plain.token));
    const names = list.map((department) => department.name);
    expect(names).toEqual(['Accounting', 'Operations', 'Support']);
    await expectError(await server.request('/api/v1/departments'), 401, 'E_UNAUTHENTICATED');
  });

  it('refuses a non-admin with 403 E_FORBIDDEN and creates nothing', async () => {
    await expectError(await createDepartment(plain.token, { name: 'Shadow IT' }), 403, 'E_FORBIDDEN');
    await expectError(await createDepartment(manager.token, { name: 'Shadow IT' }), 403, 'E_FORBIDDEN');
    const list = await expectJson<DepartmentJson[]>(await listDepartments(adminToken));
    expect(list.map((department) => department.name)).not.toContain('Shadow IT');
  });

  it('rejects a duplicate name in another letter case with 409 E_CONFLICT', async () => {
    const body = await expectError(await createDepartment(adminToken, { name: 'SUPPORT' }), 409, 'E_CONFLICT');
    expect(body.details).toEqual({ field: 'name' });
  });

  it('rejects a blank or over-long name with 400 E_VALIDATION on name', async () => {
    for (const name of ['   ', 'x'.repeat(101)]) {
      const body = await expectError(await createDepartment(adminToken, { name }), 400, 'E_VALIDATION');
      expect(body.details).toEqual({ fields: { name: [expect.any(String)] } });
    }
  });

  it('can be assigned to a user by an admin', async () => {
    const [department] = await expectJson<DepartmentJson[]>(await listDepartments(adminToken));
    if (!department) throw new Error('no department');
    const updated = await expectJson<UserJson>(
      await server.request(`/api/v1/users/${plain.user.id}`, {
        method: 'PATCH',
        token: adminToken,
        json: { departmentId: department.id },
      }),
    );
    expect(updated.departmentId).toBe(department.id);
    const filtered = await expectJson<{ items: UserJson[] }>(
      await server.request(`/api/v1/users?departmentId=${department.id}`, { token: adminToken }),
    );
    expect(filtered.items.map((user) => user.id)).toEqual([plain.user.id]);
  });
});
