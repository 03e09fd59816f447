import { ticketPriorities, ticketStatuses } from '@ticketing/db/schema';
import { describe, expect, it } from 'vitest';
import { DomainError } from '../src/errors.ts';
import { formatQuery } from '../src/query/format-query.ts';
import { parseQuery } from '../src/query/parse-query.ts';
import type { TicketFilter } from '../src/tickets/schemas.ts';
import { seededRandom } from './support/random.ts';

const now = new Date('2026-12-01T12:00:00.000Z');
const parse = (query: string) => parseQuery(query, { now, timeZone: 'UTC' });

/** The error a query gets: its position and offending token. */
function failure(query: string): { message: string; position: number; token: string } {
  try {
    parse(query);
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    expect(error.code).toBe('E_VALIDATION');
    return { message: error.message, position: error.details.position as number, token: error.details.token as string };
  }
  throw new Error(`"${query}" parsed`);
}

describe('parseQuery', () => {
  it('reads the example of the reference into the list filter', () => {
    const filter = parse(
      'status:open,in_progress priority>=high assignee:me reporter:Ana@Example.com label:bug -label:wontfix ' +
        'project:tsk,OPS department:Support due<2026-12-01 created>-7d updated<-30d is:overdue has:attachments "printer on fire" printer',
    );
    expect(filter).toEqual({
      status: ['open', 'in_progress'],
      priority: ['high', 'critical'],
      assignee: 'me',
      reporter: 'ana@example.com',
      label: ['bug'],
      excludeLabels: ['wontfix'],
      projectKeys: ['TSK', 'OPS'],
      department: 'Support',
      dueTo: '2026-11-30',
      createdFrom: new Date('2026-11-24T12:00:00.001Z'),
      updatedTo: new Date('2026-11-01T11:59:59.999Z'),
      overdue: true,
      hasAttachments: true,
      q: 'printer on fire printer',
    } satisfies TicketFilter);
  });

  it('turns comparisons into bounds: whole days for dates, ranks for priorities', () => {
    expect(parse('due:2026-12-24')).toEqual({ dueFrom: '2026-12-24', dueTo: '2026-12-24' });
    expect(parse('due>2026-12-24 due<=+7d')).toEqual({ dueFrom: '2026-12-25', dueTo: '2026-12-08' });
    expect(parse('created:2026-11-30')).toEqual({
      createdFrom: new Date('2026-11-30T00:00:00.000Z'),
      createdTo: new Date('2026-11-30T23:59:59.999Z'),
    });
    expect(parse('updated>=yesterday')).toEqual({ updatedFrom: new Date('2026-11-30T00:00:00.000Z') });
    expect(parse('priority<medium')).toEqual({ priority: ['low'] });
    expect(parse('-status:closed -priority:low')).toEqual({
      status: ['open', 'in_progress', 'blocked'],
      priority: ['medium', 'high', 'critical'],
    });
    // Two bounds on one side: the tighter one (both must hold).
    expect(parse('created>=2026-11-01 created>=2026-11-15')).toEqual({
      createdFrom: new Date('2026-11-15T00:00:00.000Z'),
    });
    expect(parse('is:unassigned -is:overdue -has:attachments label:"needs review",ui')).toEqual({
      assignee: 'none',
      overdue: false,
      hasAttachments: false,
      label: ['needs review', 'ui'],
    });
    expect(parse('department:3f0c1b9e-2d4a-4c6b-9e8f-1a2b3c4d5e6f')).toEqual({
      departmentId: '3f0c1b9e-2d4a-4c6b-9e8f-1a2b3c4d5e6f',
    });
    expect(parse('  ')).toEqual({});
  });

  it("reckons days in the request's time zone: today, yesterday, a day's bounds, an instant's day", () => {
    // 12:00 UTC on 1 December is already 2 December in Kiritimati (UTC+14), still 1 December in
    // Pago Pago (UTC−11), and 13:00 in Berlin (UTC+1 in winter).
    const at = (timeZone: string, query: string) => parseQuery(query, { now, timeZone });
    expect(at('Pacific/Kiritimati', 'due:today')).toEqual({ dueFrom: '2026-12-02', dueTo: '2026-12-02' });
    expect(at('Pacific/Pago_Pago', 'due:today')).toEqual({ dueFrom: '2026-12-01', dueTo: '2026-12-01' });
    expect(at('Pacific/Kiritimati', 'due<today')).toEqual({ dueTo: '2026-12-01' });
    expect(at('Europe/Berlin', 'created:2026-11-30')).toEqual({
      createdFrom: new Date('2026-11-29T23:00:00.000Z'),
      createdTo: new Date('2026-11-30T22:59:59.999Z'),
    });
    expect(at('Pacific/Kiritimati', 'updated>=yesterday')).toEqual({
      updatedFrom: new Date('2026-11-30T10:00:00.000Z'),
    });
    // A relative date is an instant, the same everywhere; as a due date it is that instant's local day.
    expect(at('Pacific/Kiritimati', 'created>-1d')).toEqual(at('UTC', 'created>-1d'));
    expect(at('Pacific/Kiritimati', 'due<=+1d')).toEqual({ dueTo: '2026-12-03' });
    expect(at('Pacific/Pago_Pago', 'due<=+1d')).toEqual({ dueTo: '2026-12-02' });
    // A day that begins at a daylight-saving change: Berlin's 29 March 2026 starts at 23:00 UTC the day
    // before and lasts 23 hours.
    expect(at('Europe/Berlin', 'created:2026-03-29')).toEqual({
      createdFrom: new Date('2026-03-28T23:00:00.000Z'),
      createdTo: new Date('2026-03-29T21:59:59.999Z'),
    });
    // Days at the ends of the years a date may name are held to them rather than refused.
    expect(at('America/New_York', 'created:9999-12-31')).toEqual({
      createdFrom: new Date('9999-12-31T05:00:00.000Z'),
      createdTo: new Date('9999-12-31T23:59:59.999Z'),
    });
    expect(at('Europe/Berlin', 'created>=1900-01-01')).toEqual({ createdFrom: new Date('1900-01-01T00:00:00.000Z') });
    expect(at('Pacific/Kiritimati', 'due<=9999-12-31T23:00:00Z')).toEqual({ dueTo: '9999-12-31' });
  });

  it('points at the offending token: unknown fields, bad values, bad dates, repeats, open quotes', () => {
    expect(failure('printer colour:red')).toMatchObject({ position: 8, token: 'colour:red' });
    expect(failure('status:open,done')).toMatchObject({ position: 0, token: 'status:open,done' });
    expect(failure('bug priority>=urgent')).toMatchObject({ position: 4, token: 'priority>=urgent' });
    expect(failure('due<2026-02-30')).toMatchObject({ position: 0, token: 'due<2026-02-30' });
    expect(failure('x created>last-week')).toMatchObject({ position: 2, token: 'created>last-week' });
    expect(failure('status:open status:closed')).toMatchObject({ position: 12, token: 'status:closed' });
    expect(failure('-project:TSK')).toMatchObject({ position: 0 });
    expect(failure('assignee:someone')).toMatchObject({ position: 0, token: 'assignee:someone' });
    expect(failure('label:')).toMatchObject({ position: 0, token: 'label:' });
    expect(failure('ok "printer on')).toMatchObject({ position: 3, token: '"printer on' });
    expect(failure('status>open')).toMatchObject({ position: 0, token: 'status>open' });
    // Nothing left to match is an error, never "no filter" (which would match everything).
    expect(failure('x priority<low')).toMatchObject({ position: 2, token: 'priority<low' });
    expect(failure('priority>critical')).toMatchObject({ position: 0 });
    expect(failure('-status:open,in_progress,blocked,closed')).toMatchObject({ position: 0 });
    expect(failure('label:,')).toMatchObject({ position: 0, token: 'label:,' });
    // A negated typo is as wrong as a plain one.
    expect(failure('-status:close')).toMatchObject({ position: 0, token: '-status:close' });
    const { message } = failure('printer colour:red');
    expect(message).toMatch(/Unknown field "colour".*\(at 9: colour:red\)/);
  });
});

