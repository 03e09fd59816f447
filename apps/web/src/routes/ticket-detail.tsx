import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from '@tanstack/react-router';
import { problemOf } from '@ticketing/client/errors';
import { useTRPC } from '@ticketing/client/react';
import type { ProjectPermission, Ticket } from '@ticketing/client/types';
import { useMemo, useState } from 'react';
import { statusLabels } from '../components/board-rules.ts';
import type { TicketConflict } from '../components/conflict-details.ts';
import { TicketConflictDialog } from '../components/conflict-ticket-dialog.tsx';
import { AssigneesEditor } from '../components/ticket-detail-assignees.tsx';
import { AttachmentsSection } from '../components/ticket-detail-attachments.tsx';
import { CommentsSection } from '../components/ticket-detail-comments.tsx';
import { TicketFieldsEditor } from '../components/ticket-detail-fields.tsx';
import { HistoryTimeline } from '../components/ticket-detail-history.tsx';
import { useEditShortcut } from '../components/ticket-detail-shortcut.ts';
import { TicketSlaClocks } from '../components/ticket-detail-sla.tsx';
import { DescriptionEditor, TitleEditor } from '../components/ticket-detail-text.tsx';
import { TransitionButtons } from '../components/ticket-detail-transitions.tsx';
import { WatchButton } from '../components/ticket-detail-watch.tsx';
import { type ConflictHandler, useTicketWrites } from '../components/ticket-detail-writes.ts';
import { ProblemNotice } from '../components/ui/problem-notice.tsx';
import { Loading } from '../components/ui/states.tsx';
import { AttachmentUrls } from '../lib/attachment-links.ts';
import { useSession } from '../session.ts';

/** A ticket: its fields edited in place, status, assignees, comments, history and watching. */
export function TicketDetailPage() {
  const { key } = useParams({ from: '/app/tickets/$key' });
  const trpc = useTRPC();
  const ticket = useQuery(trpc.tickets.get.queryOptions({ key }));

  if (ticket.isPending) return <Loading what={key} />;
  if (!ticket.data) {
    const code = problemOf(ticket.error).code;
    // A malformed key names no ticket either; both read the same, so neither leaks anything.
    if (code === 'E_NOT_FOUND' || code === 'E_VALIDATION') {
      return (
        <div role="alert" className="flex flex-col gap-2 rounded border border-slate-300 bg-white p-6">
          <h1 className="text-lg font-semibold">{key}</h1>
          <p className="text-sm text-slate-800">This ticket does not exist or you cannot see it.</p>
          <Link to="/tickets" className="text-sm text-indigo-800 underline">
            Back to the tickets
          </Link>
        </div>
      );
    }
    return <ProblemNotice error={ticket.error} onRetry={() => void ticket.refetch()} />;
  }
  // Keyed: an editor open on one ticket must never carry its draft (and version) over to the next.
  return <TicketView key={ticket.data.key} ticket={ticket.data} />;
}

