import { attachments, type TicketStatus, ticketPriorities, tickets } from '@ticketing/db/schema';
import { eq } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import type { Actor } from '../src/actor.ts';
import { encodeCursor } from '../src/pagination.ts';
import { makeActor, makeDepartment, makeProject } from '../src/testing/factories.ts';
import { createTestDeps } from '../src/testing/test-deps.ts';
import { listTicketsInput, type Ticket } from '../src/tickets/schemas.ts';
import { createView } from '../src/views/create-view.ts';
import { deleteView } from '../src/views/delete-view.ts';
import { listViews } from '../src/views/list-views.ts';
import { createViewInput, updateViewInput } from '../src/views/schemas.ts';
import { updateView } from '../src/views/update-view.ts';
import { rejectionOf } from './support/helpers.ts';
import { domain, forceStatus, keysOf, makeTeam, type TestActor } from './support/tickets.ts';

const queries: string[] = [];
const deps = await createTestDeps({}, { onQuery: (sql) => queries.push(sql) });
afterAll(() => deps.connection.close());
const { db } = deps;
const api = domain(deps);

type ListInput = z.input<typeof listTicketsInput>;

const admin = await makeActor(db, { role: 'admin' });
const { project, lead, member, viewer, outsider } = await makeTeam(deps, { key: 'FLT' });
const [d1, d2] = [await makeDepartment(db), await makeDepartment(db)];

/** Noon UTC on the given day of January 2024. */
const day = (n: number) => new Date(Date.UTC(2024, 0, n, 12));

interface Spec {
  title: string;
  description?: string;
  priority: Ticket['priority'];
  status: TicketStatus;
  reporter: TestActor;
  assignees?: TestActor[];
  labels?: string[];
  departmentId?: string;
  dueDate?: string;
  created: Date;
  updated: Date;
}

// Created in this order, so they are FLT-1 … FLT-7.
const specs = {
  printer: {
    title: 'Printer on floor two is jammed',
    description: 'Paper stuck in the tray',
    priority: 'high',
    status: 'open',
    reporter: lead,
    assignees: [member],
    labels: ['hardware'],
    departmentId: d1.id,
    dueDate: '2030-01-10',
    created: day(1),
    updated: day(10),
  },
  email: {
    title: 'Email bounces',
    description: 'The printer in room five also prints garbage',
    priority: 'low',
    status: 'in_progress',
    reporter: member,
    assignees: [lead],
    labels: ['email'],
    created: day(2),
    updated: day(9),
  },
  vpn: {
    title: 'VPN drops',
    description: 'Every hour on the hour',
    priority: 'critical',
    status: 'blocked',
    reporter: member,
    labels: ['network', 'hardware'],
    departmentId: d2.id,
    dueDate: '2030-01-05',
    created: day(3),
    updated: day(8),
  },
  laptop: {
    title: 'New laptop',
    priority: 'medium',
    status: 'closed',
    reporter: lead,
    assignees: [member, lead],
    departmentId: d1.id,
    dueDate: '2030-02-01',
    created: day(4),
    updated: day(11),
  },
  monitor: {
    title: 'Monitor flicker',
    priority: 'high',
    status: 'open',
    reporter: member,
    created: day(5),
    updated: day(8), // ties with vpn
  },
  keyboard: {
    title: 'Keyboard sticky',
    priority: 'low',
    status: 'open',
    reporter: lead,
    assignees: [viewer],
    dueDate: '2030-01-10', // ties with printer
    created: day(5), // ties with monitor
    updated: day(12),
  },
  password: {
    title: 'Password reset',
    priority: 'medium',
    status: 'in_progress',
    reporter: lead,
    labels: ['account'],
    created: day(7),
    updated: day(7),
  },
} satisfies Record<string, Spec>;
type Name = keyof typeof specs;

const fixture = {} as Record<Name, Ticket>;
for (const [name, spec] of Object.entries(specs) as [Name, Spec][]) {
  const created = await api.createTicket(spec.reporter.actor, {
    projectKey: project.key,
    title: spec.title,
    description: spec.description ?? '',
    priority: spec.priority,
    assigneeIds: (spec.assignees ?? []).map((a) => a.user.id),
    labels: spec.labels ?? [],
    departmentId: spec.departmentId ?? null,
    dueDate: spec.dueDate ?? null,
  });
  await forceStatus(db, created.id, spec.status);
  await db.update(tickets).set({ createdAt: spec.created, updatedAt: spec.updated }).where(eq(tickets.id, created.id));
  fixture[name] = await api.getTicket(admin.actor, created.key);
}
const all = Object.values(fixture);