function generatedFilter(next: () => number): TicketFilter {
  const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)] as T;
  const some = <T>(items: readonly T[]) => [
    ...new Set(Array.from({ length: 1 + Math.floor(next() * 3) }, () => pick(items))),
  ];
  const maybe = () => next() < 0.4;
  const words = ['printer', 'on', 'fire', 'tray:2', 'café', '-x', 'a"b', 'status:open', 'TSK-1001', 'x>y', '\\n'];
  const labels = ['bug', 'needs review', 'ui', 'a,b', 'quote"d', 'back\\slash', 'x:y', 'ünï'];
  const day = () =>
    `2026-${String(1 + Math.floor(next() * 12)).padStart(2, '0')}-${String(1 + Math.floor(next() * 28)).padStart(2, '0')}`;
  const instant = () =>
    new Date(
      Date.UTC(2026, Math.floor(next() * 12), 1 + Math.floor(next() * 28), 0, 0, 0, Math.floor(next() * 86_400_000)),
    );
  const filter: TicketFilter = {};
  if (maybe()) filter.projectKeys = some(['TSK', 'OPS', 'A1']);
  if (maybe()) filter.status = some(ticketStatuses);
  if (maybe()) filter.priority = some(ticketPriorities);
  if (maybe()) filter.assignee = pick(['me', 'none', 'ana@example.com', '3f0c1b9e-2d4a-4c6b-9e8f-1a2b3c4d5e6f']);
  if (maybe()) filter.reporter = pick(['me', 'bo@example.com']);
  if (maybe()) filter.label = some(labels);
  if (maybe()) filter.excludeLabels = some(labels);
  const department = next();
  if (department < 0.3) filter.department = pick(['Support', 'Field Ops', 'R&D "lab"']);
  else if (department < 0.5) filter.departmentId = '3f0c1b9e-2d4a-4c6b-9e8f-1a2b3c4d5e6f';
  if (maybe()) filter.dueFrom = day();
  if (maybe()) filter.dueTo = day();
  if (maybe()) filter.createdFrom = instant();
  if (maybe()) filter.createdTo = instant();
  if (maybe()) filter.updatedFrom = instant();
  if (maybe()) filter.updatedTo = instant();
  if (maybe()) filter.overdue = next() < 0.5;
  if (maybe()) filter.hasAttachments = next() < 0.5;
  if (maybe()) filter.q = some(words).join(' ');
  return filter;
}