function TicketView({ ticket }: { ticket: Ticket }) {
  const trpc = useTRPC();
  const session = useSession();
  const writes = useTicketWrites(ticket.key);
  const project = useQuery(trpc.projects.get.queryOptions({ key: ticket.projectKey }));
  const members = useQuery(trpc.projects.members.list.queryOptions({ key: ticket.projectKey }));
  const departments = useQuery(trpc.departments.list.queryOptions());
  // Download URLs expire after minutes (ATTACHMENT_DOWNLOAD_URL_SECONDS, 5 by default): fresh ones every 2.
  const attachments = useQuery(
    trpc.attachments.list.queryOptions({ key: ticket.key }, { refetchInterval: 2 * 60_000 }),
  );
  const attachmentUrls = useMemo(
    () => new Map((attachments.data ?? []).flatMap((file) => (file.downloadUrl ? [[file.id, file.downloadUrl]] : []))),
    [attachments.data],
  );
  const [conflict, setConflict] = useState<{ found: TicketConflict; dropChange(): void } | null>(null);
  const [titleRequest, setTitleRequest] = useState(0);

  const user = session.user;
  // The server decides; this only spares viewers (and archived projects) buttons that would be refused.
  const can = (permission: ProjectPermission) =>
    project.data ? !project.data.archived && project.data.myPermissions.includes(permission) : false;
  const writable = project.data ? can('ticket:edit') : true;
  useEditShortcut(() => {
    if (writable) setTitleRequest((count) => count + 1);
  });

  const onConflict: ConflictHandler = (found, dropChange) => setConflict({ found, dropChange });
  const editor = { ticket, canEdit: writable, writes, onConflict };
  const memberList = members.data ?? [];
  const names = {
    user: (id: string) => memberList.find((member) => member.userId === id)?.name ?? 'a former member',
    department: (id: string) => departments.data?.find((department) => department.id === id)?.name ?? 'a department',
  };

  return (
    <AttachmentUrls.Provider value={attachmentUrls}>
      <article aria-labelledby="ticket-key" className="flex flex-col gap-4">
        <header className="flex flex-col gap-2">
          <p className="flex items-center gap-2 text-sm">
            <Link to="/tickets" search={{ projectKeys: ticket.projectKey }} className="text-indigo-800 underline">
              {ticket.projectKey}
            </Link>
            <span aria-hidden="true">/</span>
            <span id="ticket-key" className="font-mono">
              {ticket.key}
            </span>
            <span className="rounded bg-slate-200 px-2 py-0.5 text-xs font-medium text-slate-800">
              {statusLabels[ticket.status]}
            </span>
            {project.data?.archived && <span className="text-xs text-slate-600">(archived project, read only)</span>}
          </p>
          <TitleEditor {...editor} editRequest={titleRequest} />
          <TransitionButtons
            ticket={ticket}
            canEdit={writable}
            transition={writes.transition}
            onConflict={onConflict}
          />
        </header>

        <div className="grid grid-cols-1 gap-6 lg:grid-cols-[1fr_18rem]">
          <div className="flex flex-col gap-6">
            <DescriptionEditor {...editor} />
            <AttachmentsSection
              ticketKey={ticket.key}
              attachments={attachments}
              userId={user?.id}
              canAttach={writable}
              canModerate={can('attachment:moderate')}
            />
            <CommentsSection
              ticketKey={ticket.key}
              userId={user?.id}
              canComment={writable}
              canModerate={can('comment:moderate')}
              members={memberList}
            />
            <HistoryTimeline ticketKey={ticket.key} names={names} />
          </div>
          <aside aria-label="Ticket details" className="flex flex-col gap-4">
            <TicketFieldsEditor {...editor} />
            <TicketSlaClocks ticket={ticket} />
            <section aria-labelledby="ticket-assignees-heading">
              <h2 id="ticket-assignees-heading" className="text-xs font-medium tracking-wide text-slate-600 uppercase">
                Assignees
              </h2>
              <AssigneesEditor {...editor} members={members.data} />
            </section>
            <dl className="flex flex-col gap-1 text-sm">
              <dt className="text-xs font-medium tracking-wide text-slate-600 uppercase">Reporter</dt>
              <dd>{ticket.reporter.name}</dd>
              <dt className="text-xs font-medium tracking-wide text-slate-600 uppercase">Created</dt>
              <dd>{ticket.createdAt.toLocaleString()}</dd>
              <dt className="text-xs font-medium tracking-wide text-slate-600 uppercase">Updated</dt>
              <dd>
                {ticket.updatedAt.toLocaleString()} (version {ticket.version})
              </dd>
              {ticket.closedAt && (
                <>
                  <dt className="text-xs font-medium tracking-wide text-slate-600 uppercase">Closed</dt>
                  <dd>{ticket.closedAt.toLocaleString()}</dd>
                </>
              )}
            </dl>
            <WatchButton ticketKey={ticket.key} />
          </aside>
        </div>

        {conflict && (
          <TicketConflictDialog
            conflict={conflict.found}
            onReload={() => {
              conflict.dropChange();
              setConflict(null);
            }}
            onCancel={() => setConflict(null)}
          />
        )}
      </article>
    </AttachmentUrls.Provider>
  );
}
