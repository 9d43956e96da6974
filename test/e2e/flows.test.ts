// Five user flows in Chromium on the demo vault's reference day (2026-11-20), each done as a user does
// it — clicks, typing, the keyboard, the command palette — and checked by what the screen shows and
// what ends up in the vault: undoing a click, today's 1:1, the first run on an empty vault, the
// overview's name filter, and queueing questions from the "Not covered" chips of the 1:1 view.
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { type HarnessOptions, type HarnessPage, requireChromium, screenshot, useBrowser } from './browser';
import type { Harness } from './page/entry';

const browser = useBrowser();

const TODAY = '2026-11-20';
const PRIYA = 'People/Priya Raman.md';
const CARRIED_POINT = "Kenji's onboarding";
const PRIYA_POINTS = [
  'Rebook the 1:1 we lost on Nov 6, and apologise for letting it slide',
  'How on-call has felt since the payout incidents',
  'Whether she still wants to give the conference talk in the spring',
];

async function open(options: HarnessOptions = {}): Promise<HarnessPage> {
  const opened = await browser().openHarness({ theme: 'light', today: TODAY, width: 1280, height: 800, ...options });
  opened.page.setDefaultTimeout(5_000);
  return opened;
}

/** Runs a command from the palette, as a user does: Ctrl+P, its name, a click on it. */
async function runCommand(page: Page, name: string): Promise<void> {
  await page.keyboard.press('Control+p');
  await page.keyboard.type(name.toLowerCase());
  await page.locator('.prompt-results .suggestion-item').filter({ hasText: new RegExp(`${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) }).first().click();
  await page.locator('.modal.prompt').waitFor({ state: 'detached' });
}

/** A note's text as the vault holds it, or null when there is no such note. */
function peek(page: Page, path: string): Promise<string | null> {
  return page.evaluate((p) => (window.harness as Harness).app.vault.peek(p) ?? null, path);
}

const activePath = (page: Page) => page.evaluate(() => (window.harness as Harness).app.workspace.getActiveFile()?.path ?? null);

/** The group headers of the dashboard's first rollup ("What I owe people"): name and count. */
const groupTitles = (page: Page) =>
  page.locator('.block-language-1on1').first().locator('.one-on-ones-rollup-group-title').evaluateAll((els) => els.map((el) => (el.textContent ?? '').replace(/\s+/g, ' ').trim()));

/** The questions of a picker whose category label is not on the right of the question's first line. */
function categoryLabelsOffTheirLine(modal: Locator): Promise<string[]> {
  return modal.locator('.suggestion-item.one-on-ones-question').evaluateAll((rows) =>
    rows.flatMap((row) => {
      const content = row.querySelector('.suggestion-content')?.getBoundingClientRect();
      const label = row.querySelector('.suggestion-aux')?.getBoundingClientRect();
      if (!content || !label) return [];
      const beside = Math.abs(label.top - content.top) <= 2 && label.left >= content.right - 0.5;
      return beside ? [] : [row.querySelector('.suggestion-title')?.textContent ?? ''];
    }),
  );
}

/** Obsidian's notices on screen, newest last. */
const notices = (page: Page) => page.locator('.notice-container .notice');

describe('undo after a click', () => {
  it('ticks a task in a rollup, and Undo in the notice puts the note back byte for byte; so does "Undo the last change from a click"', async (context) => {
    requireChromium(context);
    const { page, problems } = await open({ note: 'Dashboard.md', mode: 'preview', height: 1000 });
    const OLIVER = '1-1s/Oliver Brandt/2026-10-20.md';
    const before = await peek(page, OLIVER);
    expect(before).toContain('1. [ ] @me send Oliver the case for one more payments engineer 📅 2026-11-13\n');

    const owed = page.locator('.block-language-1on1').first().locator('.one-on-ones-rollup-task');
    await expect.poll(() => owed.count()).toBe(11);
    const task = () => owed.filter({ hasText: 'send Oliver the case' });

    // First tick, then Undo from the notice.
    await task().locator('input.task-list-item-checkbox').click();
    await expect.poll(() => peek(page, OLIVER)).toContain('1. [x] @me send Oliver the case for one more payments engineer 📅 2026-11-13 ✅ 2026-11-20\n');
    await expect.poll(() => owed.count()).toBe(10);
    // Oliver had one task in "What I owe people": his group goes with it, header and count.
    await expect.poll(() => groupTitles(page), { timeout: 3_000 }).not.toContainEqual(expect.stringMatching(/^Oliver Brandt/));
    expect(await groupTitles(page)).toContainEqual(expect.stringMatching(/^Priya Raman\s*3$/));
    const offer = notices(page).filter({ has: page.locator('button.one-on-ones-undo') });
    await offer.waitFor();
    expect(await offer.locator('.notice-message').innerText()).toMatch(/^One-on-ones: .*send Oliver the case/s);
    expect(await offer.locator('button.one-on-ones-undo').innerText()).toBe('Undo');
    await page.mouse.move(0, 0);
    await screenshot(page, 'flow-undo-notice');
    await offer.locator('button.one-on-ones-undo').click();
    await expect.poll(() => peek(page, OLIVER)).toBe(before);
    await expect.poll(() => notices(page).filter({ hasText: 'One-on-ones: undone.' }).count()).toBe(1);
    expect(await offer.count()).toBe(0);
    await expect.poll(() => owed.count()).toBe(11);
    expect(await task().locator('input.task-list-item-checkbox').isChecked()).toBe(false);

    // Second tick, then the command from the palette.
    await task().locator('input.task-list-item-checkbox').click();
    await expect.poll(() => peek(page, OLIVER)).toContain('1. [x] @me send Oliver the case');
    await expect.poll(() => owed.count()).toBe(10);
    await runCommand(page, 'Undo the last change from a click');
    await expect.poll(() => peek(page, OLIVER)).toBe(before);
    await expect.poll(() => notices(page).filter({ hasText: 'One-on-ones: undone.' }).count()).toBe(2);
    await expect.poll(() => owed.count()).toBe(11);
    await page.mouse.move(0, 0);
    await screenshot(page, 'flow-undo-command');

    // Nothing left to take back: the command says so and writes nothing.
    await runCommand(page, 'Undo the last change from a click');
    await expect.poll(() => notices(page).filter({ hasText: 'One-on-ones: there is no change to undo.' }).count()).toBe(1);
    expect(await peek(page, OLIVER)).toBe(before);
    // The second tick's notice still shows its Undo (for 10 s): a click on it, the change already
    // taken back by the command, leaves the note as it is (it says "undone." once more).
    const stale = notices(page).filter({ has: page.locator('button.one-on-ones-undo') });
    if ((await stale.count()) > 0) {
      await stale.first().locator('button.one-on-ones-undo').click();
      await expect.poll(() => page.evaluate(() => (window.harness as Harness).notices().length)).toBe(6);
      expect(await peek(page, OLIVER)).toBe(before);
    }
    expect(problems).toEqual([]);
    await page.close();
  });
});

describe("today's 1:1", () => {
  it('Start from the sidebar puts Priya under "Today" with a link to the note, and her 1:1 view shows today\'s agenda', async (context) => {
    requireChromium(context);
    // Priya's note is not open in an editor: the fake editor, unlike Obsidian's, does not save an
    // edit when its tab moves to another note, and Start opens the new note in the active tab.
    const { page, problems } = await open({ note: 'Dashboard.md', height: 900 });
    await page.addStyleTag({ content: 'body { --sidebar-width: 360px; }' });
    await runCommand(page, 'Open 1:1s due');
    const priya = page.locator('.one-on-ones-due-row').filter({ hasText: 'Priya Raman' });
    await priya.hover();
    await priya.locator('button[data-action="start"]').click();

    const NOTE = '1-1s/Priya Raman/2026-11-20 Priya Raman.md';
    await expect.poll(() => activePath(page)).toBe(NOTE);
    const note = (await peek(page, NOTE)) ?? '';
    const agenda = note.split(/^## Agenda\n/m)[1]?.split(/^## /m)[0] ?? '';
    // The point not reached on Oct 30 first, linked back, then the queued ones: boxes to tick.
    expect(agenda.trim().split('\n')).toEqual([`- [ ] ${CARRIED_POINT} ([[1-1s/Priya Raman/2026-10-30|from Oct 30]])`, ...PRIYA_POINTS.map((point) => `- [ ] ${point}`)]);
    // The points left the queue in her person note for the meeting's agenda.
    await expect.poll(() => peek(page, PRIYA)).not.toContain(PRIYA_POINTS[0]);

    // The sidebar: a "Today" section holds Priya, with a link to today's note and its agenda count.
    const today = page.locator('.one-on-ones-due-section.mod-today');
    await expect.poll(() => today.locator('.one-on-ones-due-section-header').innerText().then((t) => t.replace(/\s+/g, ' ').trim())).toBe('Today 1');
    expect(await page.locator('.one-on-ones-due-section-header').first().innerText().then((t) => t.replace(/\s+/g, ''))).toBe('Today1');
    expect(await today.locator('.one-on-ones-due-name').allInnerTexts()).toEqual(['Priya Raman']);
    const link = today.locator('a.one-on-ones-due-today');
    expect(await link.innerText()).toBe("Today's note · 4 agenda points");
    expect(await today.locator('.one-on-ones-due-chip').first().innerText()).toBe('1:1 today');
    expect(await page.locator('.one-on-ones-due-row').filter({ hasText: 'Priya Raman' }).count()).toBe(1);
    await page.mouse.move(0, 0);
    // Right after Start, the notice with its Undo covers the top of the sidebar for 10 s.
    await screenshot(page, 'flow-today-sidebar-notice');
    await notices(page).filter({ hasText: 'started your 1:1 with Priya Raman' }).waitFor({ state: 'detached', timeout: 12_000 });
    await screenshot(page, 'flow-today-sidebar');

    // The link opens the note (from another one first, so that the click is what opens it).
    await page.evaluate(() => (window.harness as Harness).openNote('Dashboard.md'));
    await expect.poll(() => activePath(page)).toBe('Dashboard.md');
    await link.click();
    await expect.poll(() => activePath(page)).toBe(NOTE);

    // A click on her row opens her 1:1 view: "Today's agenda" first, with the points of the note.
    await today.locator('.one-on-ones-due-name').click();
    const view = page.locator('.one-on-ones-pv:visible');
    await expect.poll(() => view.locator('.one-on-ones-pv-name').innerText()).toBe('Priya Raman');
    const section = view.locator('.one-on-ones-pv-section.mod-today');
    await section.waitFor();
    expect(await section.locator('h3').innerText()).toBe("Today's agenda");
    expect(await section.locator('.one-on-ones-pv-count').innerText()).toBe('4');
    expect(await section.locator('.one-on-ones-pv-agenda li').allTextContents()).toEqual([`☐${CARRIED_POINT}not reached last time`, ...PRIYA_POINTS.map((point) => `☐${point}`)]);
    expect(await view.locator('.one-on-ones-pv-section').first().evaluate((el) => el.classList.contains('mod-today'))).toBe(true);
    await page.mouse.move(0, 0);
    await screenshot(page, 'flow-today-view');
    // The card stands apart from the card under it, as every other card of the view does (16 px).
    const gaps = await view.locator('.one-on-ones-pv-section').evaluateAll((els) => {
      const box = (n: number) => els[n]?.getBoundingClientRect() ?? new DOMRect();
      return { underToday: box(1).top - box(0).bottom, underPoints: box(2).top - box(1).bottom };
    });
    expect.soft(gaps.underToday, "the gap between the Today's agenda card and the Talking points card").toBeCloseTo(gaps.underPoints, 0);
    await section.locator('a.one-on-ones-pv-today-link').click();
    await expect.poll(() => activePath(page)).toBe(NOTE);
    expect(problems).toEqual([]);
    await page.close();
  });
});

describe('first run', () => {
  it('an empty vault offers "Add person…"; name, role and cadence by keyboard; the first 1:1 says "First 1:1"', async (context) => {
    requireChromium(context);
    const { page, problems } = await open({ note: 'Dashboard.md', height: 900 });
    // The harness always loads the demo vault: every note is deleted through the vault (the plugin
    // sees it as a user emptying the vault), and the file tree drawn at load, now stale, is hidden.
    await page.evaluate(() => (window.harness as Harness).replaceNotes({}, ['']));
    expect(await page.evaluate(() => (window.harness as Harness).app.vault.getMarkdownFiles().length)).toBe(0);
    await page.addStyleTag({ content: '.mod-left-split .nav-files-container { visibility: hidden; } body { --sidebar-width: 360px; }' });

    await runCommand(page, 'Open 1:1s due');
    const sidebar = page.locator('.one-on-ones-due');
    // The folders stay (only notes were deleted), so the sidebar names the empty People folder.
    await expect.poll(() => sidebar.locator('.one-on-ones-due-empty-title').innerText()).toBe('No people in People yet');
    const add = sidebar.locator('button[data-add-person]');
    expect(await add.innerText()).toBe('Add person…');
    await screenshot(page, 'flow-first-run-empty');

    await add.click();
    const modal = page.locator('.modal').filter({ has: page.locator('.modal-title', { hasText: 'Add person' }) });
    await modal.waitFor();
    const inputs = modal.locator('input[type="text"]');
    expect(await inputs.count()).toBe(3);
    expect(await inputs.nth(0).evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.type('Alex Chen');
    await page.keyboard.press('Tab');
    expect(await inputs.nth(1).evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.type('report');
    await page.keyboard.press('Tab');
    expect(await inputs.nth(2).evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('Control+a');
    await page.keyboard.type('weekly');
    expect(await inputs.evaluateAll((els) => els.map((el) => (el as HTMLInputElement).value))).toEqual(['Alex Chen', 'report', 'weekly']);
    await screenshot(page, 'flow-first-run-add-person');
    await page.keyboard.press('Enter');
    await modal.waitFor({ state: 'detached' });

    const PERSON = 'People/Alex Chen.md';
    await expect.poll(() => activePath(page)).toBe(PERSON);
    const person = (await peek(page, PERSON)) ?? '';
    expect(person).toMatch(/^---\n(?:.*\n)*?role: report\n(?:.*\n)*?---\n/);
    expect(person).toMatch(/^cadence: weekly$/m);

    // The sidebar lists Alex, never met; Start writes the first note.
    const row = sidebar.locator('.one-on-ones-due-row').filter({ hasText: 'Alex Chen' });
    await row.waitFor();
    expect(await row.locator('.one-on-ones-due-meta').innerText()).toContain('No 1:1 yet');
    // The notice "added Alex Chen", with its Undo, stays 10 s over the top of the sidebar, where
    // Alex's row is: the keyboard reaches the row's Start button under it.
    await row.focus();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Start 1:1: Alex Chen');
    await page.keyboard.press('Enter');
    const NOTE = '1-1s/Alex Chen/2026-11-20 Alex Chen.md';
    await expect.poll(() => activePath(page)).toBe(NOTE);
    const first = (await peek(page, NOTE)) ?? '';
    expect(first).toMatch(/^First 1:1\b/m);
    const editorLines = page.locator('.markdown-source-view:visible .cm-line');
    await expect.poll(() => editorLines.allInnerTexts().then((lines) => lines.some((l) => l.startsWith('First 1:1')))).toBe(true);
    await expect.poll(() => row.locator('.one-on-ones-due-chip').first().innerText()).toBe('1:1 today');
    await page.mouse.move(0, 0);
    await screenshot(page, 'flow-first-run-first-note');

    // Undo in both notices, newest first, empties the vault again; the overview then offers "Add person…" too.
    const undoIn = (text: string) => notices(page).filter({ hasText: text }).locator('button.one-on-ones-undo');
    await undoIn('started your 1:1 with Alex Chen').click();
    await expect.poll(() => peek(page, NOTE)).toBeNull();
    await undoIn('added Alex Chen').click();
    await expect.poll(() => peek(page, PERSON)).toBeNull();
    expect(await page.evaluate(() => (window.harness as Harness).app.vault.getMarkdownFiles().map((f) => f.path))).toEqual([]);
    await expect.poll(() => sidebar.locator('.one-on-ones-due-empty-title').innerText()).toBe('No people in People yet');
    await runCommand(page, 'Open 1:1 overview');
    const overview = page.locator('.one-on-ones-ov');
    await expect.poll(() => overview.locator('.one-on-ones-pv-empty').innerText()).toContain('No people yet.');
    expect(await overview.locator('button[data-add-person]').innerText()).toBe('Add person…');
    await overview.locator('button[data-add-person]').click();
    await modal.waitFor();
    await page.keyboard.press('Escape');
    await modal.waitFor({ state: 'detached' });
    await screenshot(page, 'flow-first-run-overview-empty');
    expect(problems).toEqual([]);
    await page.close();
  });
});

describe('overview name filter', () => {
  it('keeps only the rows whose name holds what is typed, and says so when nobody\'s does', async (context) => {
    requireChromium(context);
    const { page, problems } = await open({ note: PRIYA, height: 900 });
    await runCommand(page, 'Open 1:1 overview');
    const overview = page.locator('.one-on-ones-ov');
    const names = () => overview.locator('tbody td.mod-name').allInnerTexts();
    await expect.poll(() => overview.locator('tbody tr').count()).toBe(9);
    const everyone = await names();

    const filter = overview.getByRole('searchbox', { name: 'Filter by name' });
    await filter.click();
    await page.keyboard.type('an');
    const matching = everyone.filter((name) => name.toLowerCase().includes('an'));
    expect(matching.sort()).toEqual(['Daniel Kowalczyk', 'Hannah Lindqvist', 'Kenji Watanabe', 'Oliver Brandt', 'Priya Raman']);
    await expect.poll(async () => (await names()).sort()).toEqual(matching);
    expect(await overview.locator('.one-on-ones-ov-bar .one-on-ones-ov-muted').innerText()).toBe('5 of 9 people');
    // Typing redraws the table: the filter keeps the focus and what was typed.
    expect(await filter.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.type('n');
    await expect.poll(() => names()).toEqual(['Hannah Lindqvist']);
    await screenshot(page, 'flow-overview-filter');

    await page.keyboard.press('Control+a');
    await page.keyboard.type('Zed');
    await expect.poll(() => overview.locator('tbody tr').count()).toBe(0);
    expect(await overview.locator('.one-on-ones-pv-empty').innerText()).toBe('No name holds "Zed".');
    expect(await overview.locator('.one-on-ones-ov-bar .one-on-ones-ov-muted').innerText()).toBe('0 of 9 people');
    await screenshot(page, 'flow-overview-filter-nobody');

    await page.keyboard.press('Control+a');
    await page.keyboard.press('Backspace');
    await expect.poll(() => overview.locator('tbody tr').count()).toBe(9);
    expect(problems).toEqual([]);
    await page.close();
  });
});

describe('"Not covered" question chips', () => {
  it('a chip opens the picker on its category; Ctrl+Enter queues and stays, Enter queues and closes; both land under "## Next 1:1"', async (context) => {
    requireChromium(context);
    const { page, problems } = await open({ note: PRIYA, height: 1000 });
    await runCommand(page, 'Open 1:1 view for this person');
    const view = page.locator('.one-on-ones-pv:visible');
    await expect.poll(() => view.locator('.one-on-ones-pv-name').innerText()).toBe('Priya Raman');
    const questions = view.locator('.one-on-ones-pv-questions');
    await questions.scrollIntoViewIfNeeded();
    const uncovered = questions.locator('h4', { hasText: 'Not covered in 60 days' }).locator('xpath=..');
    const chips = uncovered.getByRole('button');
    expect(await chips.count()).toBeGreaterThan(1);
    const chip = chips.first();
    const label = await chip.innerText();
    const id = await chip.getAttribute('data-question-category');
    expect(id).not.toBeNull();
    await screenshot(page, 'flow-questions-chips');

    await chip.click();
    const modal = page.locator('.modal.one-on-ones-question-modal');
    const input = modal.locator('input.prompt-input');
    await input.waitFor();
    expect(await input.inputValue()).toBe(`#${id} `);
    expect(await input.evaluate((el) => el === document.activeElement)).toBe(true);
    const rows = modal.locator('.suggestion-item');
    await expect.poll(() => rows.count()).toBeGreaterThan(1);
    expect(new Set(await modal.locator('.one-on-ones-question-category').allInnerTexts())).toEqual(new Set([label]));
    const titles = await rows.locator('.suggestion-title').allInnerTexts();
    // Each question's category sits at the right of its first line ("quiet, on one line", as the
    // styles say), not under a long question, where it reads as the heading of the rows below it.
    expect.soft(await categoryLabelsOffTheirLine(modal), 'category labels wrapped under their question').toEqual([]);

    // Ctrl+Enter queues the first question and keeps the picker open; its row then says "queued".
    const firstQuestion = titles[0] ?? '';
    await page.keyboard.press('Control+Enter');
    expect(await modal.count()).toBe(1);
    const firstRow = rows.filter({ has: page.locator('.suggestion-title', { hasText: firstQuestion }) });
    await expect.poll(() => firstRow.locator('.one-on-ones-question-in-note').innerText()).toBe('queued');
    await expect.poll(() => peek(page, PRIYA)).toContain(`- ${firstQuestion}\n`);
    await screenshot(page, 'flow-questions-queued');

    // Down to the next one that is not queued yet, then Enter queues it and closes the picker.
    const secondQuestion = titles[1] ?? '';
    await expect.poll(() => modal.locator('.suggestion-item.is-selected .suggestion-title').innerText()).toBe(firstQuestion);
    await page.keyboard.press('ArrowDown');
    expect(await modal.locator('.suggestion-item.is-selected .suggestion-title').innerText()).toBe(secondQuestion);
    await page.keyboard.press('Enter');
    await modal.waitFor({ state: 'detached' });

    await expect.poll(() => peek(page, PRIYA)).toContain(`- ${secondQuestion}\n`);
    const text = (await peek(page, PRIYA)) ?? '';
    const queue = text.split(/^## Next 1:1\n/m)[1]?.split(/^## /m)[0] ?? '';
    expect(queue.trim().split('\n')).toEqual([...PRIYA_POINTS, firstQuestion, secondQuestion].map((point) => `- ${point}`));
    // The view lists them among the talking points.
    await expect.poll(() => view.locator('.one-on-ones-pv-point-text').allInnerTexts()).toEqual([...PRIYA_POINTS, firstQuestion, secondQuestion]);
    await view.locator('.one-on-ones-pv-points').scrollIntoViewIfNeeded();
    await page.mouse.move(0, 0);
    await screenshot(page, 'flow-questions-in-note');
    expect(problems).toEqual([]);
    await page.close();
  });
});
