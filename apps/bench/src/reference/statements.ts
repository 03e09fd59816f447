import { EVENTS_CHANNEL } from '@ticketing/core/events/record-events';

// Every statement of the reference server, as constant text: built once when the module loads, sent
// with `prepare: true`, so PostgreSQL parses and plans each once per connection and every later call
// is one round trip (Bind/Execute/Sync). Parameters carry explicit casts: postgres.js declares
// strings and numbers as untyped. JSON goes as text (`$n::text::jsonb`): for a parameter PostgreSQL
// declares jsonb, postgres.js would stringify the string again.

/** The ticket columns core's TicketRow has, under its names (so core's toTicket reads the row). */
const ticketColumns = (t: string) =>
  [
    `${t}.id`,
    `${t}.project_id as "projectId"`,
    `${t}.number`,
    `${t}.key`,
    `${t}.title`,
    `${t}.description`,
    `${t}.status`,
    `${t}.priority`,
    `${t}.department_id as "departmentId"`,
    `${t}.reporter_id as "reporterId"`,
    // Text, as Drizzle's date mode 'string' reads it (postgres.js would make it a Date).
    `${t}.due_date::text as "dueDate"`,
    `${t}.version`,
    `${t}.created_at as "createdAt"`,
    `${t}.updated_at as "updatedAt"`,
    `${t}.closed_at as "closedAt"`,
    `${t}.started_at as "startedAt"`,
    `${t}.assigned`,
    `${t}.deleted_at as "deletedAt"`,
    `${t}.first_responded_at as "firstRespondedAt"`,
    `${t}.sla_paused_at as "slaPausedAt"`,
    `${t}.sla_pauses as "slaPauses"`,
    `${t}.first_response_due_at as "firstResponseDueAt"`,
    `${t}.first_response_warn_at as "firstResponseWarnAt"`,
    `${t}.first_response_warned as "firstResponseWarned"`,
    `${t}.first_response_breached as "firstResponseBreached"`,
    `${t}.resolution_due_at as "resolutionDueAt"`,
    `${t}.resolution_warn_at as "resolutionWarnAt"`,
    `${t}.resolution_warned as "resolutionWarned"`,
    `${t}.resolution_breached as "resolutionBreached"`,
  ].join(', ');

/** People and labels, in the statement that reads the ticket (as core's ticketDetailColumns). */
const detailColumns = `(select u.name from users u where u.id = t.reporter_id) as "reporterName",
  coalesce((select json_agg(json_build_object('id', u.id, 'name', u.name) order by u.name, u.id)
    from ticket_assignees a join users u on u.id = a.user_id where a.ticket_id = t.id), '[]'::json) as assignees,
  t.labels`;

/** A live API token and its owner as they are now: not revoked, not expired, owner active. */
export const AUTHENTICATE = `select k.id as "tokenId", k.scopes, k.last_used_at as "lastUsedAt",
  u.id as "userId", u.role, u.name
  from api_tokens k join users u on u.id = k.user_id
  where k.token_hash = $1::text and k.revoked_at is null and (k.expires_at is null or k.expires_at > now())
    and u.active`;

export const STAMP_LAST_USED = `update api_tokens set last_used_at = $2::timestamptz
  where id = $1::uuid and (last_used_at is null or last_used_at < $2::timestamptz)`;

// $1 key, $2 actor's user id, $3 actor is admin (sees every project). A ticket of a project the actor
// is no member of matches no row: NOT_FOUND, as for one that does not exist.
const ticketByKey = `select ${ticketColumns('t')}, ${detailColumns},
  p.key as "projectKey", p.archived, m.role as "myRole"
  from tickets t join projects p on p.id = t.project_id
  left join project_members m on m.project_id = p.id and m.user_id = $2::uuid
  where t.key = $1::text and t.deleted_at is null and ($3::boolean or m.user_id is not null)`;

export const GET_TICKET = ticketByKey;

/** The same, locking the ticket as an UPDATE of it does (see core's ticketAccess). */
export const LOCK_TICKET = `${ticketByKey} for no key update of t`;

/** Fields changed since a version: what a stale writer is told (core's fieldsChangedSince). */
export const CHANGES_SINCE = `select field, action from ticket_history
  where ticket_id = $1::uuid and version > $2::int order by id`;

// $1 key (upper case), $2 user id, $3 admin.
export const PROJECT_ACCESS = `select p.id, p.key, p.archived, m.role as "myRole"
  from projects p left join project_members m on m.project_id = p.id and m.user_id = $2::uuid
  where upper(p.key) = $1::text and ($3::boolean or m.user_id is not null)`;

