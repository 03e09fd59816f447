import { afterAll, describe, expect, it } from 'vitest';
import type { Actor } from '../src/actor.ts';
import { createDepartment } from '../src/departments/create-department.ts';
import { listDepartments } from '../src/departments/list-departments.ts';
import { createDepartmentInput } from '../src/departments/schemas.ts';
import { makeActor } from '../src/testing/factories.ts';
import { createTestDeps } from '../src/testing/test-deps.ts';

const deps = await createTestDeps();
afterAll(() => deps.connection.close());
const { db } = deps;

const admin = await makeActor(db, { role: 'admin' });
const manager = await makeActor(db, { role: 'manager' });
const member = await makeActor(db, { role: 'user' });

const tag = () => crypto.randomUUID().slice(0, 8);

/** Creates a department with the name parsed as the transport parses it. */
const create = (actor: Actor, name: string) => createDepartment(deps, actor, createDepartmentInput.parse({ name }));

describe('listDepartments', () => {
  it('is open to every role and sorted by name', async () => {
    const t = tag();
    const charlie = await create(admin.actor, `Charlie ${t}`);
    const alpha = await create(admin.actor, `Alpha ${t}`);
    const bravo = await create(admin.actor, `Bravo ${t}`);
    for (const { actor } of [member, manager, admin]) {
      const listed = (await listDepartments(deps, actor)).map((d) => d.id);
      const ours = listed.filter((id) => [alpha.id, bravo.id, charlie.id].includes(id));
      expect(ours).toEqual([alpha.id, bravo.id, charlie.id]);
    }
  });
});

describe('createDepartment', () => {
  it('lets an admin create a department with a trimmed name', async () => {
    const name = `Support ${tag()}`;
    const department = await create(admin.actor, `  ${name} `);
    expect(department).toMatchObject({ id: expect.any(String), name });
    expect((await listDepartments(deps, admin.actor)).map((d) => d.name)).toContain(name);
  });

  it('is forbidden for managers and plain users', async () => {
    const name = `Shadow ${tag()}`;
    await expect(create(manager.actor, name)).rejects.toMatchObject({ code: 'E_FORBIDDEN' });
    await expect(create(member.actor, name)).rejects.toMatchObject({ code: 'E_FORBIDDEN' });
    expect((await listDepartments(deps, admin.actor)).map((d) => d.name)).not.toContain(name);
  });

  it('refuses a name that exists in another letter case', async () => {
    const name = `Finance ${tag()}`;
    await create(admin.actor, name);
    await expect(create(admin.actor, name.toUpperCase())).rejects.toMatchObject({
      code: 'E_CONFLICT',
      details: { field: 'name' },
    });
  });
});
