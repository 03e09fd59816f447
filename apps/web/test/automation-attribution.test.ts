import type { RouterOutputs } from '@ticketing/client/types';
import { describe, expect, it } from 'vitest';
import { actorName, type InboxNotification, summarize } from '../src/components/inbox-event-summary.ts';
import { actorOf } from '../src/components/ticket-detail-history-text.ts';

type HistoryEntry = RouterOutputs['tickets']['history'][number];

const entry = (overrides: Partial<HistoryEntry>): HistoryEntry => ({
  id: 1,
  action: 'labeled',
  field: 'labels',
  oldValue: null,
  newValue: 'urgent',
  version: 2,
  actorKind: 'user',
  actor: null,
  rule: null,
  createdAt: new Date('2026-12-01T10:00:00Z'),
  ...overrides,
});

const event = (type: string, data: Record<string, unknown>, kind: 'automation' | 'system') =>
  ({
    id: 7,
    type,
    createdAt: new Date('2026-12-01T10:00:00Z'),
    project: { id: 'b0c0a000-0000-4000-8000-000000000001', key: 'ACT' },
    ticket: null,
    actor: { kind, user: null, via: null },
    data,
  }) as unknown as InboxNotification['event'];

describe('changes and messages of automation rules', () => {
  it('are signed "Automation: <rule name>" in the history, when the server names the rule', () => {
    const rule = { id: 'b0c0a000-0000-4000-8000-000000000002', name: 'Escalate' };
    expect(actorOf(entry({ actorKind: 'automation', rule }))).toBe('Automation: Escalate');
    expect(actorOf(entry({ actorKind: 'automation' }))).toBe('An automation');
    expect(actorOf(entry({ actorKind: 'system' }))).toBe('The system');
    expect(actorOf(entry({ actor: { id: rule.id, name: 'Ann' } }))).toBe('Ann');
  });

  it('show a rule’s message in the inbox, and why a rule of yours was turned off', () => {
    const notified = event(
      'workflow.notified',
      { key: 'ACT-1', workflowId: 'x', ruleName: 'Escalate', to: 'watchers', message: 'ACT-1 needs you' },
      'automation',
    );
    expect(`${actorName(notified)} ${summarize(notified)}`).toBe('Automation: Escalate says: “ACT-1 needs you”');
    const disabled = event(
      'workflow.disabled',
      { workflowId: 'x', name: 'Nightly', failures: 10, lastError: 'no' },
      'system',
    );
    expect(`${actorName(disabled)} ${summarize(disabled)}`).toBe(
      'The system turned your rule “Nightly” off: it failed 10 times in a row; the last error: no',
    );
    const silent = event(
      'workflow.disabled',
      { workflowId: 'x', name: 'Nightly', failures: 10, lastError: null },
      'system',
    );
    expect(summarize(silent)).toBe('turned your rule “Nightly” off: it failed 10 times in a row');
  });
});
