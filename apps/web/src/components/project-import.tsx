import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { type ImportProgress, importTickets } from '@ticketing/client/import-tickets';
import { useTRPC } from '@ticketing/client/react';
import { useState } from 'react';
import { Button } from './ui/button.tsx';
import { Dialog } from './ui/dialog.tsx';
import { ProblemNotice } from './ui/problem-notice.tsx';

const COLUMNS =
  'title, description, status, priority, assignees (emails, ; between), labels (; between), due_date, department';

/** Choose a CSV, see what a dry run finds, then import it all (or fix the file). */
function ImportForm({ projectKey }: { projectKey: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [csv, setCsv] = useState<string | null>(null);
  const check = useMutation(trpc.projects.import.mutationOptions());
  const [progress, setProgress] = useState<ImportProgress | null>(null);
  // Streamed, so that a large file shows how far it has come.
  const run = useMutation({
    mutationFn: (text: string) => importTickets({ key: projectKey, csv: text }, { onProgress: setProgress }),
    onSuccess: () => queryClient.invalidateQueries(trpc.tickets.list.pathFilter()),
  });
  const checked = check.data;
  return (
    <div className="flex flex-col gap-3 text-sm">
      <p className="text-slate-700">A header row names the columns: {COLUMNS}. Only title is required.</p>
      <label className="flex flex-col gap-1 font-medium text-slate-800">
        CSV file
        <input
          type="file"
          accept=".csv,text/csv"
          onChange={async (event) => {
            const file = event.target.files?.[0];
            run.reset();
            if (!file) return;
            const text = await file.text();
            setCsv(text);
            check.mutate({ key: projectKey, csv: text, dryRun: true });
          }}
        />
      </label>
      {check.isPending && <p role="status">Checking every row…</p>}
      {check.error && <ProblemNotice error={check.error} />}
      {checked && (
        <div role="status" className="flex flex-col gap-1">
          <p>
            {checked.rows} rows;{' '}
            {checked.failures.length === 0 ? 'all can be imported.' : `${checked.failures.length} cannot:`}
          </p>
          {checked.failures.length > 0 && (
            <ul className="max-h-48 overflow-y-auto text-red-800">
              {checked.failures.slice(0, 100).map((failure) => (
                <li key={failure.row}>
                  Row {failure.row}:{' '}
                  {Object.entries(failure.fields)
                    .map(([field, messages]) => `${field}: ${messages.join(' ')}`)
                    .join('; ')}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
      {run.isPending && progress && (
        <div role="status" className="flex flex-col gap-1">
          <progress value={progress.phase === 'created' ? progress.done : 0} max={progress.total} className="w-full">
            {progress.done} of {progress.total}
          </progress>
          <p>
            {progress.phase === 'created'
              ? `Created ${progress.done.toLocaleString()} of ${progress.total.toLocaleString()} tickets…`
              : `All ${progress.total.toLocaleString()} rows checked; creating…`}
          </p>
        </div>
      )}
      {run.error && <ProblemNotice error={run.error} />}
      {run.data ? (
        <p role="status">
          Created {run.data.created.length} tickets.{' '}
          <Link to="/tickets" search={{ projectKeys: projectKey }} className="text-indigo-800 underline">
            See them
          </Link>
        </p>
      ) : (
        <div className="flex justify-end">
          <Button
            variant="primary"
            disabled={!csv || !checked || checked.failures.length > 0 || checked.rows === 0 || run.isPending}
            onClick={() => {
              if (!csv) return;
              setProgress(null);
              run.mutate(csv);
            }}
          >
            {run.isPending ? 'Importing…' : `Import ${checked?.rows ?? 0} tickets`}
          </Button>
        </div>
      )}
    </div>
  );
}

export function ProjectImportButton({ projectKey }: { projectKey: string }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button onClick={() => setOpen(true)}>
        Import CSV<span className="sr-only"> into {projectKey}</span>
      </Button>
      <Dialog open={open} onOpenChange={setOpen} title={`Import tickets into ${projectKey}`}>
        {open && <ImportForm projectKey={projectKey} />}
      </Dialog>
    </>
  );
}
