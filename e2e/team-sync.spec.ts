// Team sync through Settings → Team against a real sync server (npm run server's entry on a free
// port, a temporary SQLite file, people added with server:add-user's code). Each browser context is
// one colleague's laptop with its own IndexedDB.
import { expect, test } from '@playwright/test';
import type { Browser, Page } from '@playwright/test';
import { clickAtEndOf, expectNoAxeViolations, openApp, openPaper, sectionText, waitUntilSaved } from './support/app';
import { SyncServer } from './support/sync-server';

const PAPER = /Police and Crime Commissioner's Update Report/;

let server: SyncServer;
const tokens: Record<string, string> = {};

// Each test has a server (and so shared data) of its own.
test.beforeEach(async () => {
  server = await SyncServer.create();
  tokens.kim = server.addUser('Kim Dunn', 'author');
  tokens.alex = server.addUser('Alex Carr', 'author');
  tokens.rhys = server.addUser('Rhys Owen', 'reviewer');
  tokens.gail = server.addUser('Gail Moss', 'officer', 'GM');
  await server.start();
});
test.afterEach(async () => {
  await server.dispose();
});

/** A colleague's laptop: its own browser context (own IndexedDB), their name set in Settings. */
async function laptop(browser: Browser, name: string): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await openApp(page, '#/settings');
  await page.getByLabel('Your name').fill(name);
  await page.getByLabel('Your name').blur();
  await waitUntilSaved(page);
  return page;
}

async function connect(page: Page, token: string, url = server.url) {
  await page.getByRole('link', { name: 'Settings' }).click();
  await page.getByLabel('Sync server address').fill(url);
  await page.getByLabel('Sign-in token').fill(token);
  await page.getByRole('button', { name: 'Connect' }).click();
}

const status = (page: Page) => page.getByTestId('team-status');

test('two colleagues connect through Settings → Team; a change on one laptop appears on the other; offline and disconnect are shown in words', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const kim = await laptop(browser, 'Kim Dunn');
  const alex = await laptop(browser, 'Alex Carr');
  await expectNoAxeViolations(kim, 'Settings → Team before connecting');

  await connect(kim, tokens.kim!);
  await expect(status(kim)).toContainText('Connected: everything is up to date.');
  await expect(status(kim)).toContainText(`Syncing with ${server.url}.`);
  await expect(status(kim)).toContainText(/Last synced \d\d:\d\d\./);
  // Focus goes to the status the person reads next.
  await expect(status(kim)).toBeFocused();
  await expectNoAxeViolations(kim, 'Settings → Team connected');
  // The connection is kept on this computer: starting the app again starts syncing.
  await kim.reload();
  await expect(kim.locator('main[data-app-ready="true"]')).toBeVisible();
  await expect(status(kim)).toContainText('Connected: everything is up to date.');
  await expect(kim.getByLabel('Sync server address')).toBeHidden();

  await connect(alex, tokens.alex!);
  await expect(status(alex)).toContainText('Connected: everything is up to date.');

  // A new record and an edit of an existing one, each on one laptop, reach the other.
  await kim.getByRole('link', { name: 'Committees' }).click();
  await kim.getByLabel('New committee or panel').fill('Estates Board');
  await kim.getByRole('button', { name: 'Add', exact: true }).click();
  await openPaper(alex, PAPER);
  await alex.getByLabel('Paper title').fill('Commissioner’s update, as Alex left it');
  await alex.getByLabel('Paper title').blur();
  await waitUntilSaved(alex);

  await alex.getByRole('link', { name: 'Committees' }).click();
  await expect(alex.getByRole('button', { name: 'Remove Estates Board' })).toBeVisible({ timeout: 20_000 });
  await kim.getByRole('link', { name: 'Papers', exact: true }).click();
  await expect(kim.getByRole('link', { name: /Commissioner’s update, as Alex left it/ })).toBeVisible({ timeout: 20_000 });

  // The server goes away: the status says since when, and changes wait.
  await server.stop();
  await kim.getByRole('link', { name: 'Settings' }).click();
  await expect(status(kim)).toContainText(/Offline since \d\d:\d\d: your changes are kept on this computer/, { timeout: 20_000 });
  await kim.getByRole('link', { name: 'Committees' }).click();
  await kim.getByLabel('New committee or panel').fill('Finance Committee');
  await kim.getByRole('button', { name: 'Add', exact: true }).click();
  await kim.getByRole('link', { name: 'Settings' }).click();
  await expect(status(kim)).toContainText(/1 change waiting to be sent\./);
  await expect(kim.getByTestId('team-status-link')).toHaveText(/^Team: offline since \d\d:\d\d, 1 waiting$/);
  await expectNoAxeViolations(kim, 'Settings → Team offline');

  // Back: what waited is sent, and reaches the other laptop.
  await server.start();
  await expect(status(kim)).toContainText('Connected: everything is up to date.', { timeout: 30_000 });
  await alex.getByRole('link', { name: 'Committees' }).click();
  await expect(alex.getByRole('button', { name: 'Remove Finance Committee' })).toBeVisible({ timeout: 30_000 });

  // Disconnect: the form again, focus on the address; records stay; nothing more arrives.
  await alex.getByRole('link', { name: 'Settings' }).click();
  await alex.getByRole('button', { name: 'Disconnect' }).click();
  await expect(status(alex)).toBeHidden();
  await expect(alex.getByLabel('Sync server address')).toBeFocused();
  await expect(alex.getByLabel('Sync server address')).toHaveValue('');
  await kim.getByRole('link', { name: 'Committees' }).click();
  await kim.getByLabel('New committee or panel').fill('Only on Kim’s laptop');
  await kim.getByRole('button', { name: 'Add', exact: true }).click();
  await alex.getByRole('link', { name: 'Committees' }).click();
  await expect(alex.getByRole('button', { name: 'Remove Finance Committee' })).toBeVisible();
  await kim.getByRole('link', { name: 'Settings' }).click();
  await expect(status(kim)).toContainText('Connected: everything is up to date.');
  await expect(alex.getByRole('button', { name: 'Remove Only on Kim’s laptop' })).toBeHidden();
  await kim.context().close();
  await alex.context().close();
});