// Another project the member belongs to, and one they do not.
const other = await makeProject(deps, lead.actor, {
  key: 'OTH',
  members: [{ userId: member.user.id, role: 'member' }],
});
const otherTicket = await api.createTicket(lead.actor, { projectKey: other.key, title: 'Other printer' });
const stranger = await makeActor(db);
const secret = await makeProject(deps, stranger.actor, { key: 'SEC' });
const secretTicket = await api.createTicket(stranger.actor, { projectKey: secret.key, title: 'Secret printer plans' });

const list = (actor: Actor, input: ListInput = {}) => api.listTickets(actor, input);
/** The keys a filter finds in FLT (as a set: sorted). */
const found = async (input: ListInput, actor: Actor = member.actor) =>
  keysOf((await list(actor, { projectKeys: project.key, limit: 100, ...input })).items).sort();
const keysFor = (...names: Name[]) => names.map((name) => fixture[name].key).sort();

describe('the query language (`query`), the same filters as text', () => {
  it.each<[string, Name[]]>([
    ['status:open,blocked', ['printer', 'vpn', 'monitor', 'keyboard']],
    ['-status:open,blocked', ['email', 'laptop', 'password']],
    ['priority>=high', ['printer', 'vpn', 'monitor']],
    ['priority<medium', ['email', 'keyboard']],
    ['assignee:none', ['vpn', 'monitor', 'password']],
    ['is:unassigned -label:account', ['vpn', 'monitor']],
    ['label:hardware,email', ['printer', 'email', 'vpn']],
    ['label:hardware -label:network', ['printer']],
    ['due>=2030-01-06 due<2030-02-01', ['printer', 'keyboard']],
    ['created>=2024-01-03 created<=2024-01-05', ['vpn', 'laptop', 'monitor', 'keyboard']],
    ['updated<2024-01-09', ['vpn', 'monitor', 'password']],
    ['status:open printer', ['printer']],
    ['"every hour"', ['vpn']],
    ['-has:attachments is:overdue', []],
  ])('%s', async (query, names) => {
    expect(await found({ query })).toEqual(keysFor(...names));
  });

  it('has:attachments counts ready attachments only', async () => {
    const row = {
      projectId: project.id,
      uploaderId: lead.user.id,
      fileName: 'a.txt',
      contentType: 'text/plain',
      size: 1,
    };
    await db.insert(attachments).values([
      { ...row, ticketId: fixture.printer.id, objectKey: `${project.id}/${crypto.randomUUID()}`, state: 'ready' },
      { ...row, ticketId: fixture.email.id, objectKey: `${project.id}/${crypto.randomUUID()}`, state: 'pending' },
    ]);
    expect(await found({ query: 'has:attachments' })).toEqual(keysFor('printer'));
    expect(await found({ query: '-has:attachments priority:high' })).toEqual(keysFor('monitor'));
  });

  it('finds people by email and departments by name, case-insensitively', async () => {
    expect(await found({ query: `assignee:${member.user.email.toUpperCase()}` })).toEqual(keysFor('printer', 'laptop'));
    expect(await found({ query: `reporter:${lead.user.email}` })).toEqual(
      keysFor('printer', 'laptop', 'keyboard', 'password'),
    );
    expect(await found({ query: `department:"${d1.name.toLowerCase()}"` })).toEqual(keysFor('printer', 'laptop'));
    expect(await found({ query: `department:${d2.id}` })).toEqual(keysFor('vpn'));
  });

  it('ANDs with the structured filters, projects included', async () => {
    expect(await found({ query: 'priority>=high', status: 'open' })).toEqual(keysFor('printer', 'monitor'));
    expect(await found({ query: 'printer', q: 'floor' })).toEqual(keysFor('printer'));
    expect(await found({ query: 'project:OTH' })).toEqual([]);
    const both = await list(member.actor, { query: 'project:FLT,OTH printer', limit: 100 });
    expect(keysOf(both.items).sort()).toEqual([fixture.printer.key, fixture.email.key, otherTicket.key].sort());
    // A project you cannot see is as if it did not exist.
    expect(keysOf((await list(member.actor, { query: 'project:SEC' })).items)).toEqual([]);
  });

  it("reckons today and overdue in the time zone asked for: Kiritimati's tomorrow is Pago Pago's today", async () => {
    // 25 hours apart: at any moment Kiritimati's date is one or two days after Pago Pago's.
    const zones = { early: 'Pacific/Kiritimati', late: 'Pacific/Pago_Pago' } as const;
    const dateIn = (timeZone: string) => new Intl.DateTimeFormat('en-CA', { timeZone }).format(new Date());
    for (let attempt = 1; ; attempt++) {
      // A project per attempt, so that an attempt's tickets are all it finds.
      const zoned = await makeProject(deps, admin.actor, { key: `TZO${attempt}` });
      const make = async (title: string, dueDate: string) =>
        (await api.createTicket(admin.actor, { projectKey: zoned.key, title, dueDate })).key;
      const days = { early: dateIn(zones.early), late: dateIn(zones.late) };
      const dueLate = await make(`Due ${days.late}`, days.late);
      const dueEarly = await make(`Due ${days.early}`, days.early);
      const keys = async (input: ListInput) =>
        keysOf((await list(admin.actor, { projectKeys: zoned.key, limit: 100, ...input })).items).sort();
      const seen = {
        overdueEarly: await keys({ overdue: true, timeZone: zones.early }),
        overdueLate: await keys({ overdue: true, timeZone: zones.late }),
        queriedEarly: await keys({ query: 'is:overdue', timeZone: zones.early }),
        todayEarly: await keys({ query: 'due:today', timeZone: zones.early }),
        todayLate: await keys({ query: 'due:today', timeZone: zones.late }),
        notOverdueLate: await keys({ query: '-is:overdue', timeZone: zones.late }),
      };
      // Midnight passed in one of the zones while this ran (a few milliseconds a day): again, anew.
      if (dateIn(zones.early) !== days.early || dateIn(zones.late) !== days.late) continue;
      expect(seen).toEqual({
        overdueEarly: [dueLate],
        overdueLate: [],
        queriedEarly: [dueLate],
        todayEarly: [dueEarly],
        todayLate: [dueLate],
        notOverdueLate: [dueEarly, dueLate].sort(),
      });
      break;
    }
    expect(listTicketsInput.safeParse({ timeZone: 'Mars/Olympus_Mons' }).error?.issues[0]?.path).toEqual(['timeZone']);
  });

  it('refuses a bad query with E_VALIDATION naming the token and its position', async () => {
    const error = await rejectionOf(list(member.actor, { query: 'printer colour:red' }));
    expect(error.code).toBe('E_VALIDATION');
    expect(error.details).toMatchObject({
      position: 8,
      token: 'colour:red',
      fields: { query: [expect.stringMatching(/colour/)] },
    });
  });
});

