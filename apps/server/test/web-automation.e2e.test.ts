import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { capture, launchBrowser, openPage } from './support/browser.ts';
import { adminLogin, createUser, expectJson } from './support/http.ts';
import { tempDir } from './support/spawn-server.ts';
import { startTestServer } from './support/test-server.ts';

// The automation page end to end in Debian's Chromium (as web-app.e2e.test.ts: the app built fresh,
// the real server with its background work on its own database, every screen checked with axe). One
// story: a manager writes a rule, tries it, turns it on, and sees it act on a new ticket and in its log;
// then sets an SLA target and sees its clock on a new ticket.
const webDir = join(import.meta.dirname, '../../web');
const dist = await tempDir();
execFileSync(
  join(webDir, 'node_modules/.bin/vite'),
  ['build', '--outDir', dist, '--emptyOutDir', '--logLevel', 'warn'],
  { cwd: webDir, stdio: 'inherit' },
);
const server = await startTestServer({ RATE_LIMIT_PER_MINUTE: '0' }, { webDist: dist });
const browser = await launchBrowser();
afterAll(async () => {
  await browser.close();
  await server.close();
});

const adminToken = await adminLogin(server);
const manager = await createUser(server, adminToken, {
  name: 'Mia Manager',
  email: 'mia.manager@test.example',
  role: 'manager',
});
await expectJson(
  await server.request('/api/v1/projects/TSK/members', {
    method: 'POST',
    token: adminToken,
    json: { userId: manager.id, role: 'member' },
  }),
);
// A ticket from before the rule: what the dry run tries it on.
const earlier = await expectJson<{ key: string }>(
  await server.request('/api/v1/tickets', {
    method: 'POST',
    token: adminToken,
    json: { projectKey: 'TSK', title: 'Toner low', priority: 'high' },
  }),
);

/** Waits for `locator` to show (playwright-core has no `expect` of its own). */
const shows = (locator: Locator, timeout = 10_000) => locator.first().waitFor({ state: 'visible', timeout });

/** Reloads `page` until `locator` shows: for what a background run writes after the page loaded. */
async function showsEventually(page: Page, locator: Locator, what: string): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    if (
      await shows(locator, 3_000).then(
        () => true,
        () => false,
      )
    )
      return;
    if (attempt === 5) throw new Error(`${what} never showed`);
    await page.reload();
  }
}