test('two colleagues typing in one section at the same time both keep their words: a colleague’s typing reaches the open, focused editor', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const kim = await laptop(browser, 'Kim Dunn');
  const alex = await laptop(browser, 'Alex Carr');
  await connect(kim, tokens.kim!);
  await expect(status(kim)).toContainText('Connected: everything is up to date.');
  await connect(alex, tokens.alex!);
  await expect(status(alex)).toContainText('Connected: everything is up to date.');
  await openPaper(kim, PAPER);
  await openPaper(alex, PAPER);

  // Kim's caret is in section 2 and stays there; Alex types in the same section.
  await clickAtEndOf(kim, sectionText(kim, 2).locator('p').first());
  await clickAtEndOf(alex, sectionText(alex, 2).locator('p').last());
  await alex.keyboard.type(' Alex added this.');
  await waitUntilSaved(alex);
  await expect(sectionText(kim, 2)).toContainText('Alex added this.', { timeout: 30_000 });
  await expect(sectionText(kim, 2)).toBeFocused();

  // Kim types where the caret was: both sentences are on both laptops.
  await kim.keyboard.type(' Kim added that.');
  await waitUntilSaved(kim);
  for (const p of [kim, alex]) {
    await expect(sectionText(p, 2)).toContainText('Kim added that.', { timeout: 30_000 });
    await expect(sectionText(p, 2)).toContainText('Alex added this.');
  }
  await expect(sectionText(kim, 2).locator('p').first()).toContainText('Kim added that.');
  await kim.context().close();
  await alex.context().close();
});

