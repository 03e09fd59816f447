import { type ReactNode, useId, useState } from 'react';
import {
  type ActionInput,
  assigneeKindNames,
  type NotifyTarget,
  notifyTargetNames,
  templatePlaceholders,
} from '../lib/automation-rule.ts';
import {
  isPriority,
  isStatus,
  priorities,
  priorityNames,
  statuses,
  statusNames,
} from '../lib/ticket-list-vocabulary.ts';
import { isProjectRole, projectRoleLabels, projectRoles } from './admin-roles.ts';
import type { RuleLookups } from './automation-lookups.ts';
import { inputClass } from './ui/field.tsx';

/** A labelled control of an action's form. */
function Control(props: { label: string; children: (id: string) => ReactNode }) {
  const id = useId();
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-medium text-slate-800">
        {props.label}
      </label>
      {props.children(id)}
    </div>
  );
}

/** Labels typed as one comma-separated line; the text is kept as typed (a trailing comma survives). */
function LabelsInput(props: { labels: readonly string[]; onChange(labels: string[]): void }) {
  const [text, setText] = useState(props.labels.join(', '));
  return (
    <Control label="Labels (comma-separated)">
      {(id) => (
        <input
          id={id}
          className={inputClass}
          maxLength={1100}
          value={text}
          onChange={(event) => {
            setText(event.target.value);
            props.onChange(
              event.target.value
                .split(',')
                .map((label) => label.trim())
                .filter(Boolean),
            );
          }}
        />
      )}
    </Control>
  );
}

const placeholderHint = `Placeholders: ${templatePlaceholders.map((name) => `{{${name}}}`).join(' ')}`;

const isNotifyTarget = (value: string): value is NotifyTarget => value in notifyTargetNames;

