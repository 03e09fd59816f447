import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Locator } from 'playwright-core';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { capture, launchBrowser, openPage, type WatchedPage } from './support/browser.ts';
import { adminLogin, createUser, expectJson } from './support/http.ts';
import { tempDir } from './support/spawn-server.ts';
import { ADMIN_EMAIL, ADMIN_PASSWORD, startTestServer } from './support/test-server.ts';

// The web app end to end in Debian's Chromium, against the real server on its own database, the app
// built fresh for the run. One story, as a team would live it; every screen it passes is
// screenshotted and checked with axe-core; any console error or failed request fails it.
const webDir = join(import.meta.dirname, '../../web');
const dist = await tempDir();
execFileSync(
  join(webDir, 'node_modules/.bin/vite'),
  ['build', '--outDir', dist, '--emptyOutDir', '--logLevel', 'warn'],
  {
    cwd: webDir,
    stdio: 'inherit',
  },
);
const server = await startTestServer({ RATE_LIMIT_PER_MINUTE: '0' }, { webDist: dist });
const browser = await launchBrowser();
afterAll(async () => {
  await browser.close();
  await server.close();
});

const adminToken = await adminLogin(server);
const bo = await createUser(server, adminToken, { name: 'Bo Mention', email: 'bo.mention@test.example' });
await expectJson(
  await server.request('/api/v1/projects/TSK/members', {
    method: 'POST',
    token: adminToken,
    json: { userId: bo.id, role: 'member' },
  }),
);

/** Waits for `locator` to show (playwright-core has no `expect` of its own). */
const shows = (locator: Locator, timeout = 10_000) => locator.first().waitFor({ state: 'visible', timeout });

async function signIn(watched: WatchedPage, email: string, password: string): Promise<void> {
  const { page } = watched;
  await page.goto('/tickets');
  await page.waitForURL(/\/sign-in/);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL(/\/tickets/);
}

const ticketOverApi = async (key: string) =>
  expectJson<{ title: string; status: string; version: number }>(
    await server.request(`/api/v1/tickets/${key}`, { token: adminToken }),
  );

