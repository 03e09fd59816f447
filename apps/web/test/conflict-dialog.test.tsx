// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ConflictDialog, type ConflictDialogProps } from '../src/components/conflict-dialog.tsx';

// Tells React this is a test environment, so act() flushes effects and updates synchronously.
Object.assign(globalThis, { IS_REACT_ACT_ENVIRONMENT: true });

let container: HTMLElement;
let root: Root;

beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
});

afterEach(() => {
  act(() => root.unmount());
  document.body.replaceChildren();
});

function render(overrides: Partial<ConflictDialogProps> = {}) {
  const props: ConflictDialogProps = {
    open: true,
    ticketKey: 'TSK-1042',
    changedFields: ['priority', 'dueDate', 'labels'],
    current: { priority: 'critical', dueDate: '2026-12-04', labels: 'hardware, urgent', title: 'unchanged' },
    onReload: vi.fn(),
    onCancel: vi.fn(),
    ...overrides,
  };
  act(() => root.render(<ConflictDialog {...props} />));
  // Radix renders the dialog in a portal on document.body, outside the container.
  const dialog = document.querySelector<HTMLElement>('[role="dialog"]');
  if (!dialog) throw new Error('no dialog rendered');
  return { props, dialog };
}

const button = (dialog: HTMLElement, name: string) => {
  const found = [...dialog.querySelectorAll('button')].find((candidate) => candidate.textContent?.trim() === name);
  if (!found) throw new Error(`no ${name} button`);
  return found;
};

const rows = (dialog: HTMLElement) =>
  [...dialog.querySelectorAll('dl > div')].map((row) => [
    row.querySelector('dt')?.textContent,
    row.querySelector('dd')?.textContent,
  ]);

describe('ConflictDialog', () => {
  it('names the ticket and says it changed since it was read', () => {
    const { dialog } = render();
    const titleId = dialog.getAttribute('aria-labelledby');
    expect(titleId && document.getElementById(titleId)?.textContent).toBe('TSK-1042 changed since you read it');
    expect(dialog.textContent).toContain('yours was not saved');
  });

  it('lists every changed field with its value now, and nothing else', () => {
    const { dialog } = render();
    expect(rows(dialog)).toEqual([
      ['Priority', 'critical'],
      ['Due date', '2026-12-04'],
      ['Labels', 'hardware, urgent'],
    ]);
  });

  it('says the values are loading until the ticket is refetched', () => {
    const { dialog } = render({ current: null });
    expect(rows(dialog)).toEqual([
      ['Priority', 'loading…'],
      ['Due date', 'loading…'],
      ['Labels', 'loading…'],
    ]);
  });

  it('calls onReload for Reload, and nothing else', () => {
    const { props, dialog } = render();
    act(() => button(dialog, 'Reload').click());
    expect(props.onReload).toHaveBeenCalledTimes(1);
    expect(props.onCancel).not.toHaveBeenCalled();
  });

  it('calls onCancel for Cancel, and nothing else', () => {
    const { props, dialog } = render();
    act(() => button(dialog, 'Cancel').click());
    expect(props.onCancel).toHaveBeenCalledTimes(1);
    expect(props.onReload).not.toHaveBeenCalled();
  });

  it('treats Escape as Cancel', () => {
    const { props, dialog } = render();
    act(() => {
      dialog.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    });
    expect(props.onCancel).toHaveBeenCalledTimes(1);
    expect(props.onReload).not.toHaveBeenCalled();
  });
});
