import { type App, Notice } from 'obsidian';
import type { CalendarDay } from '../core/dates';
import { EXAMPLE_PERSON_TEXT, examplePersonPath } from '../core/example-person';
import type { PersonStatus } from '../core/urgency';
import { openNoteByPath } from './due-sidebar-host';
import { SnoozeModal } from './snooze-modal';

function gone(path: string): void {
  new Notice(`One-on-ones: ${path} no longer exists.`);
}

/** Opens the person's most recent meeting note dated today or earlier. */
export async function openLastNote(app: App, status: PersonStatus, newTab: boolean): Promise<void> {
  const path = status.lastMeeting?.meeting.path;
  if (path === undefined) {
    new Notice(`One-on-ones: there is no meeting note with ${status.person.name} yet.`);
    return;
  }
  if (!(await openNoteByPath(app, path, newTab))) gone(path);
}

/** The `paused` key as the note writes it: properties are case-insensitive, so `Paused` is reused. */
function pausedKey(frontmatter: Record<string, unknown>): string {
  return Object.keys(frontmatter).find((key) => key.toLowerCase() === 'paused') ?? 'paused';
}

/** Asks for a day, then writes it to the person's `paused` property through processFrontMatter. */
export function snoozePerson(app: App, status: PersonStatus, today: CalendarDay): void {
  const { path, name } = status.person;
  new SnoozeModal(app, name, today, async (day) => {
    const file = app.vault.getFileByPath(path);
    if (!file) return gone(path);
    try {
      await app.fileManager.processFrontMatter(file, (frontmatter: Record<string, unknown>) => {
        frontmatter[pausedKey(frontmatter)] = day;
      });
      new Notice(`One-on-ones: 1:1s with ${name} are snoozed until ${day}.`);
    } catch (error) {
      // processFrontMatter refuses properties it cannot parse; the note is left as it was.
      console.warn(`One-on-ones: could not snooze ${path}`, error);
      new Notice(`One-on-ones: could not snooze ${name}: the properties of ${path} could not be read. Nothing was changed.`);
    }
  }).open();
}

/** Creates an example person in the people folder (never over an existing note) and opens it. */
export async function createExamplePerson(app: App, folder: string): Promise<void> {
  if (!app.vault.getFolderByPath(folder)) await app.vault.createFolder(folder);
  const path = examplePersonPath(folder, (candidate) => app.vault.getAbstractFileByPath(candidate) !== null);
  const file = await app.vault.create(path, EXAMPLE_PERSON_TEXT);
  await app.workspace.getLeaf(false).openFile(file);
}