test('a colleague’s typing appears in the author’s open section while the author is still typing in it, and both keep every word', async ({ browser }) => {
  test.setTimeout(180_000);
  const kim = await laptop(browser, 'Kim Dunn');
  const alex = await laptop(browser, 'Alex Carr');
  await connect(kim, tokens.kim!);
  await expect(status(kim)).toContainText('Connected: everything is up to date.');
  await connect(alex, tokens.alex!);
  await expect(status(alex)).toContainText('Connected: everything is up to date.');
  await openPaper(kim, PAPER);
  await openPaper(alex, PAPER);

  // Kim types on and on at the end of the section's only paragraph, never pausing long enough for
  // every keystroke to be saved; meanwhile Alex adds a sentence at its start.
  await clickAtEndOf(kim, sectionText(kim, 2).locator('p').first());
  await clickAtEndOf(alex, sectionText(alex, 2).locator('p').last());
  await alex.keyboard.press('Control+Home');
  await alex.keyboard.type('Alex added this. ');
  const alexSaved = waitUntilSaved(alex);
  // Kim types a hundred words at a time with no pause inside them, and looks for Alex's sentence only
  // between them (a moment, far shorter than a save's wait): it must arrive while Kim keeps typing.
  let kimWords = '';
  let arrived = false;
  const until = Date.now() + 60_000;
  for (let i = 0; !arrived && Date.now() < until; i += 100) {
    const words = Array.from({ length: 100 }, (_, k) => ` k${i + k}`).join('');
    await kim.keyboard.type(words);
    kimWords += words;
    arrived = await sectionText(kim, 2).evaluate((el) => el.textContent.includes('Alex added this.'));
  }
  expect(arrived, 'Alex’s sentence reached Kim’s open section while Kim kept typing').toBe(true);
  await alexSaved;
  await waitUntilSaved(kim);

  // Every one of Kim's words, in order, and Alex's sentence, on both laptops.
  for (const p of [kim, alex]) {
    await expect(sectionText(p, 2).locator('p').first()).toContainText(kimWords.trim(), { timeout: 30_000 });
    await expect(sectionText(p, 2)).toContainText('Alex added this.');
  }
  await kim.context().close();
  await alex.context().close();
});

test('a colleague’s keystrokes reach the open section before their own laptop has saved them: the editors are bound to the shared text', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const kim = await laptop(browser, 'Kim Dunn');
  const alex = await laptop(browser, 'Alex Carr');
  await connect(kim, tokens.kim!);
  await expect(status(kim)).toContainText('Connected: everything is up to date.');
  await connect(alex, tokens.alex!);
  await expect(status(alex)).toContainText('Connected: everything is up to date.');
  await openPaper(kim, PAPER);
  await openPaper(alex, PAPER);
  await clickAtEndOf(kim, sectionText(kim, 2).locator('p').first());
  await clickAtEndOf(alex, sectionText(alex, 2).locator('p').last());

  // Time stands still on Alex's laptop: its editor's save (a timer) and its mirror's tick never run,
  // so nothing Alex types reaches its own database, let alone the server by that road.
  await alex.clock.install();
  await alex.clock.pauseAt(Date.now() + 60_000);
  await alex.keyboard.type(' Alex is typing this now.');
  await expect(sectionText(kim, 2)).toContainText('Alex is typing this now.', { timeout: 20_000 });
  await expect(sectionText(kim, 2)).toBeFocused();
  // Kim sees where Alex is: a caret with Alex's name, at the end of what Alex typed (not in the text).
  const alexCaret = sectionText(kim, 2).locator('.collab-caret[data-name="Alex Carr"]');
  await expect(alexCaret).toHaveCount(1, { timeout: 20_000 });
  expect(await alexCaret.evaluate((c) => c.previousSibling?.textContent ?? '')).toMatch(/now\.$/);
  await expect(sectionText(kim, 2)).not.toContainText('Alex Carr');
  await expectNoAxeViolations(kim, 'a colleague’s caret in an open section');

  // Kim types in the same paragraph meanwhile, and it reaches Alex's still-unsaved editor too.
  await kim.keyboard.type(' Kim answers.');
  await expect(sectionText(alex, 2)).toContainText('Kim answers.', { timeout: 20_000 });
  await expect(sectionText(alex, 2).locator('.collab-caret[data-name="Kim Dunn"]')).toHaveCount(1, { timeout: 20_000 });
  await sectionText(alex, 2).screenshot({ path: 'test-results/colleague-caret.png' });

  // Time runs again: both laptops save the text as it stands, both sentences kept.
  await alex.clock.resume();
  await waitUntilSaved(alex);
  await waitUntilSaved(kim);
  for (const p of [kim, alex]) {
    await expect(sectionText(p, 2)).toContainText('Alex is typing this now.');
    await expect(sectionText(p, 2)).toContainText('Kim answers.');
  }

  // Ctrl+Z on Kim's laptop takes back Kim's own typing, not Alex's sentence that arrived meanwhile.
  await sectionText(kim, 2).focus();
  await kim.keyboard.press('Control+z');
  for (const p of [kim, alex]) {
    await expect(sectionText(p, 2)).not.toContainText('Kim answers.', { timeout: 20_000 });
    await expect(sectionText(p, 2)).toContainText('Alex is typing this now.');
  }
  await waitUntilSaved(kim);
  await kim.reload();
  await expect(sectionText(kim, 2)).toContainText('Alex is typing this now.');
  await expect(sectionText(kim, 2)).not.toContainText('Kim answers.');
  await kim.context().close();
  await alex.context().close();
});