describe('formatQuery', () => {
  it('writes text that parses back into the same filter, for 2,000 generated filters', () => {
    for (let seed = 1; seed <= 2000; seed++) {
      const filter = generatedFilter(seededRandom(seed));
      const text = formatQuery(filter);
      expect({ seed, text, filter: parse(text) }).toEqual({ seed, text, filter });
    }
  });

  it('points at a bad term wherever it is put among valid ones, for 500 generated queries', () => {
    const bad = ['colour:red', 'status:done', 'priority>=urgent', 'due<2026-13-01', 'created>soon', 'is:blue'];
    for (let seed = 1; seed <= 500; seed++) {
      const next = seededRandom(seed);
      const terms = formatQuery(generatedFilter(next))
        .split(' ')
        .filter((term) => !term.includes('"'));
      const at = Math.floor(next() * (terms.length + 1));
      const term = bad[seed % bad.length] ?? 'colour:red';
      const before = terms.slice(0, at).join(' ');
      const query = [before, term, ...terms.slice(at)].filter(Boolean).join(' ');
      // A repeated field would be refused first, at its own position: skip those combinations.
      if (terms.some((other) => other.split(/[:<>]/)[0] === term.split(/[:<>]/)[0])) continue;
      expect({ seed, query, ...failure(query) }).toMatchObject({
        seed,
        query,
        position: before ? before.length + 1 : 0,
        token: term,
      });
    }
  });

  it('writes the canonical text: fixed field order, absolute dates, free text last', () => {
    expect(formatQuery(parse('printer priority>=high status:open created>-7d label:"needs review"'))).toBe(
      'status:open priority:high,critical label:"needs review" created>=2026-11-24T12:00:00.001Z printer',
    );
  });
});