/** A page of the manager's, signed in. */
async function signedIn() {
  const watched = await openPage(browser, server.url);
  const { page } = watched;
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill(manager.email);
  await page.getByLabel('Password').fill(manager.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL(/\/tickets/);
  return watched;
}

/** A ticket made in the app with the `c` shortcut; returns its key once its page is open. */
async function createTicket(page: Page, title: string, priority: string): Promise<string> {
  await page.locator('body').press('c');
  const dialog = page.getByRole('dialog', { name: 'New ticket' });
  await dialog.getByLabel('Title').fill(title);
  await dialog.getByLabel('Priority').selectOption(priority);
  await dialog.getByRole('button', { name: 'Create ticket' }).click();
  await page.waitForURL(/\/tickets\/TSK-\d+$/);
  return page.url().split('/').at(-1) ?? '';
}

describe('automation in the browser', () => {
  it('a manager writes a rule, dry-runs it, turns it on, and sees it act on a new ticket and in its run log', async () => {
    const watched = await signedIn();
    const { page } = watched;

    // From the project's row to its automation page, then a new rule.
    await page.goto('/projects');
    await page.getByRole('link', { name: 'Automation of TSK' }).click();
    await page.waitForURL(/\/projects\/TSK\/automation$/);
    await page.getByRole('link', { name: 'New rule' }).click();
    await page.getByLabel('Name', { exact: true }).fill('Escalate high priority');

    // Conditions in the list's query language: a mistake is shown at its position, then fixed.
    const conditions = page.getByLabel(/^Conditions/);
    await conditions.fill('priority:high colour:red');
    await shows(page.getByText(/Unknown field "colour".*at 15/));
    await shows(page.locator('mark', { hasText: 'colour:red' }));
    await conditions.fill('priority:high');
    await shows(page.getByText(/Now \d+ tickets? of TSK match/));

    // Two actions, in order: a label, then a comment with placeholders.
    await page.getByLabel('Action to add').selectOption('addLabels');
    await page.getByRole('button', { name: 'Add action' }).click();
    await page.getByLabel('Labels (comma-separated)').fill('escalated');
    await page.getByLabel('Action to add').selectOption('comment');
    await page.getByRole('button', { name: 'Add action' }).click();
    await page.getByLabel('Comment (Markdown)').fill('Escalated by {{rule.name}} on {{ticket.key}}');

    // The dry run tries the unsaved rule on the latest matching event: the earlier ticket.
    await page.getByRole('button', { name: 'Dry run' }).click();
    const tried = page.getByRole('list', { name: `What it would do to ${earlier.key}` });
    await shows(tried.getByText('Add labels: none → escalated'));
    await capture(page, 'automation-editor');
    await page.getByRole('button', { name: 'Create rule' }).click();

    // Back on the list, off as created; turned on with its switch.
    const rule = page
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { name: 'Escalate high priority' }) });
    await shows(rule.getByText('When a ticket is created'));
    await rule.getByLabel('Enabled (Escalate high priority)').check();
    await shows(rule.getByText('On', { exact: true }));
    await capture(page, 'automation-rules');

    // A matching ticket, made in the app: the rule labels it and comments, as the detail page shows.
    const key = await createTicket(page, 'Printer jammed again', 'high');
    await showsEventually(page, page.getByText(`Escalated by Escalate high priority on ${key}`), "the rule's comment");
    await shows(page.getByText('escalated', { exact: true }));

    // The run in the rule's log: the ticket and its event, done, what each action changed.
    await page.goto('/projects/TSK/automation');
    await page.getByRole('button', { name: 'Run log of Escalate high priority' }).click();
    const run = page.getByRole('row').filter({ has: page.getByRole('link', { name: key }) });
    await shows(run.getByText('ticket.created', { exact: true }));
    await shows(run.getByText('Done', { exact: true }));
    await shows(run.getByText('Add labels: none → escalated'));
    await shows(run.getByText('Add a comment: added'));
    await capture(page, 'automation-run-log');

    const labels = await expectJson<{ labels: string[] }>(
      await server.request(`/api/v1/tickets/${key}`, { token: adminToken }),
    );
    expect(labels.labels).toEqual(['escalated']);
    expect(watched.problems).toEqual([]);
  }, 180_000);

  it('a manager sets a critical first-response target of 1 hour and sees its clock on a new critical ticket', async () => {
    const watched = await signedIn();
    const { page } = watched;
    await page.goto('/projects');
    const sla = page.getByRole('region', { name: 'Service levels (SLA)' });
    await sla.getByLabel('Project', { exact: true }).selectOption('TSK');
    await sla.getByLabel('Critical first response', { exact: true }).fill('1');
    await sla.getByLabel('Critical first response unit').selectOption('h');
    await sla.getByRole('button', { name: 'Save SLA policy' }).click();
    await shows(sla.getByRole('status').filter({ hasText: 'Saved.' }));

    // The clock starts with the ticket: an hour less the moments since, never more.
    await createTicket(page, 'Server room too hot', 'critical');
    const clocks = page.getByRole('region', { name: 'SLA', exact: true });
    const firstResponse = clocks.locator('div').filter({ has: page.getByText('First response', { exact: true }) });
    await shows(firstResponse.getByText(/^(1 h|\d{1,2} min) left$/));
    await capture(page, 'ticket-sla-clock');
    expect(watched.problems).toEqual([]);
  }, 120_000);
});