describe('saved views', () => {
  it('lists a view’s tickets with its query and sort, ANDed with more filters', async () => {
    const view = await createView(
      deps,
      member.actor,
      createViewInput.parse({ name: 'Hot', query: 'priority>=high', sort: 'priority', order: 'asc' }),
    );
    expect(view).toMatchObject({ name: 'Hot', projectKey: null, editable: true, owner: { id: member.user.id } });
    const page = await list(member.actor, { projectKeys: project.key, view: view.id });
    expect(keysOf(page.items).sort()).toEqual(keysFor('printer', 'monitor', 'vpn'));
    expect(keysOf(page.items).at(-1)).toBe(fixture.vpn.key);
    expect(await found({ view: view.id, status: 'open' })).toEqual(keysFor('printer', 'monitor'));
    // Someone else's personal view does not exist for you.
    expect((await rejectionOf(list(lead.actor, { view: view.id }))).code).toBe('E_NOT_FOUND');
  });

  it('shares a view with a project for its readers; only those who run the project change it', async () => {
    const shared = await createView(
      deps,
      lead.actor,
      createViewInput.parse({ name: 'Team', query: 'status:open', projectKey: project.key }),
    );
    const seen = await listViews(deps, viewer.actor);
    expect(seen.find((view) => view.id === shared.id)).toMatchObject({ projectKey: project.key, editable: false });
    expect(
      (await rejectionOf(updateView(deps, viewer.actor, updateViewInput.parse({ id: shared.id, name: 'Mine' })))).code,
    ).toBe('E_FORBIDDEN');
    expect(
      (await rejectionOf(createView(deps, member.actor, createViewInput.parse({ name: 'X', projectKey: project.key }))))
        .code,
    ).toBe('E_FORBIDDEN');
    expect(
      (await updateView(deps, lead.actor, updateViewInput.parse({ id: shared.id, query: 'status:closed', sort: null })))
        .query,
    ).toBe('status:closed');
    expect(await found({ view: shared.id }, viewer.actor)).toEqual(keysFor('laptop'));
    await deleteView(deps, lead.actor, { id: shared.id });
    expect((await listViews(deps, viewer.actor)).some((view) => view.id === shared.id)).toBe(false);
  });

  it('keeps structured filters as query text, ANDed with the typed query', async () => {
    const view = await createView(
      deps,
      member.actor,
      createViewInput.parse({ name: 'Mine', query: 'printer', filter: { status: 'open,blocked', label: 'hardware' } }),
    );
    expect(view.query).toBe('status:open,blocked label:hardware printer');
    expect(await found({ view: view.id })).toEqual(keysFor('printer'));
  });

  it('refuses a view whose query does not parse, pointing into it', async () => {
    const error = await rejectionOf(
      createView(deps, member.actor, createViewInput.parse({ name: 'Bad', query: 'status:open colour:red' })),
    );
    expect(error.code).toBe('E_VALIDATION');
    expect(error.details).toMatchObject({ position: 12, fields: { query: [expect.any(String)] } });
  });
});

