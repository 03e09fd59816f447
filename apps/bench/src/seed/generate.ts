import type { projectRoles, ticketPriorities, ticketStatuses } from '@ticketing/db/schema';
import { createRandom, type Random } from './random.ts';
import { commonWords, departmentNames, labels, rareWords, words } from './vocabulary.ts';

/** The shape of a generated data set, sized by the ticket count. */
export interface SeedPlan {
  tickets: number;
  users: number;
  projects: number;
  /** Share of the tickets in the one hot project. */
  hotShare: number;
  commentsPerTicket: number;
}

export const HOT_PROJECT_KEY = 'HOT';

export function planFor(tickets: number): SeedPlan {
  return {
    tickets,
    users: Math.max(20, Math.min(5000, Math.round(tickets / 200))),
    projects: tickets >= 1000 ? 20 : 4,
    hotShare: 0.7,
    commentsPerTicket: 0.3,
  };
}

export interface UserSeed {
  id: string;
  email: string;
  name: string;
  role: 'user' | 'manager' | 'admin';
  departmentId: string;
}
export interface ProjectSeed {
  id: string;
  key: string;
  name: string;
  leadId: string;
}
export interface MemberSeed {
  projectId: string;
  userId: string;
  role: (typeof projectRoles)[number];
}
export interface TicketSeed {
  id: string;
  projectId: string;
  number: number;
  key: string;
  title: string;
  description: string;
  status: (typeof ticketStatuses)[number];
  priority: (typeof ticketPriorities)[number];
  departmentId: string | null;
  reporterId: string;
  dueDate: string | null;
  version: number;
  createdAt: Date;
  updatedAt: Date;
  closedAt: Date | null;
  /** First in progress: halfway through its life, for every ticket that left open. */
  startedAt: Date | null;
  assigneeIds: string[];
  labels: string[];
  comments: { id: string; authorId: string; body: string; createdAt: Date }[];
}

const DAY = 86_400_000;
const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

function sentence(random: Random, length: number): string {
  const parts: string[] = [];
  for (let i = 0; i < length; i += 1) {
    const roll = random.next();
    parts.push(roll < 0.25 ? random.pick(commonWords) : roll < 0.2505 ? random.pick(rareWords) : random.pick(words));
  }
  return capitalize(parts.join(' '));
}

/** Everything but the tickets: departments, users (the first is the admin), projects, memberships. */
export function generateOrganisation(plan: SeedPlan, seed = 42) {
  const random = createRandom(seed);
  const departments = departmentNames.map((name) => ({ id: random.uuid(), name }));
  const users: UserSeed[] = Array.from({ length: plan.users }, (_, index) => ({
    id: random.uuid(),
    email: index === 0 ? 'bench-admin@example.com' : `user${index}@example.com`,
    name: index === 0 ? 'Bench Admin' : `User ${index}`,
    role: index === 0 ? 'admin' : index % 25 === 0 ? 'manager' : 'user',
    departmentId: random.pick(departments).id,
  }));
  const projects: ProjectSeed[] = Array.from({ length: plan.projects }, (_, index) => ({
    id: random.uuid(),
    key: index === 0 ? HOT_PROJECT_KEY : `P${String(index).padStart(2, '0')}`,
    name: index === 0 ? 'Hot project' : `Project ${index}`,
    leadId: random.pick(users).id,
  }));
  const members: MemberSeed[] = [];
  for (const project of projects) {
    for (const user of users) {
      // Everyone is in the hot project; each other project has about a third of the users.
      const isLead = user.id === project.leadId;
      if (isLead || project.key === HOT_PROJECT_KEY || random.next() < 0.33) {
        members.push({
          projectId: project.id,
          userId: user.id,
          role: isLead
            ? 'lead'
            : random.weighted([
                ['member', 8],
                ['viewer', 2],
              ]),
        });
      }
    }
  }
  return { departments, users, projects, members };
}

/**
 * Tickets in batches (a generator: 1M tickets never sit in memory at once), numbered per project
 * from 1 with realistic status, priority and date mixes.
 */
export function* generateTickets(
  plan: SeedPlan,
  organisation: ReturnType<typeof generateOrganisation>,
  batchSize = 5000,
  seed = 7,
): Generator<TicketSeed[]> {
  const random = createRandom(seed);
  const { projects, users, departments } = organisation;
  const [hot, ...others] = projects;
  if (!hot) throw new Error('no projects');
  const numbers = new Map(projects.map((project) => [project.id, 0]));
  const now = Date.now();
  let batch: TicketSeed[] = [];
  for (let index = 0; index < plan.tickets; index += 1) {
    const project = others.length === 0 || random.next() < plan.hotShare ? hot : random.pick(others);
    const number = (numbers.get(project.id) ?? 0) + 1;
    numbers.set(project.id, number);
    const createdAt = new Date(now - random.int(1, 730) * DAY + random.int(0, DAY));
    const updatedAt = new Date(Math.min(now, createdAt.getTime() + random.int(0, 60) * DAY));
    const status = random.weighted([
      ['open', 40],
      ['in_progress', 25],
      ['blocked', 5],
      ['closed', 30],
    ] as const);
    const assigneeCount = random.weighted([
      [0, 3],
      [1, 5],
      [2, 2],
    ] as const);
    const labelCount = random.weighted([
      [0, 3],
      [1, 4],
      [2, 2],
      [3, 1],
    ] as const);
    const commentCount = random.next() < plan.commentsPerTicket ? random.int(1, 2) : 0;
    batch.push({
      id: random.uuid(),
      projectId: project.id,
      number,
      key: `${project.key}-${number}`,
      title: sentence(random, random.int(3, 8)),
      description: `${sentence(random, random.int(8, 20))}. ${sentence(random, random.int(5, 15))}.`,
      status,
      priority: random.weighted([
        ['low', 25],
        ['medium', 45],
        ['high', 22],
        ['critical', 8],
      ] as const),
      departmentId: random.next() < 0.6 ? random.pick(departments).id : null,
      reporterId: random.pick(users).id,
      dueDate:
        random.next() < 0.3
          ? new Date(createdAt.getTime() + random.int(7, 120) * DAY).toISOString().slice(0, 10)
          : null,
      version: status === 'open' ? 1 : 2,
      createdAt,
      updatedAt,
      closedAt: status === 'closed' ? updatedAt : null,
      startedAt: status === 'open' ? null : new Date((createdAt.getTime() + updatedAt.getTime()) / 2),
      assigneeIds: [...new Set(Array.from({ length: assigneeCount }, () => random.pick(users).id))],
      labels: [...new Set(Array.from({ length: labelCount }, () => random.pick(labels)))],
      comments: Array.from({ length: commentCount }, () => ({
        id: random.uuid(),
        authorId: random.pick(users).id,
        body: sentence(random, random.int(5, 25)),
        createdAt: new Date(createdAt.getTime() + random.int(0, 5) * DAY),
      })),
    });
    if (batch.length === batchSize) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
}
