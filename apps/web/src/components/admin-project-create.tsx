import { useMutation, useQueryClient } from '@tanstack/react-query';
import { problemOf } from '@ticketing/client/errors';
import { useTRPC } from '@ticketing/client/react';
import { type FormEvent, useState } from 'react';
import { UserPicker } from './admin-user-picker.tsx';
import { ProjectTextFields } from './project-text-fields.tsx';
import { Button } from './ui/button.tsx';
import { Dialog } from './ui/dialog.tsx';
import { Field, inputClass } from './ui/field.tsx';
import { ProblemNotice } from './ui/problem-notice.tsx';

export function CreateProjectButton() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const [key, setKey] = useState('');
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const [leadId, setLeadId] = useState('');
  const create = useMutation(
    trpc.projects.create.mutationOptions({
      onSuccess: async () => {
        setOpen(false);
        setKey('');
        setName('');
        setDescription('');
        setLeadId('');
        await queryClient.invalidateQueries(trpc.projects.list.pathFilter());
      },
    }),
  );
  const fields = create.error ? problemOf(create.error).fields : {};
  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate({ key, name, description, leadId: leadId || undefined });
  };

  return (
    <>
      <Button variant="primary" onClick={() => setOpen(true)}>
        New project
      </Button>
      <Dialog open={open} onOpenChange={setOpen} title="New project">
        <form onSubmit={submit} className="flex flex-col gap-3">
          <Field label="Key (2–10 letters or digits, e.g. OPS; never changes)" errors={fields.key}>
            {(control) => (
              <input
                {...control}
                className={`${inputClass} uppercase`}
                value={key}
                onChange={(event) => setKey(event.target.value)}
              />
            )}
          </Field>
          <ProjectTextFields
            name={name}
            description={description}
            onName={setName}
            onDescription={setDescription}
            fields={fields}
          />
          <UserPicker
            label="Lead"
            noneLabel="You"
            value={leadId}
            onChange={setLeadId}
            activeOnly
            errors={fields.leadId}
          />
          {create.error && <ProblemNotice error={create.error} />}
          <div className="flex justify-end gap-2">
            <Button onClick={() => setOpen(false)}>Cancel</Button>
            <Button type="submit" variant="primary" disabled={create.isPending}>
              {create.isPending ? 'Creating…' : 'Create project'}
            </Button>
          </div>
        </form>
      </Dialog>
    </>
  );
}