test('a guarded value changed on two laptops while apart is shown to both with who changed it, and the one a person keeps reaches everyone', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const kim = await laptop(browser, 'Kim Dunn');
  const alex = await laptop(browser, 'Alex Carr');
  await connect(kim, tokens.kim!);
  await expect(status(kim)).toContainText('Connected: everything is up to date.');
  await connect(alex, tokens.alex!);
  await expect(status(alex)).toContainText('Connected: everything is up to date.');

  // Apart: the server is down while each changes the paper's cover sheet (a guarded value).
  await server.stop();
  await expect(status(kim)).toContainText(/Offline since/, { timeout: 20_000 });
  await expect(status(alex)).toContainText(/Offline since/, { timeout: 20_000 });
  for (const [page, author] of [
    [kim, 'Kim’s author'],
    [alex, 'Alex’s author'],
  ] as const) {
    await openPaper(page, PAPER);
    await page.getByLabel('Report Author').fill(author);
    await page.getByLabel('Report Author').blur();
    await waitUntilSaved(page);
  }
  await server.start();

  for (const page of [kim, alex]) {
    // Wherever the person is, the status bar says there is a value to choose, and leads to it.
    await expect(page.getByTestId('team-status-link')).toHaveText('Team: 1 value to choose', { timeout: 30_000 });
    await page.getByTestId('team-status-link').click();
    const conflict = page.getByTestId('team-conflict');
    await expect(conflict).toHaveCount(1, { timeout: 30_000 });
    await expect(conflict).toContainText(/Paper “.*”: cover sheet — Changed by (Kim Dunn|Alex Carr) and by (Kim Dunn|Alex Carr) while apart\./);
    await expect(status(page)).toContainText('1 value changed by two people while apart');
    // Only the part of the cover sheet that differs is shown, with each value.
    await expect(conflict).toContainText('author: Kim’s author');
    await expect(conflict).toContainText('author: Alex’s author');
  }
  await expectNoAxeViolations(kim, 'Settings → Team with a value to choose');

  await kim.getByRole('button', { name: 'Keep Alex Carr’s value' }).click();
  await expect(kim.getByTestId('team-conflict')).toHaveCount(0);
  await expect(status(kim)).toBeFocused();
  await expect(alex.getByTestId('team-conflict')).toHaveCount(0, { timeout: 20_000 });
  for (const page of [kim, alex]) {
    await openPaper(page, PAPER);
    await expect(page.getByLabel('Report Author')).toHaveValue('Alex’s author', { timeout: 20_000 });
  }
  await kim.context().close();
  await alex.context().close();
});