export const NEXT_NUMBER = `update project_counters set next_number = next_number + 1
  where project_id = $1::uuid returning next_number - 1 as number`;

export const SLA_POLICY = 'select policy from sla_policies where project_id = $1::uuid';

/** The new ticket and its reporter as its watcher, in one statement. */
export const INSERT_TICKET = `with created as (
    insert into tickets as t (project_id, number, key, title, description, priority, department_id, reporter_id,
      due_date, created_at, updated_at, first_responded_at, sla_paused_at, sla_pauses, first_response_due_at,
      first_response_warn_at, first_response_breached, resolution_due_at, resolution_warn_at, resolution_breached)
    values ($1::uuid, $2::int, $3::text, $4::text, $5::text, $6::ticket_priority, null, $7::uuid, $8::date,
      $9::timestamptz, $9::timestamptz, $10::timestamptz, $11::timestamptz, $12::text::jsonb, $13::timestamptz,
      $14::timestamptz, $15::boolean, $16::timestamptz, $17::timestamptz, $18::boolean)
    returning ${ticketColumns('t')}
  ), watcher as (insert into ticket_watchers (ticket_id, user_id) select id, $7::uuid from created)
  select * from created`;

/** A status change with its SLA clocks, under the lock taken by LOCK_TICKET. */
export const UPDATE_STATUS = `update tickets as t set status = $2::ticket_status, closed_at = $3::timestamptz,
    started_at = $4::timestamptz, version = $5::int, updated_at = $6::timestamptz,
    first_responded_at = $7::timestamptz, sla_paused_at = $8::timestamptz, sla_pauses = $9::text::jsonb,
    first_response_due_at = $10::timestamptz, first_response_warn_at = $11::timestamptz,
    first_response_breached = $12::boolean, resolution_due_at = $13::timestamptz,
    resolution_warn_at = $14::timestamptz, resolution_breached = $15::boolean
  where t.id = $1::uuid returning ${ticketColumns('t')}`;

/**
 * Events and their history entries, as core's recordEvents writes them: the shared advisory lock on
 * the id sequence (events_horizon) and the NOTIFY first, then the rows. $1 actor kind, $2 actor id,
 * $3 actor detail, $4 events, $5 history entries (both as JSON arrays).
 */
export const RECORD_EVENTS = `with gate as (
    select pg_advisory_xact_lock_shared(4611686018427387904 + last_value), pg_notify('${EVENTS_CHANNEL}', '')
    from events_id_seq
  ), e as (
    insert into events (type, project_id, ticket_id, actor_kind, actor_id, actor, data)
    select e.type, e.project_id, e.ticket_id, $1::actor_kind, $2::uuid, $3::text::jsonb, e.data
    from gate, jsonb_to_recordset($4::text::jsonb) as e(type text, project_id uuid, ticket_id uuid, data jsonb)
    returning id
  )
  insert into ticket_history (ticket_id, actor_id, actor_kind, action, field, old_value, new_value, version)
  select h.ticket_id, $2::uuid, $1::actor_kind, h.action::history_action, h.field, h.old_value, h.new_value, h.version
  from jsonb_to_recordset($5::text::jsonb)
    as h(ticket_id uuid, action text, field text, old_value jsonb, new_value jsonb, version int)`;

/**
 * A page of a project's tickets, newest update first; the project is resolved in the statement (none
 * the actor may not read: then no rows). $1 project key, $2 admin, $3 user id, $4 limit, then the
 * status and the cursor's (updated_at, id) when given.
 */
function listStatement(withStatus: boolean, withCursor: boolean): string {
  let next = 5;
  const status = withStatus ? ` and t.status = $${next++}::ticket_status` : '';
  const cursor = withCursor ? ` and (t.updated_at, t.id) < ($${next++}::timestamptz, $${next++}::uuid)` : '';
  return `select ${ticketColumns('t')}, ${detailColumns} from tickets t
    where t.deleted_at is null
      and t.project_id = (select p.id from projects p where p.key = $1::text and ($2::boolean
        or exists (select 1 from project_members m where m.project_id = p.id and m.user_id = $3::uuid)))
      ${status}${cursor}
    order by t.updated_at desc, t.id desc limit $4::int`;
}

export const LIST = {
  plain: listStatement(false, false),
  status: listStatement(true, false),
  cursor: listStatement(false, true),
  statusCursor: listStatement(true, true),
};
