import { randomBytes } from 'node:crypto';
import type { Database } from '@ticketing/db/client';
import {
  type DepartmentRow,
  departments,
  type NewUserRow,
  type ProjectRole,
  projectMembers,
  type UserRow,
} from '@ticketing/db/schema';
import type { z } from 'zod';
import type { Actor } from '../actor.ts';
import { hashPassword } from '../auth/passwords.ts';
import { createSession } from '../auth/sessions.ts';
import type { Deps } from '../deps.ts';
import { createProject } from '../projects/create-project.ts';
import type { Project } from '../projects/schemas.ts';
import { createTicket } from '../tickets/create-ticket.ts';
import { createTicketInput, type Ticket } from '../tickets/schemas.ts';
import { insertUser } from '../users/insert-user.ts';

export const TEST_PASSWORD = 'correct horse battery staple';

// Hashing with production argon2 parameters costs ~50 ms; every factory user shares one hash.
let testPasswordHash: Promise<string> | undefined;

const unique = () => randomBytes(4).toString('hex');

export async function makeUser(
  db: Database,
  overrides: Partial<NewUserRow> & { password?: string } = {},
): Promise<UserRow> {
  const { password, ...values } = overrides;
  testPasswordHash ??= hashPassword(TEST_PASSWORD);
  const tag = unique();
  return insertUser(db, {
    email: `user-${tag}@example.com`,
    name: `User ${tag}`,
    passwordHash: password ? await hashPassword(password) : await testPasswordHash,
    ...values,
  });
}

/** A user plus the actor a transport would resolve for it (with a real session). */
export async function makeActor(
  db: Database,
  overrides: Partial<NewUserRow> = {},
): Promise<{ user: UserRow; actor: Actor; token: string }> {
  const user = await makeUser(db, overrides);
  const { token, session } = await createSession(db, user.id);
  return { user, token, actor: { userId: user.id, role: user.role, via: { kind: 'session', sessionId: session.id } } };
}

export async function makeDepartment(db: Database, overrides: Partial<DepartmentRow> = {}): Promise<DepartmentRow> {
  const [row] = await db
    .insert(departments)
    .values({ name: `Dept ${unique()}`, ...overrides })
    .returning();
  if (!row) throw new Error('department insert returned no row');
  return row;
}

let projectSeq = 0;

/** A project (via the real createProject) led by `lead`; members are added with their roles. */
export async function makeProject(
  deps: Deps,
  lead: Actor,
  options: { key?: string; name?: string; members?: { userId: string; role: ProjectRole }[] } = {},
): Promise<Project> {
  projectSeq += 1;
  const key =
    options.key ??
    `P${unique()
      .toUpperCase()
      .replace(/[^A-Z0-9]/g, '')}${projectSeq}`.slice(0, 10);
  const project = await createProject(deps, lead.role === 'user' ? { ...lead, role: 'manager' } : lead, {
    key,
    name: options.name ?? `Project ${key}`,
    description: '',
  });
  if (options.members?.length) {
    await deps.db
      .insert(projectMembers)
      .values(options.members.map((member) => ({ projectId: project.id, userId: member.userId, role: member.role })));
  }
  return project;
}

/** A ticket (via the real createTicket) in `projectKey`, created by `actor`. */
export function makeTicket(
  deps: Deps,
  actor: Actor,
  projectKey: string,
  overrides: Partial<z.input<typeof createTicketInput>> = {},
): Promise<Ticket> {
  return createTicket(deps, actor, createTicketInput.parse({ projectKey, title: `Ticket ${unique()}`, ...overrides }));
}
