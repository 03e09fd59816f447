import type { RouterInputs, RouterOutputs, TicketPriority, TicketStatus } from '@ticketing/client/types';
import { browserTimeZone } from './browser-time-zone.ts';
import { isStatus, priorityNames, statusNames } from './ticket-list-vocabulary.ts';

export type ChangeValue = TicketStatus | TicketPriority;
/** A trigger's from/to in words: a status or a priority. */
const changeValueName = (value: ChangeValue) => (isStatus(value) ? statusNames[value] : priorityNames[value]);
/** Whether the draft is a ticket.updated trigger on the priority alone: then from/to are priorities. */
export const isPriorityChange = (draft: Pick<TriggerDraft, 'event' | 'fields'>) =>
  draft.event === 'ticket.updated' && draft.fields.length === 1 && draft.fields[0] === 'priority';

export type Workflow = RouterOutputs['workflows']['get'];
export type WorkflowRun = RouterOutputs['workflows']['runs'][number];
export type DryRunResult = RouterOutputs['workflows']['dryRun'][number];
type CreateInput = RouterInputs['workflows']['create'];
export type WorkflowDefinition = Pick<CreateInput, 'trigger' | 'conditions' | 'actions' | 'allowRuleTrigger'>;
export type TriggerInput = CreateInput['trigger'];
type EventTrigger = Extract<TriggerInput, { type: 'event' }>;
type ScheduleTrigger = Extract<TriggerInput, { type: 'schedule' }>;
export type TriggerEvent = EventTrigger['event'];
export type UpdatedField = NonNullable<EventTrigger['fields']>[number];
export type SlaTarget = NonNullable<EventTrigger['target']>;
export type Weekday = NonNullable<ScheduleTrigger['days']>[number];
export type ActionInput = CreateInput['actions'][number];
export type ActionType = ActionInput['type'];
export type AssigneeKind = Extract<ActionInput, { type: 'assign' }>['assignee']['kind'];
export type NotifyTarget = Extract<ActionInput, { type: 'notify' }>['to'];
export type RunOutcome = WorkflowRun['outcome'];

// Records keyed by the API's own unions: an event, field, action or outcome added there fails to
// compile here until it has words, so the editor never lacks a choice the server takes.
export const triggerEventNames: Record<TriggerEvent, string> = {
  'ticket.created': 'A ticket is created',
  'ticket.updated': 'A ticket is updated',
  'ticket.transitioned': 'A ticket changes status',
  'ticket.assigned': 'A ticket is assigned',
  'comment.added': 'A comment is added',
  'attachment.added': 'A file is attached',
  'sla.breached': 'An SLA target is missed',
  'sla.warning': 'An SLA target is at risk (80 % gone)',
};
export const triggerEvents = Object.keys(triggerEventNames) as TriggerEvent[];

/** Events an SLA trigger starts from: the only ones narrowed to a target. */
export const isSlaEvent = (event: TriggerEvent) => event === 'sla.warning' || event === 'sla.breached';

export const slaTargetNames: Record<SlaTarget, string> = {
  firstResponse: 'First response',
  resolution: 'Resolution',
};
export const slaTargets = Object.keys(slaTargetNames) as SlaTarget[];

export const updatedFieldNames: Record<UpdatedField, string> = {
  title: 'Title',
  description: 'Description',
  priority: 'Priority',
  departmentId: 'Department',
  dueDate: 'Due date',
  labels: 'Labels',
};
export const updatedFields = Object.keys(updatedFieldNames) as UpdatedField[];

export const weekdayNames: Record<Weekday, string> = {
  mon: 'Mon',
  tue: 'Tue',
  wed: 'Wed',
  thu: 'Thu',
  fri: 'Fri',
  sat: 'Sat',
  sun: 'Sun',
};
export const weekdays = Object.keys(weekdayNames) as Weekday[];

export const actionTypeNames: Record<ActionType, string> = {
  setPriority: 'Set the priority',
  setDepartment: 'Set the department',
  setDueDate: 'Set the due date',
  addLabels: 'Add labels',
  removeLabels: 'Remove labels',
  assign: 'Assign',
  unassign: 'Unassign',
  transition: 'Change the status',
  comment: 'Add a comment',
  notify: 'Notify in the inbox',
  webhook: 'Send to a webhook',
};
export const actionTypes = Object.keys(actionTypeNames) as ActionType[];
export const isActionType = (value: string): value is ActionType => value in actionTypeNames;

export const assigneeKindNames: Record<AssigneeKind, string> = {
  user: 'A person',
  reporter: 'The reporter',
  roundRobin: 'In turn, among a project role',
};