describe('filters', () => {
  it('lists every ticket of the project without filters', async () => {
    expect(await found({})).toEqual(keysOf(all).sort());
  });

  it.each<[string, ListInput, Name[]]>([
    ['several statuses (comma-separated)', { status: 'open,blocked' }, ['printer', 'vpn', 'monitor', 'keyboard']],
    ['several statuses (array)', { status: ['closed', 'in_progress'] }, ['email', 'laptop', 'password']],
    ['several priorities', { priority: 'high,critical' }, ['printer', 'vpn', 'monitor']],
    ['one priority', { priority: ['low'] }, ['email', 'keyboard']],
    ['an assignee id', { assignee: member.user.id }, ['printer', 'laptop']],
    ['no assignee', { assignee: 'none' }, ['vpn', 'monitor', 'password']],
    ['a reporter id', { reporter: lead.user.id }, ['printer', 'laptop', 'keyboard', 'password']],
    ['a department', { departmentId: d1.id }, ['printer', 'laptop']],
    ['a label', { label: 'hardware' }, ['printer', 'vpn']],
    [
      'a created range (inclusive)',
      { createdFrom: day(3), createdTo: day(5) },
      ['vpn', 'laptop', 'monitor', 'keyboard'],
    ],
    ['a created range as strings', { createdFrom: day(6).toISOString() }, ['password']],
    ['updated from', { updatedFrom: day(9) }, ['printer', 'email', 'laptop', 'keyboard']],
    ['updated to', { updatedTo: day(8) }, ['vpn', 'monitor', 'password']],
    ['a due range', { dueFrom: '2030-01-06', dueTo: '2030-01-31' }, ['printer', 'keyboard']],
    ['due to', { dueTo: '2030-01-05' }, ['vpn']],
    ['several filters at once', { status: 'open', label: 'hardware' }, ['printer']],
    ['a filter nothing matches', { status: 'open', priority: 'critical' }, []],
  ])('filters on %s', async (_, input, names) => {
    expect(await found(input)).toEqual(keysFor(...names));
  });

  it("resolves 'me' to the caller for assignee and reporter", async () => {
    expect(await found({ assignee: 'me' }, lead.actor)).toEqual(keysFor('email', 'laptop'));
    expect(await found({ assignee: 'me' }, viewer.actor)).toEqual(keysFor('keyboard'));
    expect(await found({ reporter: 'me' }, member.actor)).toEqual(keysFor('email', 'vpn', 'monitor'));
  });

  it('restricts to the named projects', async () => {
    const everywhere = keysOf((await list(member.actor, { limit: 100 })).items);
    expect(everywhere.sort()).toEqual([...keysOf(all), otherTicket.key].sort());
    expect(keysOf((await list(member.actor, { projectKeys: 'oth' })).items)).toEqual([otherTicket.key]);
    expect(keysOf((await list(member.actor, { projectKeys: ['FLT', 'OTH'], limit: 100 })).items).sort()).toEqual(
      everywhere.sort(),
    );
  });
});

