import { describe, expect, it } from 'vitest';
import {
  actionDraft,
  definitionOf,
  describeActionResult,
  errorsUnder,
  followActions,
  moved,
  newRuleDraft,
  otherErrors,
  queryErrorAt,
  runCause,
  shownTriggerFields,
  triggerOf,
  triggerSummary,
} from '../src/lib/automation-rule.ts';

const trigger = newRuleDraft().trigger;

describe('the automation editor’s model', () => {
  it('sends only the trigger fields of the kind chosen', () => {
    const narrowed = { ...trigger, fields: ['priority' as const], from: 'open' as const, to: 'closed' as const };
    expect(triggerOf({ ...narrowed, event: 'ticket.created' })).toEqual({ type: 'event', event: 'ticket.created' });
    expect(triggerOf({ ...narrowed, event: 'ticket.updated' })).toEqual({
      type: 'event',
      event: 'ticket.updated',
      fields: ['priority'],
    });
    expect(triggerOf({ ...narrowed, event: 'ticket.transitioned', from: '' })).toEqual({
      type: 'event',
      event: 'ticket.transitioned',
      to: 'closed',
    });
    const schedule = {
      ...trigger,
      type: 'schedule' as const,
      timeZone: 'Europe/Berlin',
      days: ['fri' as const, 'mon' as const],
    };
    expect(triggerOf({ ...schedule, everyCount: ' 15 ', everyUnit: 'm' })).toEqual({
      type: 'schedule',
      every: '15m',
      timeZone: 'Europe/Berlin',
    });
    expect(triggerOf({ ...schedule, schedule: 'at', at: '07:30' })).toEqual({
      type: 'schedule',
      at: '07:30',
      days: ['mon', 'fri'],
      timeZone: 'Europe/Berlin',
    });
  });

  it('keeps the actions in the order shown, moved as asked', () => {
    const draft = {
      ...newRuleDraft(),
      actions: [
        actionDraft({ type: 'addLabels', labels: ['a'] }),
        actionDraft({ type: 'comment', body: 'hi' }),
        actionDraft({ type: 'unassign' }),
      ],
    };
    const reordered = { ...draft, actions: moved(draft.actions, 2, 0) };
    expect(definitionOf(reordered).actions.map((action) => action.type)).toEqual(['unassign', 'addLabels', 'comment']);
    expect(moved(draft.actions, 0, 3)).toEqual(draft.actions);
  });

  it('puts the server’s errors next to their field, and keeps them with their action when the list changes', () => {
    const fields = {
      name: ['A rule needs a name'],
      'actions.0.labels': ['Too small'],
      'actions.2': ['Unknown placeholder {{ticket.colour}} (at 5)'],
      version: ['Too small'],
    };
    expect(errorsUnder(fields, 'actions.0')).toEqual(['labels: Too small']);
    expect(errorsUnder(fields, 'name')).toEqual(['A rule needs a name']);
    expect(errorsUnder(fields, 'trigger')).toBeUndefined();
    expect(otherErrors(fields)).toEqual({ version: ['Too small'] });
    // Action 0 removed, action 2 moved to the front.
    expect(followActions(fields, ['a', 'b', 'c'], ['c', 'b'])).toEqual({
      name: ['A rule needs a name'],
      'actions.0': ['Unknown placeholder {{ticket.colour}} (at 5)'],
      version: ['Too small'],
    });
  });

  it('reads where a query error is from the query language’s message', () => {
    expect(queryErrorAt('Unknown field "colour" (status, priority) (at 15: colour:red)')).toEqual({
      position: 14,
      token: 'colour:red',
    });
    expect(queryErrorAt('Not a valid query')).toBeNull();
  });

  it('narrows an SLA trigger to a target, and only an SLA trigger', () => {
    expect(triggerOf({ ...trigger, event: 'sla.breached', target: 'firstResponse' })).toEqual({
      type: 'event',
      event: 'sla.breached',
      target: 'firstResponse',
    });
    expect(triggerOf({ ...trigger, event: 'sla.warning', target: '' })).toEqual({
      type: 'event',
      event: 'sla.warning',
    });
    expect(triggerOf({ ...trigger, event: 'ticket.created', target: 'resolution' })).toEqual({
      type: 'event',
      event: 'ticket.created',
    });
  });

  it('narrows a change of priority alone by its old and new priority, dropping a status left from a transition', () => {
    const priority = { ...trigger, event: 'ticket.updated' as const, fields: ['priority' as const] };
    expect(triggerOf({ ...priority, from: 'low', to: 'critical' })).toEqual({
      type: 'event',
      event: 'ticket.updated',
      fields: ['priority'],
      from: 'low',
      to: 'critical',
    });
    expect(triggerOf({ ...priority, from: 'open', to: 'high' })).toEqual({
      type: 'event',
      event: 'ticket.updated',
      fields: ['priority'],
      to: 'high',
    });
    expect(triggerSummary({ type: 'event', event: 'ticket.updated', fields: ['priority'], to: 'critical' })).toMatch(
      /priority change.*to Critical/i,
    );
  });

  it('sends a schedule as the API takes it: `15m`, `HH:MM`, a trimmed zone', () => {
    const schedule = { ...trigger, type: 'schedule' as const, timeZone: ' Europe/Berlin ' };
    expect(triggerOf({ ...schedule, everyCount: '015', everyUnit: 'm' })).toEqual({
      type: 'schedule',
      every: '15m',
      timeZone: 'Europe/Berlin',
    });
    // Not a number: sent as typed, for the server's words next to the field.
    expect(triggerOf({ ...schedule, everyCount: '1.5' })).toMatchObject({ every: '1.5h' });
    expect(triggerOf({ ...schedule, schedule: 'at', at: '07:30:00' })).toEqual({
      type: 'schedule',
      at: '07:30',
      timeZone: 'Europe/Berlin',
    });
  });

  it('knows which trigger fields the form shows, so errors about the others go above them', () => {
    expect(shownTriggerFields({ ...trigger, event: 'sla.warning' })).toEqual(['event', 'target']);
    expect(shownTriggerFields({ ...trigger, event: 'ticket.transitioned' })).toEqual(['event', 'from', 'to']);
    expect(shownTriggerFields({ ...trigger, type: 'schedule', schedule: 'at' })).toEqual(['at', 'days', 'timeZone']);
    expect(shownTriggerFields({ ...trigger, type: 'schedule' })).toEqual(['every', 'timeZone']);
  });

  it('names what a run ran on: its event’s type, or the schedule', () => {
    expect(runCause({ eventId: 12, eventType: 'ticket.created' })).toBe('ticket.created');
    expect(runCause({ eventId: null, eventType: null })).toBe('on schedule');
    expect(runCause({ eventId: 12, eventType: null })).toBe('event #12');
  });

  it('says what a run did in words, with names for ids', () => {
    const names = new Map([['u1', 'Ann Lee']]);
    expect(describeActionResult({ type: 'addLabels', before: [], after: ['urgent'] }, names)).toBe(
      'Add labels: none → urgent',
    );
    expect(describeActionResult({ type: 'assign', before: [], after: ['u1'] }, names)).toBe('Assign: none → Ann Lee');
    expect(describeActionResult({ type: 'setPriority', skipped: 'no change' }, names)).toBe(
      'Set the priority: skipped (no change)',
    );
    expect(describeActionResult({ type: 'comment', after: 'c1' }, names)).toBe('Add a comment: added');
  });

  it('summarizes triggers in a line', () => {
    expect(triggerSummary({ type: 'event', event: 'ticket.created' })).toBe('When a ticket is created');
    expect(triggerSummary({ type: 'event', event: 'ticket.transitioned', to: 'closed' })).toBe(
      'When a ticket changes status (to Closed)',
    );
    expect(triggerSummary({ type: 'event', event: 'sla.breached', target: 'firstResponse' })).toBe(
      'When the first response target is missed',
    );
    expect(triggerSummary({ type: 'event', event: 'sla.warning', target: 'resolution' })).toBe(
      'When the resolution target is at risk (80 % gone)',
    );
    expect(triggerSummary({ type: 'event', event: 'sla.warning' })).toBe('When an SLA target is at risk (80 % gone)');
    expect(triggerSummary({ type: 'schedule', every: '15m', timeZone: 'UTC' })).toBe('Every 15 minutes');
    expect(triggerSummary({ type: 'schedule', at: '09:00', days: ['mon'], timeZone: 'Europe/Berlin' })).toBe(
      'On Mon at 09:00 (Europe/Berlin)',
    );
  });
});