describe('the web app in a browser', () => {
  it('signs in, creates, finds, moves, edits against a conflict, mentions, stays live, makes a token, signs out', async () => {
    const admin = await openPage(browser, server.url);
    const { page } = admin;

    // Sign in.
    await page.goto('/sign-in');
    await capture(page, 'sign-in');
    await signIn(admin, ADMIN_EMAIL, ADMIN_PASSWORD);
    await shows(page.getByRole('navigation', { name: 'Main' }));

    // Create a ticket with `c`.
    await page.locator('body').press('c');
    const dialog = page.getByRole('dialog', { name: 'New ticket' });
    await shows(dialog);
    await dialog.getByLabel('Title').fill('Printer on fire');
    await dialog.getByLabel('Description (Markdown)').fill('Smoke from **tray 2**. <script>alert(1)</script>');
    await capture(page, 'create-ticket');
    await dialog.getByRole('button', { name: 'Create ticket' }).click();
    await page.waitForURL(/\/tickets\/TSK-\d+$/);
    const key = page.url().split('/').at(-1) ?? '';
    await shows(page.getByRole('heading', { level: 1, name: 'Printer on fire' }));
    // Markdown rendered, the script tag never executed nor turned into markup.
    await shows(page.locator('strong', { hasText: 'tray 2' }));
    expect(await page.locator('article script').count()).toBe(0);
    await capture(page, 'ticket-detail');

    // Find it with a search.
    await page.goto('/tickets');
    await page.locator('body').press('/');
    await page.keyboard.type('printer');
    await page.waitForURL(/query=printer/);
    await shows(page.getByRole('row').filter({ hasText: key }).getByRole('link', { name: 'Printer on fire' }));
    await capture(page, 'ticket-list');

    // The query language: a bad field is explained, with where it is.
    await page.getByLabel('Search tickets').fill('printer colour:red');
    await page.getByLabel('Search tickets').press('Enter');
    await shows(page.getByText(/Unknown field "colour".*at 9/));
    await page.getByLabel('Search tickets').fill('printer status:open,in_progress');
    await page.getByLabel('Search tickets').press('Enter');
    await shows(page.getByRole('row').filter({ hasText: key }));

    // Save it as a view, open it from the sidebar; export what it shows.
    await page.getByRole('button', { name: 'Save view' }).click();
    await page.getByRole('dialog').getByLabel('Name').fill('Printers');
    await page.getByRole('dialog').getByRole('button', { name: 'Save view' }).click();
    await page.waitForURL(/view=/);
    const views = page.getByRole('navigation', { name: 'Saved views' });
    await shows(views.getByRole('link', { name: 'Printers' }));
    await shows(page.getByRole('row').filter({ hasText: key }));
    const exporting = page.waitForEvent('download');
    await page.getByRole('link', { name: 'Export CSV' }).click();
    const exported = await readFile(await (await exporting).path(), 'utf8');
    expect(exported.split('\r\n')[0]).toContain('key,project,title');
    expect(exported).toContain(key);

    // Reports: tiles, a chart, tables, with the query as URL state.
    await page.goto('/reports?query=project:TSK');
    await shows(page.getByRole('img', { name: 'Tickets created and resolved per day' }));
    await shows(page.getByRole('heading', { name: 'Breakdown' }));
    await capture(page, 'reports');

    // Drag it across the board: Open to In progress.
    await page.goto('/board?projectKeys=TSK');
    const column = (name: string) => page.locator('section', { has: page.getByRole('heading', { level: 2, name }) });
    const card = page.locator('article', { has: page.getByRole('link', { name: key }) });
    await shows(column('Open').locator('article', { has: page.getByRole('link', { name: key }) }));
    await card.dragTo(column('In progress'));
    await shows(column('In progress').getByRole('link', { name: key }));
    await expect.poll(async () => (await ticketOverApi(key)).status).toBe('in_progress');
    await capture(page, 'board');

    // A stale edit: someone else changes the ticket while the title is open for editing.
    await page.goto(`/tickets/${key}`);
    await page.getByRole('button', { name: 'Edit title' }).click();
    const stale = await ticketOverApi(key);
    await expectJson(
      await server.request(`/api/v1/tickets/${key}`, {
        method: 'PATCH',
        token: adminToken,
        json: { version: stale.version, priority: 'critical' },
      }),
    );
    await page.getByLabel('Title').fill('Printer on fire, again');
    await page.getByRole('button', { name: 'Save' }).click();
    const conflict = page.getByRole('dialog', { name: `${key} changed since you read it` });
    await shows(conflict);
    await capture(page, 'conflict');
    await conflict.getByRole('button', { name: 'Reload' }).click();
    await shows(page.getByRole('heading', { level: 1, name: 'Printer on fire' }));
    expect((await ticketOverApi(key)).title).toBe('Printer on fire');

    // Attach an image and a file through the file chooser; both download back byte for byte.
    const png = await sharp({ create: { width: 640, height: 400, channels: 3, background: '#cc3333' } })
      .png()
      .toBuffer();
    const notes = Buffer.from('paper jam in tray 2\n');
    await page.getByLabel('Attach files').setInputFiles([
      { name: 'printer.png', mimeType: 'image/png', buffer: png },
      { name: 'notes.txt', mimeType: 'text/plain', buffer: notes },
    ]);
    const attachmentsList = page.locator('section', { has: page.getByRole('heading', { name: 'Attachments' }) });
    await shows(attachmentsList.getByRole('link', { name: 'notes.txt' }));
    const downloading = page.waitForEvent('download');
    await attachmentsList.getByRole('link', { name: 'notes.txt' }).click();
    const saved = await (await downloading).path();
    expect(await readFile(saved)).toEqual(notes);
    const imageHref = await attachmentsList.getByRole('link', { name: 'printer.png' }).getAttribute('href');
    const image = await page.request.get(imageHref ?? '');
    expect(Buffer.from(await image.body())).toEqual(png);
    // The thumbnail job runs in the background; the list shows it once the list is refreshed.
    const thumbnail = attachmentsList.locator('img');
    for (let attempt = 1; (await thumbnail.count()) === 0; attempt++) {
      if (attempt === 10) throw new Error('the thumbnail never appeared');
      await page.reload();
      await shows(attachmentsList.getByRole('link', { name: 'notes.txt' }));
    }
    await expect.poll(() => thumbnail.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(320);
    await capture(page, 'attachments');

    // Comment with a mention; the mentioned user's inbox shows it.
    await page.getByLabel('Add a comment').fill('@bo.mention can you look at this?');
    await page.getByRole('button', { name: 'Comment' }).click();
    await shows(page.getByText('can you look at this?'));
    const other = await openPage(browser, server.url);
    await signIn(other, bo.email, bo.password);
    // The inbox consumer writes the notification a moment after the comment: look a few times.
    const mentioned = other.page.getByRole('link', { name: `${key} Printer on fire` });
    for (let attempt = 1; ; attempt++) {
      await other.page.goto('/inbox');
      const seen = await shows(mentioned, 3_000).then(
        () => true,
        () => false,
      );
      if (seen) break;
      if (attempt === 5) throw new Error('the mention never reached the inbox');
    }
    await shows(other.page.getByText('You were mentioned'));
    await capture(other.page, 'inbox');

    // Live: the other user changes the title; the admin's list, board and detail follow without reload.
    const list = await admin.context.newPage();
    const board = await admin.context.newPage();
    await list.goto('/tickets?projectKeys=TSK');
    await board.goto('/board?projectKeys=TSK');
    await page.goto(`/tickets/${key}`);
    for (const view of [list, board, page]) await shows(view.getByText('Printer on fire'));
    await other.page.goto(`/tickets/${key}`);
    await other.page.getByRole('button', { name: 'Edit title' }).click();
    await other.page.getByLabel('Title').fill('Printer fixed by Bo');
    await other.page.getByRole('button', { name: 'Save' }).click();
    for (const view of [list, board, page]) {
      await shows(view.getByText('Printer fixed by Bo').first(), 5_000);
    }
    await list.close();
    await board.close();

    // Bo watches the ticket; on the projects page a member gets the project's views, not its settings.
    // The mention may have made him a watcher already (the inbox consumer does): then he unwatches
    // first. Names are exact: "Watch" is part of "Unwatch".
    const watch = other.page.getByRole('button', { name: 'Watch', exact: true });
    const unwatch = other.page.getByRole('button', { name: 'Unwatch', exact: true });
    await shows(other.page.getByText(/You are (not )?watching/));
    if ((await unwatch.count()) > 0) {
      await unwatch.click();
      await shows(other.page.getByText('You are not watching'));
    }
    await watch.click();
    await shows(unwatch);
    await shows(other.page.getByText('You are watching'));
    await other.page.goto('/projects');
    await shows(other.page.getByRole('link', { name: 'Board of TSK' }));
    expect(await other.page.getByRole('button', { name: 'Edit TSK' }).count()).toBe(0);

    // Admin screens.
    await page.goto('/admin?tab=users');
    await shows(page.getByText('Bo Mention').first());
    await capture(page, 'admin-users');
    await page.goto('/admin?tab=audit');
    await shows(page.getByText('user.created').first());
    await capture(page, 'admin-audit');
    await page.goto('/projects');
    await page.getByRole('button', { name: 'Edit TSK' }).click();
    await page.getByRole('dialog').getByLabel('Description').fill('Everything the printers do');
    await capture(page, 'project-edit');
    await page.getByRole('dialog').getByRole('button', { name: 'Save' }).click();
    await expect
      .poll(
        async () =>
          (
            await expectJson<{ description: string }>(
              await server.request('/api/v1/projects/TSK', { token: adminToken }),
            )
          ).description,
      )
      .toBe('Everything the printers do');
    // Import a CSV: the dry run's verdict, then the import itself (streamed).
    await page.getByRole('button', { name: 'Import CSV into TSK' }).click();
    await page
      .getByRole('dialog')
      .getByLabel('CSV file')
      .setInputFiles({
        name: 'tickets.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from('title,priority,labels\nImported toner,high,csv\nImported paper,low,csv\n'),
      });
    await shows(page.getByRole('dialog').getByText('2 rows; all can be imported.'));
    await page.getByRole('dialog').getByRole('button', { name: 'Import 2 tickets' }).click();
    await shows(page.getByRole('dialog').getByText('Created 2 tickets.'));
    const imported = await expectJson<{ total: number }>(
      await server.request('/api/v1/tickets?projectKeys=TSK&label=csv&includeTotal=true&limit=1', {
        token: adminToken,
      }),
    );
    expect(imported.total).toBe(2);
    await page.keyboard.press('Escape');
    await page.goto('/projects/TSK/webhooks');
    await shows(page.getByRole('heading', { level: 1 }));
    await capture(page, 'webhooks');

    // An API token, shown once.
    await page.goto('/settings');
    await page.getByLabel('Name (what uses it)').fill('CI pipeline');
    await page.getByRole('button', { name: /create token/i }).click();
    await expect.poll(() => page.getByRole('textbox', { name: 'New API token' }).inputValue()).toMatch(/^tkt_/);
    await capture(page, 'settings');

    // Sign out.
    await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL(/\/sign-in/);
    await page.goto('/tickets');
    await page.waitForURL(/\/sign-in/);

    expect(admin.problems).toEqual([]);
    expect(other.problems).toEqual([]);
  }, 240_000);
});