describe('visibility', () => {
  it('never shows a non-member another project’s tickets, even when asked by key', async () => {
    expect((await list(outsider.actor, { limit: 100 })).items).toEqual([]);
    expect(await list(outsider.actor, { projectKeys: 'FLT', includeTotal: true })).toEqual({
      items: [],
      nextCursor: null,
      total: 0,
    });
    const mine = keysOf((await list(member.actor, { limit: 100 })).items);
    expect(mine).not.toContain(secretTicket.key);
    expect((await list(member.actor, { projectKeys: 'SEC' })).items).toEqual([]);
    expect(keysOf((await list(member.actor, { projectKeys: 'FLT,SEC', limit: 100 })).items)).not.toContain(
      secretTicket.key,
    );
    expect(keysOf((await list(member.actor, { q: 'secret' })).items)).toEqual([]);
  });

  it('shows viewers their project and an admin everything', async () => {
    expect(await found({}, viewer.actor)).toEqual(keysOf(all).sort());
    const forAdmin = keysOf((await list(admin.actor, { limit: 100 })).items);
    expect(forAdmin).toEqual(expect.arrayContaining([...keysOf(all), otherTicket.key, secretTicket.key]));
    expect(keysOf((await list(admin.actor, { projectKeys: 'SEC' })).items)).toEqual([secretTicket.key]);
  });
});

describe('full-text search', () => {
  const search = (q: string, input: ListInput = {}) =>
    list(member.actor, { projectKeys: project.key, limit: 100, q, ...input }).then((page) => keysOf(page.items));

  it('finds title words and description words, ranking a title match first', async () => {
    expect(await search('printer')).toEqual([fixture.printer.key, fixture.email.key]);
    expect(await search('jammed')).toEqual([fixture.printer.key]);
    expect(await search('garbage')).toEqual([fixture.email.key]);
  });

  it('needs every word, and is case-insensitive', async () => {
    expect(await search('PRINTER Jammed')).toEqual([fixture.printer.key]);
    expect(await search('printer laptop')).toEqual([]);
  });

  it('matches the last word as a prefix', async () => {
    expect(await search('printe')).toEqual([fixture.printer.key, fixture.email.key]);
    expect(await search('keyb')).toEqual([fixture.keyboard.key]);
    // Only the last word: an earlier partial word must match whole.
    expect(await search('printe jammed')).toEqual([]);
  });

  // PostgreSQL's parser reads "FLT-3" as the word 'flt' and the signed integer '-3'; a search for the
  // key has to find that ticket (and not FLT-30…), whatever the query builder does with the hyphen.
  it('finds a ticket by its key', async () => {
    expect(fixture.vpn.key).toBe('FLT-3');
    expect(await search('FLT-3')).toEqual(['FLT-3']);
    expect(await search('flt-3')).toEqual(['FLT-3']);
  });

  it('combines with filters', async () => {
    expect(await search('printer', { status: 'in_progress' })).toEqual([fixture.email.key]);
  });

  it('ignores a q of punctuation only', async () => {
    const plain = await list(member.actor, { projectKeys: project.key, limit: 100 });
    for (const q of ['?!', ' -- ', '&|!:*()']) {
      const page = await list(member.actor, { projectKeys: project.key, limit: 100, q });
      expect(keysOf(page.items)).toEqual(keysOf(plain.items));
    }
  });

  it('refuses to sort by relevance without search text', async () => {
    const error = await rejectionOf(list(member.actor, { sort: 'relevance' }));
    expect(error.code).toBe('E_VALIDATION');
    expect(error.details).toMatchObject({ fields: { sort: [expect.any(String)] } });
  });
});

type SortField = 'created' | 'updated' | 'priority' | 'due' | 'key';

/** The sort key of a ticket as the list defines it; a missing due date sorts after every date. */
const sortKeyOf = (ticket: Ticket, sort: SortField): (string | number)[] => {
  switch (sort) {
    case 'created':
      return [ticket.createdAt.getTime(), ticket.id];
    case 'updated':
      return [ticket.updatedAt.getTime(), ticket.id];
    case 'priority':
      return [ticketPriorities.indexOf(ticket.priority), ticket.id];
    case 'due':
      return [ticket.dueDate ?? '9999-12-31', ticket.id];
    case 'key':
      return [ticket.projectKey, ticket.number, ticket.id];
  }
};