export const notifyTargetNames: Record<NotifyTarget, string> = {
  watchers: 'The watchers',
  assignees: 'The assignees',
  reporter: 'The reporter',
  users: 'Chosen people',
};

export const outcomeNames: Record<RunOutcome, string> = {
  done: 'Done',
  not_matched: 'Not matched',
  failed: 'Failed',
  loop_aborted: 'Loop stopped',
};

/** The `{{placeholders}}` a comment or notification may use (the server refuses any other). */
export const templatePlaceholders = [
  'ticket.key',
  'ticket.title',
  'ticket.status',
  'ticket.priority',
  'ticket.dueDate',
  'ticket.reporter',
  'rule.name',
] as const;

/**
 * The trigger as the form holds it: both kinds' fields at once, so switching between an event and a
 * schedule (or `every` and `at`) loses nothing typed; `triggerOf` sends only what applies.
 */
export interface TriggerDraft {
  type: TriggerInput['type'];
  event: TriggerEvent;
  fields: UpdatedField[];
  /** A status for a transition, a priority for a change of priority alone. */
  from: ChangeValue | '';
  to: ChangeValue | '';
  target: SlaTarget | '';
  schedule: 'every' | 'at';
  everyCount: string;
  everyUnit: 'm' | 'h';
  at: string;
  days: Weekday[];
  timeZone: string;
}

/** One action of the list; `key` keeps React's rows (and their focus) with the action when it moves. */
export interface ActionDraft {
  key: string;
  action: ActionInput;
}

export interface RuleDraft {
  name: string;
  trigger: TriggerDraft;
  conditions: string;
  actions: ActionDraft[];
  allowRuleTrigger: boolean;
  enabled: boolean;
}

let nextKey = 0;
export const actionDraft = (action: ActionInput): ActionDraft => ({ key: `action-${++nextKey}`, action });

const blankTrigger = (): TriggerDraft => ({
  type: 'event',
  event: 'ticket.created',
  fields: [],
  from: '',
  to: '',
  target: '',
  schedule: 'every',
  everyCount: '1',
  everyUnit: 'h',
  at: '09:00',
  days: [],
  // Where a schedule's times are reckoned unless chosen: the reader's own zone.
  timeZone: browserTimeZone(),
});

export const newRuleDraft = (): RuleDraft => ({
  name: '',
  trigger: blankTrigger(),
  conditions: '',
  actions: [],
  allowRuleTrigger: false,
  enabled: false,
});

function triggerDraftOf(trigger: TriggerInput): TriggerDraft {
  const draft = blankTrigger();
  if (trigger.type === 'event') {
    return {
      ...draft,
      event: trigger.event,
      fields: trigger.fields ?? [],
      from: trigger.from ?? '',
      to: trigger.to ?? '',
      target: trigger.target ?? '',
    };
  }
  const every = /^(\d+)([mh])$/.exec(trigger.every ?? '');
  return {
    ...draft,
    type: 'schedule',
    schedule: trigger.at ? 'at' : 'every',
    everyCount: every?.[1] ?? draft.everyCount,
    everyUnit: every?.[2] === 'm' ? 'm' : 'h',
    at: trigger.at ?? draft.at,
    days: trigger.days ?? [],
    timeZone: trigger.timeZone ?? draft.timeZone,
  };
}

export const ruleDraftOf = (rule: Workflow): RuleDraft => ({
  name: rule.name,
  trigger: triggerDraftOf(rule.trigger),
  conditions: rule.conditions,
  actions: rule.actions.map(actionDraft),
  allowRuleTrigger: rule.allowRuleTrigger,
  enabled: rule.enabled,
});

/** A from/to the trigger takes: a status of a transition, a priority of a priority change (a choice left from another kind is dropped). */
const fitsTrigger = (draft: TriggerDraft, value: ChangeValue | ''): value is ChangeValue =>
  value !== '' &&
  (draft.event === 'ticket.transitioned' ? isStatus(value) : isPriorityChange(draft) && !isStatus(value));

