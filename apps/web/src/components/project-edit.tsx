import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { problemOf } from '@ticketing/client/errors';
import { useTRPC } from '@ticketing/client/react';
import type { Project } from '@ticketing/client/types';
import { type FormEvent, useState } from 'react';
import { ProjectTextFields } from './project-text-fields.tsx';
import { Button } from './ui/button.tsx';
import { Dialog } from './ui/dialog.tsx';
import { Field, inputClass } from './ui/field.tsx';
import { ProblemNotice } from './ui/problem-notice.tsx';

/** The form, mounted when the dialog opens, so it always starts from the project as it is now. */
function ProjectEditForm({ project, onDone }: { project: Project; onDone(): void }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [name, setName] = useState(project.name);
  const [description, setDescription] = useState(project.description);
  const [leadId, setLeadId] = useState(project.leadId ?? '');
  // The lead is chosen among the members: that is who leads can see (users.list is for managers).
  const members = useQuery(trpc.projects.members.list.queryOptions({ key: project.key }));
  const update = useMutation(
    trpc.projects.update.mutationOptions({
      onSuccess: async () => {
        onDone();
        await Promise.all([
          queryClient.invalidateQueries(trpc.projects.pathFilter()),
          queryClient.invalidateQueries(trpc.projects.members.list.pathFilter()),
        ]);
      },
    }),
  );
  const fields = update.error ? problemOf(update.error).fields : {};
  const submit = (event: FormEvent) => {
    event.preventDefault();
    update.mutate({
      key: project.key,
      ...(name !== project.name ? { name } : {}),
      ...(description !== project.description ? { description } : {}),
      ...(leadId && leadId !== project.leadId ? { leadId } : {}),
    });
  };
  return (
    <form onSubmit={submit} className="flex flex-col gap-3">
      <ProjectTextFields
        name={name}
        description={description}
        onName={setName}
        onDescription={setDescription}
        fields={fields}
      />
      <Field label="Lead (a member; becomes a lead member)" errors={fields.leadId}>
        {(control) => (
          <select
            {...control}
            className={inputClass}
            value={leadId}
            onChange={(event) => setLeadId(event.target.value)}
          >
            {!project.leadId && <option value="">{members.isPending ? 'Loading…' : 'No lead'}</option>}
            {members.data?.map((member) => (
              <option key={member.userId} value={member.userId}>
                {member.name} ({member.email})
              </option>
            ))}
          </select>
        )}
      </Field>
      {members.error && <ProblemNotice error={members.error} />}
      {update.error && <ProblemNotice error={update.error} />}
      <div className="flex justify-end gap-2">
        <Button onClick={onDone}>Cancel</Button>
        <Button type="submit" variant="primary" disabled={update.isPending}>
          {update.isPending ? 'Saving…' : 'Save'}
        </Button>
      </div>
    </form>
  );
}

/** Edit a project's name, description and lead (its key never changes). */
export function ProjectEditButton({ project }: { project: Project }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button onClick={() => setOpen(true)}>
        Edit<span className="sr-only"> {project.key}</span>
      </Button>
      <Dialog open={open} onOpenChange={setOpen} title={`Edit ${project.key}`}>
        {open && <ProjectEditForm project={project} onDone={() => setOpen(false)} />}
      </Dialog>
    </>
  );
}