function sortedInJs(items: readonly Ticket[], sort: SortField, order: 'asc' | 'desc'): string[] {
  const compare = (a: Ticket, b: Ticket) => {
    const [left, right] = [sortKeyOf(a, sort), sortKeyOf(b, sort)];
    for (let i = 0; i < left.length; i += 1) {
      const [x, y] = [left[i] ?? '', right[i] ?? ''];
      if (x !== y) return x < y ? -1 : 1;
    }
    return 0;
  };
  const sorted = [...items].sort(compare);
  return keysOf(order === 'asc' ? sorted : sorted.reverse());
}

const sortCases = (['created', 'updated', 'priority', 'due', 'key'] as const).flatMap((sort) =>
  (['asc', 'desc'] as const).map((order) => [sort, order] as const),
);

/** Follows nextCursor to the end; returns each page's keys. */
async function walk(input: ListInput, limit = 2): Promise<string[][]> {
  const pages: string[][] = [];
  let cursor: string | undefined;
  do {
    const page = await list(member.actor, { projectKeys: project.key, ...input, limit, cursor });
    pages.push(keysOf(page.items));
    cursor = page.nextCursor ?? undefined;
  } while (cursor && pages.length < 20);
  return pages;
}

describe('sorting', () => {
  it.each(sortCases)('sorts by %s %s exactly as a sort over the same tickets does', async (sort, order) => {
    const page = await list(member.actor, { projectKeys: project.key, sort, order, limit: 100 });
    expect(page.items).toHaveLength(all.length);
    expect(keysOf(page.items)).toEqual(sortedInJs(page.items, sort, order));
  });

  it('puts tickets without a due date last in ascending order', async () => {
    const page = await list(member.actor, { projectKeys: project.key, sort: 'due', limit: 100 });
    expect(page.items.map((t) => t.dueDate)).toEqual([
      '2030-01-05',
      '2030-01-10',
      '2030-01-10',
      '2030-02-01',
      null,
      null,
      null,
    ]);
  });

  it('sorts by priority from most to least urgent by default order desc', async () => {
    const page = await list(member.actor, { projectKeys: project.key, sort: 'priority', limit: 100 });
    expect(page.items.map((t) => t.priority)).toEqual(['critical', 'high', 'high', 'medium', 'medium', 'low', 'low']);
  });

  it('defaults to updated desc, and to asc for key and due', async () => {
    const base = { projectKeys: project.key, limit: 100 };
    expect(keysOf((await list(member.actor, base)).items)).toEqual(sortedInJs(all, 'updated', 'desc'));
    expect(keysOf((await list(member.actor, { ...base, sort: 'key' })).items)).toEqual(
      keysOf(all).sort((a, b) => Number(a.split('-')[1]) - Number(b.split('-')[1])),
    );
    expect(keysOf((await list(member.actor, { ...base, sort: 'due' })).items)).toEqual(sortedInJs(all, 'due', 'asc'));
  });

  it('sorts by key across projects by project key, then by number', async () => {
    const page = await list(member.actor, { projectKeys: 'FLT,OTH', sort: 'key', order: 'desc', limit: 100 });
    expect(keysOf(page.items)).toEqual([
      otherTicket.key,
      'FLT-7',
      'FLT-6',
      'FLT-5',
      'FLT-4',
      'FLT-3',
      'FLT-2',
      'FLT-1',
    ]);
  });
});