/** The API's trigger for the form's: only the fields of the kind chosen, empty choices left out. */
export function triggerOf(draft: TriggerDraft): TriggerInput {
  if (draft.type === 'event') {
    return {
      type: 'event',
      event: draft.event,
      ...(draft.event === 'ticket.updated' && draft.fields.length > 0 ? { fields: draft.fields } : {}),
      ...(fitsTrigger(draft, draft.from) ? { from: draft.from } : {}),
      ...(fitsTrigger(draft, draft.to) ? { to: draft.to } : {}),
      ...(isSlaEvent(draft.event) && draft.target ? { target: draft.target } : {}),
    };
  }
  const timeZone = draft.timeZone.trim();
  if (draft.schedule === 'every') {
    const count = draft.everyCount.trim();
    // `015` is 15 to the reader and the server alike; anything but digits goes as typed, for the
    // server to say what is wrong with it next to the field.
    const every = /^\d+$/.test(count) ? String(Number(count)) : count;
    return { type: 'schedule', every: `${every}${draft.everyUnit}`, timeZone };
  }
  return {
    type: 'schedule',
    // A time field may hold seconds (`07:30:00`); the API takes hours and minutes.
    at: /^\d\d:\d\d/.exec(draft.at)?.[0] ?? draft.at,
    ...(draft.days.length > 0 ? { days: weekdays.filter((day) => draft.days.includes(day)) } : {}),
    timeZone,
  };
}

/**
 * The trigger fields (under `trigger.`) the form shows for the draft: the server's words about any
 * other field (such as "either `every` or `at`" while the time of day is shown) go above them.
 */
export function shownTriggerFields(draft: TriggerDraft): string[] {
  if (draft.type === 'event') {
    return [
      'event',
      ...(draft.event === 'ticket.updated' ? ['fields'] : []),
      ...(draft.event === 'ticket.transitioned' || isPriorityChange(draft) ? ['from', 'to'] : []),
      ...(isSlaEvent(draft.event) ? ['target'] : []),
    ];
  }
  return [...(draft.schedule === 'every' ? ['every'] : ['at', 'days']), 'timeZone'];
}

export const definitionOf = (draft: RuleDraft): WorkflowDefinition => ({
  trigger: triggerOf(draft.trigger),
  conditions: draft.conditions,
  actions: draft.actions.map((item) => item.action),
  allowRuleTrigger: draft.allowRuleTrigger,
});

/** Whether the draft says something other than the saved rule (enabling alone is no new version). */
export function definitionChanged(draft: RuleDraft, rule: Workflow): boolean {
  const saved: WorkflowDefinition = {
    trigger: rule.trigger,
    conditions: rule.conditions,
    actions: rule.actions,
    allowRuleTrigger: rule.allowRuleTrigger,
  };
  return draft.name !== rule.name || JSON.stringify(definitionOf(draft)) !== JSON.stringify(saved);
}

/** A new action of a type, with a usable first value where there is one. */
export function newAction(type: ActionType): ActionInput {
  switch (type) {
    case 'setPriority':
      return { type, priority: 'high' };
    case 'setDepartment':
      return { type, departmentId: null };
    case 'setDueDate':
      return { type, inDays: 3 };
    case 'addLabels':
    case 'removeLabels':
      return { type, labels: [] };
    case 'assign':
      return { type, assignee: { kind: 'reporter' } };
    case 'unassign':
      return { type };
    case 'transition':
      return { type, status: 'in_progress' };
    case 'comment':
      return { type, body: '' };
    case 'notify':
      return { type, to: 'watchers', message: '' };
    case 'webhook':
      return { type, webhookId: '' };
  }
}

/** The list with the item at `from` moved to `to` (both in range; otherwise the list as it is). */
export function moved<T>(list: readonly T[], from: number, to: number): T[] {
  if (from === to || from < 0 || to < 0 || from >= list.length || to >= list.length) return [...list];
  const next = [...list];
  const [item] = next.splice(from, 1);
  if (item !== undefined) next.splice(to, 0, item);
  return next;
}

const listed = (items: readonly string[]) => items.join(', ');

/** An SLA event's name for one target: "The first response target is missed". */
function slaEventName(event: 'sla.warning' | 'sla.breached', target: SlaTarget): string {
  const which = `The ${slaTargetNames[target].toLowerCase()} target`;
  return event === 'sla.breached' ? `${which} is missed` : `${which} is at risk (80 % gone)`;
}

/**
 * The trigger in a line: "When a ticket changes status (to closed)", "When the resolution target is
 * missed", "Every 15 minutes".
 */