test('a reviewer’s connection makes papers read-only here, with a note, instead of keeping changes that would never be sent', async ({ browser }) => {
  const rhys = await laptop(browser, 'Rhys Owen');
  await connect(rhys, tokens.rhys!);
  await expect(status(rhys)).toContainText('Connected');
  await expect(rhys.getByTestId('team-read-only')).toContainText(/may only read papers and committees.*You can change review comments and clearances\./);
  await expectNoAxeViolations(rhys, 'Settings → Team read-only');

  await rhys.getByRole('link', { name: 'Papers', exact: true }).click();
  await expect(rhys.getByRole('button', { name: 'New paper' })).toBeDisabled();
  await expect(rhys.getByTestId('team-read-only-screen')).toContainText('may only read papers');
  await openPaper(rhys, PAPER);
  await expect(rhys.getByTestId('team-read-only-paper')).toContainText('Read-only: your team sign-in may only read papers');
  await expect(rhys.getByLabel('Paper title')).not.toBeEditable();
  await expect(rhys.getByLabel('Report Author')).not.toBeEditable();
  await expectNoAxeViolations(rhys, 'a paper read-only through a reviewer’s connection');

  await rhys.getByRole('link', { name: 'Committees' }).click();
  await expect(rhys.getByTestId('team-read-only-screen')).toContainText('may only read committees and house styles');
  await expect(rhys.getByLabel('New committee or panel')).toBeDisabled();
  await rhys.getByRole('link', { name: 'Delivery plans' }).click();
  await expect(rhys.getByRole('button', { name: 'New plan' })).toBeDisabled();
  await rhys.getByRole('link', { name: 'Police and Crime Plan (2016-18)' }).click();
  await expect(rhys.getByTestId('team-read-only-screen')).toContainText('may only read delivery plans');
  await expect(rhys.getByRole('region', { name: 'Plan' }).getByLabel('Name')).not.toBeEditable();
  // Update packs travel with the plans: making them and taking returns in are off too.
  await expect(rhys.locator('#send-packs')).toBeDisabled();
  await expect(rhys.locator('#take-returns')).toBeDisabled();
  // Choosing another period only changes what is shown: it still works.
  await expect(rhys.locator('#plan-period')).toBeEnabled();
  await expectNoAxeViolations(rhys, 'a delivery plan read-only through a reviewer’s connection');
  await rhys.context().close();
});

test('a lead officer changes the updates of their own deliverables only: the others are read-only, saying who leads them', async ({ browser }) => {
  const gail = await laptop(browser, 'Gail Moss');
  await connect(gail, tokens.gail!);
  await expect(status(gail)).toContainText('Connected');
  await gail.getByRole('link', { name: 'Delivery plans' }).click();
  await gail.getByRole('link', { name: 'Lead officer updates' }).first().click();
  const own = gail.getByRole('article').filter({ has: gail.locator('h3', { hasText: 'C04' }) });
  const other = gail.getByRole('article').filter({ has: gail.locator('h3', { hasText: 'C05' }) });
  await expect(other.getByTestId('update-not-yours')).toHaveText(
    'Read-only: KD leads this deliverable. Your team sign-in may change only the updates of deliverables you lead or own.',
    { timeout: 20_000 },
  );
  await expect(other.getByRole('radio').first()).toBeDisabled();
  await expect(other.getByLabel('Update as at')).not.toBeEditable();
  await expect(own.getByTestId('update-not-yours')).toHaveCount(0);
  await expect(own.getByRole('radio').first()).toBeEnabled();
  await expectNoAxeViolations(gail, 'an officer’s updates, other officers’ read-only');
  await gail.context().close();
});