describe('keyset pagination', () => {
  it.each(sortCases)('walks every ticket exactly once by %s %s, two at a time', async (sort, order) => {
    const pages = await walk({ sort, order });
    expect(pages.map((page) => page.length)).toEqual([2, 2, 2, 1]);
    const walked = pages.flat();
    expect(new Set(walked).size).toBe(all.length);
    expect(walked).toEqual(sortedInJs(all, sort, order));
  });

  it('walks search results by relevance exactly once', async () => {
    const ranked = keysOf((await list(member.actor, { projectKeys: project.key, q: 'flt', limit: 100 })).items);
    expect([...ranked].sort()).toEqual(keysOf(all).sort());
    const pages = await walk({ q: 'flt' });
    expect(pages.flat()).toEqual(ranked);
    const printer = await walk({ q: 'printer' }, 1);
    expect(printer).toEqual([[fixture.printer.key], [fixture.email.key]]);
  });

  it('returns no cursor on the last page', async () => {
    const page = await list(member.actor, { projectKeys: project.key, limit: all.length });
    expect(page.items).toHaveLength(all.length);
    expect(page.nextCursor).toBeNull();
  });

  it('refuses a cursor from another sort or order', async () => {
    const created = await list(member.actor, { projectKeys: project.key, sort: 'created', limit: 2 });
    expect(created.nextCursor).not.toBeNull();
    const cursor = created.nextCursor ?? undefined;
    for (const input of [
      { sort: 'key', cursor },
      { sort: 'created', order: 'asc', cursor },
      { q: 'flt', cursor },
    ] satisfies ListInput[]) {
      const error = await rejectionOf(list(member.actor, { projectKeys: project.key, limit: 2, ...input }));
      expect(error.code).toBe('E_VALIDATION');
      expect(error.details).toMatchObject({ fields: { cursor: [expect.any(String)] } });
    }
  });

  it.each<[string, string, ListInput]>([
    ['garbage', 'not a cursor at all', {}],
    ['JSON of the wrong shape', encodeCursor([1, 2, 3]), {}],
    ['missing its values', encodeCursor(['updated', 'desc']), {}],
    ['a timestamp that is not one', encodeCursor(['updated', 'desc', 'not a timestamp', crypto.randomUUID()]), {}],
    ['a non-uuid id', encodeCursor(['updated', 'desc', day(3).toISOString(), 'not-a-uuid']), {}],
    ['an unknown priority', encodeCursor(['priority', 'desc', 'urgent', crypto.randomUUID()]), { sort: 'priority' }],
    ['a non-numeric number', encodeCursor(['key', 'asc', 'FLT', 'three', crypto.randomUUID()]), { sort: 'key' }],
    ['a date that is not one', encodeCursor(['due', 'asc', 'someday', crypto.randomUUID()]), { sort: 'due' }],
  ])('rejects a cursor that is %s as a validation error', async (_, cursor, input) => {
    const error = await rejectionOf(list(member.actor, { projectKeys: project.key, ...input, cursor }));
    expect(error.code).toBe('E_VALIDATION');
    expect(error.details).toMatchObject({ fields: { cursor: [expect.any(String)] } });
  });
});

describe('includeTotal', () => {
  it('counts every match, not just the page', async () => {
    const page = await list(member.actor, { projectKeys: project.key, limit: 2, includeTotal: 'true' });
    expect(page.items).toHaveLength(2);
    expect(page.total).toBe(all.length);
    const open = await list(member.actor, { projectKeys: project.key, status: 'open', limit: 1, includeTotal: true });
    expect(open.total).toBe(3);
    const searched = await list(member.actor, { projectKeys: project.key, q: 'printer', limit: 1, includeTotal: true });
    expect(searched.total).toBe(2);
  });

  it('is left out unless asked for', async () => {
    const page = await list(member.actor, { projectKeys: project.key, limit: 2 });
    expect(page).not.toHaveProperty('total');
  });
});

describe('query count', () => {
  it('costs the same few statements for a page of 50 as for a page of 5', async () => {
    const bulk = await makeProject(deps, lead.actor, {
      key: 'NPO',
      members: [
        { userId: member.user.id, role: 'member' },
        { userId: viewer.user.id, role: 'viewer' },
      ],
    });
    for (let i = 0; i < 50; i += 1) {
      await api.createTicket(lead.actor, {
        projectKey: bulk.key,
        title: `Bulk ticket ${i}`,
        assigneeIds: [member.user.id, viewer.user.id],
        labels: [`label-${i % 3}`, 'common'],
      });
    }

    const countFor = async (limit: number) => {
      queries.length = 0;
      const page = await list(member.actor, { projectKeys: bulk.key, limit });
      const count = queries.length;
      expect(page.items).toHaveLength(limit);
      for (const ticket of page.items) {
        expect(ticket.assignees).toHaveLength(2);
        expect(ticket.labels).toHaveLength(2);
        expect(ticket.reporter.name).toBe(lead.user.name);
      }
      return count;
    };
    const fifty = await countFor(50);
    const five = await countFor(5);
    expect(fifty).toBeGreaterThan(0);
    expect(fifty).toBeLessThanOrEqual(6);
    expect(fifty).toBe(five);

    // Searching adds one probe (how common the term is among recent tickets), counting one statement.
    queries.length = 0;
    await list(member.actor, { projectKeys: bulk.key, q: 'bulk', limit: 50, includeTotal: true });
    expect(queries.length).toBeLessThanOrEqual(fifty + 2);
  });
});
