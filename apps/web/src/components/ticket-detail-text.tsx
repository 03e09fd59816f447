import type { Ticket } from '@ticketing/client/types';
import { useState } from 'react';
import { MarkdownView } from './markdown-view.tsx';
import { InlineEdit } from './ticket-detail-inline.tsx';
import type { ConflictHandler, useTicketWrites } from './ticket-detail-writes.ts';
import { inputClass } from './ui/field.tsx';

export interface FieldEditorProps {
  ticket: Ticket;
  canEdit: boolean;
  writes: ReturnType<typeof useTicketWrites>;
  onConflict: ConflictHandler;
}

const focusRing = 'focus-visible:outline-2 focus-visible:outline-indigo-600';

/** The title as the page heading; `editRequest` (the `e` key) opens it for editing. */
export function TitleEditor(props: FieldEditorProps & { editRequest: number }) {
  const [editing, setEditing] = useState(false);
  return (
    <>
      {/* The page keeps its heading while the title is a text box. */}
      {editing && <h1 className="sr-only">{props.ticket.title}</h1>}
      <InlineEdit
        onEditingChange={setEditing}
        label="Title"
        ticket={props.ticket}
        canEdit={props.canEdit}
        onConflict={props.onConflict}
        editRequest={props.editRequest}
        read={(ticket) => ticket.title}
        save={(title, version) => props.writes.update({ title: title.trim() }, version)}
        view={<h1 className="text-xl font-semibold text-slate-900">{props.ticket.title}</h1>}
        control={(control) => (
          <input
            {...control}
            value={control.value}
            onChange={(event) => control.onChange(event.target.value)}
            maxLength={200}
            required
            className={`${inputClass} ${focusRing} text-lg`}
          />
        )}
      />
    </>
  );
}

/** The description, rendered as markdown; edited as its source. */
export function DescriptionEditor(props: FieldEditorProps) {
  return (
    <section aria-labelledby="ticket-description-heading">
      <h2 id="ticket-description-heading" className="mb-1 text-sm font-semibold text-slate-800">
        Description
      </h2>
      <InlineEdit
        label="Description"
        ticket={props.ticket}
        canEdit={props.canEdit}
        onConflict={props.onConflict}
        read={(ticket) => ticket.description}
        save={(description, version) => props.writes.update({ description }, version)}
        view={
          props.ticket.description.trim() ? (
            <MarkdownView markdown={props.ticket.description} />
          ) : (
            <p className="text-sm text-slate-600">No description.</p>
          )
        }
        control={(control) => (
          <>
            <textarea
              {...control}
              value={control.value}
              onChange={(event) => control.onChange(event.target.value)}
              rows={10}
              className={`${inputClass} ${focusRing} font-mono`}
            />
            <p className="text-xs text-slate-600">Markdown. Mention someone with @ and their handle.</p>
          </>
        )}
      />
    </section>
  );
}