test('a second window of a reviewer’s or an officer’s laptop locks what the sign-in may only read, though the other window runs team sync', async ({
  browser,
}) => {
  const rhys = await laptop(browser, 'Rhys Owen');
  await connect(rhys, tokens.rhys!);
  await expect(rhys.getByTestId('team-read-only')).toBeVisible();
  // A window opened while the first syncs waits for team sync, and still knows the role.
  const rhys2 = await rhys.context().newPage();
  await openApp(rhys2, '#/settings');
  await expect(status(rhys2)).toContainText('Another Panelwright window on this computer is syncing');
  await expect(rhys2.getByTestId('team-read-only')).toContainText('may only read papers');
  await openPaper(rhys2, PAPER);
  await expect(rhys2.getByTestId('team-read-only-paper')).toContainText('Read-only: your team sign-in may only read papers');
  await expect(rhys2.getByLabel('Paper title')).not.toBeEditable();
  await expect(sectionText(rhys2, 2)).not.toBeEditable();
  await expectNoAxeViolations(rhys2, 'a reviewer’s second window, papers read-only');
  await rhys.context().close();

  const gail = await laptop(browser, 'Gail Moss');
  await connect(gail, tokens.gail!);
  await expect(status(gail)).toContainText('Connected');
  const gail2 = await gail.context().newPage();
  await openApp(gail2, '#/');
  await gail2.getByRole('link', { name: 'Delivery plans' }).click();
  await gail2.getByRole('link', { name: 'Lead officer updates' }).first().click();
  const other = gail2.getByRole('article').filter({ has: gail2.locator('h3', { hasText: 'C05' }) });
  const own = gail2.getByRole('article').filter({ has: gail2.locator('h3', { hasText: 'C04' }) });
  await expect(other.getByTestId('update-not-yours')).toContainText('KD leads this deliverable', { timeout: 20_000 });
  await expect(other.getByRole('radio').first()).toBeDisabled();
  await expect(own.getByRole('radio').first()).toBeEnabled();
  await gail.context().close();
});

test('two windows of one laptop on one section while connected, and a colleague: every word once, in each paragraph', async ({ browser }) => {
  test.setTimeout(180_000);
  const kim = await laptop(browser, 'Kim Dunn');
  const alex = await laptop(browser, 'Alex Carr');
  await connect(kim, tokens.kim!);
  await expect(status(kim)).toContainText('Connected: everything is up to date.');
  await connect(alex, tokens.alex!);
  await expect(status(alex)).toContainText('Connected: everything is up to date.');
  // A second window on Kim's laptop: the same database, its own start of team sync.
  const kim2 = await kim.context().newPage();
  await openApp(kim2, '#/');
  for (const p of [kim, kim2, alex]) await openPaper(p, PAPER);
  await expect(sectionText(kim2, 2)).toContainText(await sectionText(kim, 2).innerText());

  // A paragraph each, made one after another, so that typing at once never shares a place.
  const paragraphs = sectionText(kim, 2).locator('p');
  const before = await paragraphs.count();
  for (const [i, [p, label]] of (
    [
      [kim, 'Kim here.'],
      [kim2, 'Kim again.'],
      [alex, 'Alex here.'],
    ] as const
  ).entries()) {
    await clickAtEndOf(p, sectionText(p, 2).locator('p').last());
    await p.keyboard.press('Enter');
    await p.keyboard.type(label);
    await waitUntilSaved(p);
    for (const q of [kim, kim2, alex]) await expect(sectionText(q, 2).locator('p')).toHaveCount(before + i + 1, { timeout: 30_000 });
  }
  for (const [p, n] of [
    [kim, before],
    [kim2, before + 1],
    [alex, before + 2],
  ] as const)
    await clickAtEndOf(p, sectionText(p, 2).locator('p').nth(n));
  const typeIn = async (p: Page, prefix: string) => {
    const words: string[] = [];
    for (let i = 0; i < 12; i++) {
      words.push(`${prefix}${i}`);
      await p.keyboard.type(` ${prefix}${i}`, { delay: 20 });
    }
    return words;
  };
  const [a, b, c] = await Promise.all([typeIn(kim, 'ka'), typeIn(kim2, 'kb'), typeIn(alex, 'al')]);
  await Promise.all([waitUntilSaved(kim), waitUntilSaved(kim2), waitUntilSaved(alex)]);
  const count = async (p: Page) => {
    const text = await sectionText(p, 2).innerText();
    return [...a, ...b, ...c].map((w) => `${w}×${(text.match(new RegExp(`\\b${w}\\b`, 'g')) ?? []).length}`).filter((w) => !w.endsWith('×1'));
  };
  // Each word exactly once (none lost, none doubled), on every window and after a reload.
  for (const p of [kim, kim2, alex]) await expect.poll(() => count(p), { timeout: 30_000 }).toEqual([]);
  await kim.reload();
  await expect.poll(() => count(kim), { timeout: 30_000 }).toEqual([]);

  // Team sync runs in one window: the reloaded one waits while the other (which took over) syncs,
  // and takes over in turn when that window closes.
  await kim.getByRole('link', { name: 'Settings' }).click();
  await expect(status(kim)).toContainText('Another Panelwright window on this computer is syncing');
  await expect(kim.getByTestId('team-status-link')).toHaveText('Team: syncing in another window');
  await kim2.close();
  await expect(status(kim)).toContainText('Connected: everything is up to date.', { timeout: 30_000 });
  await expectNoAxeViolations(kim, 'Settings → Team after another window handed team sync over');
  await kim.context().close();
  await alex.context().close();
});