export function triggerSummary(trigger: TriggerInput): string {
  if (trigger.type === 'event') {
    const { event, target } = trigger;
    const name =
      target && (event === 'sla.warning' || event === 'sla.breached')
        ? slaEventName(event, target)
        : triggerEventNames[event];
    const when = `When ${name.charAt(0).toLowerCase()}${name.slice(1)}`;
    const details = [
      trigger.fields
        ? `when ${listed(trigger.fields.map((field) => updatedFieldNames[field].toLowerCase()))} change`
        : '',
      trigger.from ? `from ${changeValueName(trigger.from)}` : '',
      trigger.to ? `to ${changeValueName(trigger.to)}` : '',
    ].filter(Boolean);
    return details.length > 0 ? `${when} (${details.join(', ')})` : when;
  }
  const zone = trigger.timeZone ?? 'UTC';
  if (trigger.every) {
    const count = Number.parseInt(trigger.every, 10);
    const unit = trigger.every.endsWith('h') ? 'hour' : 'minute';
    return count === 1 ? `Every ${unit}` : `Every ${count} ${unit}s`;
  }
  const days = trigger.days ? `on ${listed(trigger.days.map((day) => weekdayNames[day]))}` : 'daily';
  return `${days.charAt(0).toUpperCase()}${days.slice(1)} at ${trigger.at ?? '?'} (${zone})`;
}

/**
 * The API's messages for a field and everything under it (`actions.2`, `actions.2.labels.0`), those
 * deeper down prefixed with where they are (`labels.0: …`), or undefined when there are none.
 */
export function errorsUnder(fields: Record<string, string[]>, path: string): string[] | undefined {
  const messages = Object.entries(fields)
    .filter(([field]) => field === path || field.startsWith(`${path}.`))
    .flatMap(([field, list]) =>
      list.map((message) => (field === path ? message : `${field.slice(path.length + 1)}: ${message}`)),
    );
  return messages.length > 0 ? messages : undefined;
}

/**
 * The server's errors about actions (`actions.2.labels`) follow their action when the list changes
 * after the save: numbered by where each action is now, dropped for one removed since.
 */
export function followActions(
  fields: Record<string, string[]>,
  keysThen: readonly string[],
  keysNow: readonly string[],
): Record<string, string[]> {
  const entries = Object.entries(fields).flatMap(([field, messages]): [string, string[]][] => {
    const about = /^actions\.(\d+)(\..*)?$/.exec(field);
    if (!about) return [[field, messages]];
    const now = keysNow.indexOf(keysThen[Number(about[1])] ?? '');
    return now < 0 ? [] : [[`actions.${now}${about[2] ?? ''}`, messages]];
  });
  return Object.fromEntries(entries);
}

/** The editor's own fields: an error about any other (`version`, `(input)`) is shown above the form. */
export const editorFields = ['name', 'trigger', 'conditions', 'actions', 'allowRuleTrigger', 'enabled'] as const;

export const otherErrors = (fields: Record<string, string[]>): Record<string, string[]> =>
  Object.fromEntries(
    Object.entries(fields).filter(
      ([field]) => !editorFields.some((name) => field === name || field.startsWith(`${name}.`)),
    ),
  );

/**
 * Where a query error points: the query language's messages end in `(at N: token)`, N counted from 1
 * (core/query/parse-query.ts). Returns the 0-based position and the token, or null.
 */
export function queryErrorAt(message: string): { position: number; token: string } | null {
  const found = /\(at (\d+): (.*)\)$/.exec(message);
  if (!found) return null;
  return { position: Number(found[1]) - 1, token: found[2] ?? '' };
}

/** What a run ran on: its event's type (`ticket.created`), or the schedule. */
export function runCause(run: Pick<WorkflowRun, 'eventId' | 'eventType'>): string {
  if (run.eventType) return run.eventType;
  // An event the log no longer has (its type with it): its number is all there is.
  return run.eventId === null ? 'on schedule' : `event #${run.eventId}`;
}

/** Names for ids a result holds: people, departments, webhooks. */
export type Names = ReadonlyMap<string, string>;

function valueText(value: unknown, names: Names): string {
  if (value === null || value === undefined || value === '') return 'none';
  if (Array.isArray(value)) return value.length === 0 ? 'none' : value.map((item) => valueText(item, names)).join(', ');
  if (typeof value === 'string') return names.get(value) ?? value;
  return JSON.stringify(value);
}

/** What one action did or would do, in words: "Add labels: none → urgent", "Set the priority: skipped (no change)". */
export function describeActionResult(result: Record<string, unknown>, names: Names): string {
  const type = String(result.type ?? 'action');
  const label = isActionType(type) ? actionTypeNames[type] : type;
  if (typeof result.skipped === 'string') return `${label}: skipped (${result.skipped})`;
  if (type === 'comment') return `${label}: added`;
  if (type === 'notify' || type === 'webhook') {
    return 'after' in result ? `${label}: ${valueText(result.after, names)}` : `${label}: done`;
  }
  return `${label}: ${valueText(result.before, names)} → ${valueText(result.after, names)}`;
}
