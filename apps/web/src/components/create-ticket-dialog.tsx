import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { problemOf } from '@ticketing/client/errors';
import { useTRPC } from '@ticketing/client/react';
import type { TicketPriority } from '@ticketing/client/types';
import { type FormEvent, useState } from 'react';
import { isPriority, priorities, priorityNames } from '../lib/ticket-list-vocabulary.ts';
import { CreateTicketAssignees } from './create-ticket-assignees.tsx';
import { Button } from './ui/button.tsx';
import { Dialog } from './ui/dialog.tsx';
import { Field, inputClass } from './ui/field.tsx';
import { ProblemNotice } from './ui/problem-notice.tsx';

const shownFields = ['projectKey', 'title', 'description', 'priority', 'assigneeIds', 'labels', 'dueDate'];

/** The API's messages for a field, including those about one item of it (`labels.3`). */
function errorsFor(fields: Record<string, string[]>, name: string): string[] | undefined {
  const messages = Object.entries(fields)
    .filter(([field]) => field === name || field.startsWith(`${name}.`))
    .flatMap(([, list]) => list);
  return messages.length > 0 ? messages : undefined;
}

const lastProjectKey = 'ticketing.create-ticket.project';

/** People file most tickets in one project: the next form starts in the one used last. */
function lastProject(): string {
  try {
    return localStorage.getItem(lastProjectKey) ?? '';
  } catch {
    return '';
  }
}

function rememberProject(key: string) {
  try {
    localStorage.setItem(lastProjectKey, key);
  } catch {
    // Storage blocked: the form starts in the first project instead.
  }
}

/** The form itself: mounted each time the dialog opens, so every ticket starts from a blank form. */
function CreateTicketForm(props: { onDone(): void }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const projects = useQuery(trpc.projects.list.queryOptions({ archived: false }));
  // Viewers read but do not create; an admin outside the project (no role) may.
  const creatable = (projects.data ?? []).filter((project) => project.myRole !== 'viewer');
  const [chosenProject, setProject] = useState(lastProject);
  const projectKey = creatable.find((project) => project.key === chosenProject)?.key ?? creatable[0]?.key ?? '';
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [priority, setPriority] = useState<TicketPriority>('medium');
  const [assigneeIds, setAssigneeIds] = useState<string[]>([]);
  const [labels, setLabels] = useState('');
  const [dueDate, setDueDate] = useState('');

  const create = useMutation(
    trpc.tickets.create.mutationOptions({
      onSuccess: async (ticket) => {
        rememberProject(ticket.projectKey);
        props.onDone();
        await queryClient.invalidateQueries(trpc.tickets.list.pathFilter());
        await navigate({ to: '/tickets/$key', params: { key: ticket.key } });
      },
    }),
  );
  const fields = create.error ? problemOf(create.error).fields : {};
  const placed = Object.keys(fields).every((field) =>
    shownFields.some((name) => field === name || field.startsWith(`${name}.`)),
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate({
      projectKey,
      title,
      description,
      priority,
      assigneeIds,
      labels: labels
        .split(',')
        .map((label) => label.trim())
        .filter(Boolean),
      ...(dueDate ? { dueDate } : {}),
    });
  };

  return (
    <form onSubmit={submit} className="flex flex-col gap-3">
      {projects.error && <ProblemNotice error={projects.error} />}
      <Field label="Project" errors={errorsFor(fields, 'projectKey')}>
        {(control) => (
          <select
            {...control}
            className={inputClass}
            value={projectKey}
            required
            onChange={(event) => {
              setProject(event.target.value);
              // Assignees must be members of the project: another project's members do not carry over.
              setAssigneeIds([]);
            }}
          >
            {creatable.length === 0 && (
              <option value="">{projects.isPending ? 'Loading projects…' : 'No project you can add tickets to'}</option>
            )}
            {creatable.map((project) => (
              <option key={project.key} value={project.key}>
                {project.key} · {project.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label="Title" errors={errorsFor(fields, 'title')}>
        {(control) => (
          <input
            {...control}
            className={inputClass}
            value={title}
            maxLength={200}
            required
            onChange={(event) => setTitle(event.target.value)}
          />
        )}
      </Field>
      <Field label="Description (Markdown)" errors={errorsFor(fields, 'description')}>
        {(control) => (
          <textarea
            {...control}
            className={`${inputClass} min-h-28`}
            value={description}
            onChange={(event) => setDescription(event.target.value)}
          />
        )}
      </Field>
      <div className="grid grid-cols-2 gap-3">
        <Field label="Priority" errors={errorsFor(fields, 'priority')}>
          {(control) => (
            <select
              {...control}
              className={inputClass}
              value={priority}
              onChange={(event) => isPriority(event.target.value) && setPriority(event.target.value)}
            >
              {priorities.map((value) => (
                <option key={value} value={value}>
                  {priorityNames[value]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="Due date" errors={errorsFor(fields, 'dueDate')}>
          {(control) => (
            <input
              {...control}
              type="date"
              className={inputClass}
              value={dueDate}
              onChange={(event) => setDueDate(event.target.value)}
            />
          )}
        </Field>
      </div>
      <CreateTicketAssignees
        projectKey={projectKey}
        value={assigneeIds}
        onChange={setAssigneeIds}
        errors={errorsFor(fields, 'assigneeIds')}
      />
      <Field label="Labels (comma-separated)" errors={errorsFor(fields, 'labels')}>
        {(control) => (
          <input
            {...control}
            className={inputClass}
            value={labels}
            placeholder="hardware, printer"
            onChange={(event) => setLabels(event.target.value)}
          />
        )}
      </Field>
      {create.error && (Object.keys(fields).length === 0 || !placed) && <ProblemNotice error={create.error} />}
      <div className="flex justify-end gap-2">
        <Button onClick={props.onDone}>Cancel</Button>
        <Button type="submit" variant="primary" disabled={create.isPending || projectKey === ''}>
          {create.isPending ? 'Creating…' : 'Create ticket'}
        </Button>
      </div>
    </form>
  );
}

export function CreateTicketDialog(props: { open: boolean; onOpenChange(open: boolean): void }) {
  return (
    <Dialog open={props.open} onOpenChange={props.onOpenChange} title="New ticket">
      <CreateTicketForm onDone={() => props.onOpenChange(false)} />
    </Dialog>
  );
}