/** The fields of one action, by its type; each change is the whole new action. */
export function ActionForm(props: { action: ActionInput; onChange(action: ActionInput): void; lookups: RuleLookups }) {
  const { action, onChange, lookups } = props;
  switch (action.type) {
    case 'setPriority':
      return (
        <Control label="Priority">
          {(id) => (
            <select
              id={id}
              className={inputClass}
              value={action.priority}
              onChange={(event) =>
                isPriority(event.target.value) && onChange({ ...action, priority: event.target.value })
              }
            >
              {priorities.map((priority) => (
                <option key={priority} value={priority}>
                  {priorityNames[priority]}
                </option>
              ))}
            </select>
          )}
        </Control>
      );
    case 'setDepartment':
      return (
        <Control label="Department">
          {(id) => (
            <select
              id={id}
              className={inputClass}
              value={action.departmentId ?? ''}
              onChange={(event) => onChange({ ...action, departmentId: event.target.value || null })}
            >
              <option value="">No department (clear it)</option>
              {lookups.departments.map((department) => (
                <option key={department.id} value={department.id}>
                  {department.name}
                </option>
              ))}
            </select>
          )}
        </Control>
      );
    case 'setDueDate':
      return (
        <div className="flex flex-wrap items-end gap-3">
          <label className="flex items-center gap-2 text-sm">
            <input
              type="checkbox"
              checked={action.inDays === null}
              onChange={(event) => onChange({ ...action, inDays: event.target.checked ? null : 3 })}
            />
            Clear the due date
          </label>
          {action.inDays !== null && (
            <Control label="Days after the run">
              {(id) => (
                <input
                  id={id}
                  type="number"
                  min={0}
                  max={3650}
                  className={`${inputClass} w-24`}
                  value={action.inDays ?? 0}
                  onChange={(event) => onChange({ ...action, inDays: event.target.valueAsNumber || 0 })}
                />
              )}
            </Control>
          )}
        </div>
      );
    case 'addLabels':
    case 'removeLabels':
      return <LabelsInput labels={action.labels} onChange={(labels) => onChange({ ...action, labels })} />;
    case 'assign': {
      const { assignee } = action;
      return (
        <div className="flex flex-wrap items-end gap-3">
          <Control label="Whom">
            {(id) => (
              <select
                id={id}
                className={inputClass}
                value={assignee.kind}
                onChange={(event) => {
                  const kind = event.target.value;
                  if (kind === 'reporter') onChange({ ...action, assignee: { kind } });
                  if (kind === 'user')
                    onChange({ ...action, assignee: { kind, userId: lookups.members[0]?.userId ?? '' } });
                  if (kind === 'roundRobin') onChange({ ...action, assignee: { kind, role: 'member' } });
                }}
              >
                {Object.entries(assigneeKindNames).map(([kind, name]) => (
                  <option key={kind} value={kind}>
                    {name}
                  </option>
                ))}
              </select>
            )}
          </Control>
          {assignee.kind === 'user' && (
            <Control label="Person">
              {(id) => (
                <select
                  id={id}
                  className={inputClass}
                  value={assignee.userId}
                  onChange={(event) => onChange({ ...action, assignee: { kind: 'user', userId: event.target.value } })}
                >
                  {assignee.userId === '' && <option value="">Choose a member</option>}
                  {lookups.members.map((member) => (
                    <option key={member.userId} value={member.userId}>
                      {member.name}
                    </option>
                  ))}
                </select>
              )}
            </Control>
          )}
          {assignee.kind === 'roundRobin' && (
            <Control label="Role">
              {(id) => (
                <select
                  id={id}
                  className={inputClass}
                  value={assignee.role}
                  onChange={(event) =>
                    isProjectRole(event.target.value) &&
                    onChange({ ...action, assignee: { kind: 'roundRobin', role: event.target.value } })
                  }
                >
                  {projectRoles.map((role) => (
                    <option key={role} value={role}>
                      {projectRoleLabels[role]}
                    </option>
                  ))}
                </select>
              )}
            </Control>
          )}
        </div>
      );
    }
    case 'unassign':
      return (
        <Control label="Whom">
          {(id) => (
            <select
              id={id}
              className={inputClass}
              value={action.userId ?? ''}
              onChange={(event) =>
                onChange(event.target.value ? { ...action, userId: event.target.value } : { type: 'unassign' })
              }
            >
              <option value="">Everyone assigned</option>
              {lookups.members.map((member) => (
                <option key={member.userId} value={member.userId}>
                  {member.name}
                </option>
              ))}
            </select>
          )}
        </Control>
      );
    case 'transition':
      return (
        <Control label="Status (as the transition table allows)">
          {(id) => (
            <select
              id={id}
              className={inputClass}
              value={action.status}
              onChange={(event) => isStatus(event.target.value) && onChange({ ...action, status: event.target.value })}
            >
              {statuses.map((status) => (
                <option key={status} value={status}>
                  {statusNames[status]}
                </option>
              ))}
            </select>
          )}
        </Control>
      );
    case 'comment':
      return (
        <div className="flex flex-col gap-1">
          <Control label="Comment (Markdown)">
            {(id) => (
              <textarea
                id={id}
                rows={3}
                className={inputClass}
                maxLength={10_000}
                value={action.body}
                onChange={(event) => onChange({ ...action, body: event.target.value })}
              />
            )}
          </Control>
          <p className="text-xs text-slate-600">{placeholderHint}</p>
        </div>
      );
    case 'notify':
      return (
        <div className="flex flex-col gap-2">
          <Control label="To">
            {(id) => (
              <select
                id={id}
                className={`${inputClass} max-w-xs`}
                value={action.to}
                onChange={(event) => {
                  const to = event.target.value;
                  if (!isNotifyTarget(to)) return;
                  const { userIds: _userIds, ...rest } = action;
                  onChange(to === 'users' ? { ...rest, to, userIds: [] } : { ...rest, to });
                }}
              >
                {Object.entries(notifyTargetNames).map(([to, name]) => (
                  <option key={to} value={to}>
                    {name}
                  </option>
                ))}
              </select>
            )}
          </Control>
          {action.to === 'users' && (
            <fieldset className="flex flex-wrap gap-3 text-sm">
              <legend className="mb-1 text-slate-700">Whom (project members)</legend>
              {lookups.members.map((member) => (
                <label key={member.userId} className="flex items-center gap-1">
                  <input
                    type="checkbox"
                    checked={action.userIds?.includes(member.userId) ?? false}
                    onChange={(event) => {
                      const others = (action.userIds ?? []).filter((id) => id !== member.userId);
                      onChange({ ...action, userIds: event.target.checked ? [...others, member.userId] : others });
                    }}
                  />
                  {member.name}
                </label>
              ))}
            </fieldset>
          )}
          <Control label="Message">
            {(id) => (
              <input
                id={id}
                className={inputClass}
                maxLength={500}
                value={action.message}
                onChange={(event) => onChange({ ...action, message: event.target.value })}
              />
            )}
          </Control>
          <p className="text-xs text-slate-600">{placeholderHint}</p>
        </div>
      );
    case 'webhook':
      return (
        <Control label="Webhook of the project (sent the triggering event)">
          {(id) => (
            <select
              id={id}
              className={inputClass}
              value={action.webhookId}
              onChange={(event) => onChange({ ...action, webhookId: event.target.value })}
            >
              <option value="">
                {lookups.webhooks.length === 0 ? 'The project has no webhooks' : 'Choose a webhook'}
              </option>
              {lookups.webhooks.map((webhook) => (
                <option key={webhook.id} value={webhook.id}>
                  {webhook.url}
                </option>
              ))}
            </select>
          )}
        </Control>
      );
  }
}