test('a lead officer’s narrative reaches the author’s open update card as it is typed', async ({ browser }) => {
  test.setTimeout(120_000);
  const kim = await laptop(browser, 'Kim Dunn');
  const gail = await laptop(browser, 'Gail Moss');
  await connect(kim, tokens.kim!);
  await expect(status(kim)).toContainText('Connected: everything is up to date.');
  await connect(gail, tokens.gail!);
  await expect(status(gail)).toContainText('Connected');
  for (const p of [kim, gail]) {
    await p.getByRole('link', { name: 'Delivery plans' }).click();
    await p.getByRole('link', { name: 'Lead officer updates' }).first().click();
  }
  const narrative = (p: Page) => p.getByRole('textbox', { name: /^Update for C04/ });
  // The first words make this period's update (a saved record); the author sees them once they are sent.
  await narrative(gail).click();
  await gail.keyboard.press('Control+End');
  await gail.keyboard.type(' Recruitment has started.');
  await waitUntilSaved(gail);
  await expect(narrative(kim)).toContainText('Recruitment has started.', { timeout: 30_000 });

  // From then on the officer's keystrokes travel as typed: with time standing still on Gail's laptop
  // (no save, no tick), the author's open card still shows them.
  await narrative(gail).click();
  await gail.keyboard.press('Control+End');
  await gail.clock.install();
  await gail.clock.pauseAt(Date.now() + 60_000);
  await gail.keyboard.type(' Four officers are in post.');
  await expect(narrative(kim)).toContainText('Four officers are in post.', { timeout: 20_000 });
  await gail.clock.resume();
  await waitUntilSaved(gail);
  await kim.reload();
  await expect(narrative(kim)).toContainText('Recruitment has started. Four officers are in post.', { timeout: 30_000 });
  await kim.context().close();
  await gail.context().close();
});

test('a wrong address, a refused token and a server of another kind each get one sentence, and nothing is saved', async ({ page }) => {
  await openApp(page, '#/settings');
  await connect(page, tokens.kim!, 'ws://127.0.0.1:9');
  await expect(page.getByRole('alert')).toHaveText(/^No sync server answered at ws:\/\/127\.0\.0\.1:9: check the address/);
  await expect(page.getByLabel('Sync server address')).toBeFocused();
  await expect(page.getByLabel('Sync server address')).toHaveAttribute('aria-invalid', 'true');

  await connect(page, 'not-a-real-token');
  await expect(page.getByRole('alert')).toHaveText(/^The server refused this sign-in token/);
  await expect(page.getByLabel('Sign-in token')).toBeFocused();
  await expectNoAxeViolations(page, 'Settings → Team with a refused token');

  await connect(page, tokens.kim!, 'ftp://files.example.gov.uk');
  await expect(page.getByRole('alert')).toHaveText(/starts with wss:\/\/.*not ftp:/);

  // A WebSocket server of another kind answers, but is not a sync server.
  const { WebSocketServer } = await import('ws');
  const other = new WebSocketServer({ port: 0, host: '127.0.0.1' });
  await new Promise((r) => other.once('listening', r));
  try {
    await connect(page, tokens.kim!, `ws://127.0.0.1:${(other.address() as { port: number }).port}`);
    await expect(page.getByRole('alert')).toHaveText(/answered, but it is not a Panelwright sync server/, { timeout: 15_000 });
  } finally {
    other.close();
  }
  await page.reload();
  await expect(page.locator('main[data-app-ready="true"]')).toBeVisible();
  await expect(page.getByLabel('Sync server address')).toBeVisible();
  await expect(status(page)).toBeHidden();
});
