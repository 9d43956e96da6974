import { type App, Notice, parseYaml } from 'obsidian';
import type { CalendarDay } from '../../core/calendar/dates';
import { defaultSnoozeUntil, parseSnoozeDate } from '../../core/cadence/snooze';
import { withPaused } from '../../core/people/paused-property';
import type { PersonStatus } from '../../core/cadence/urgency';
import { openNoteByPath } from '../ui/open-note';
import type { LineWriter } from '../platform/line-writer';
import { PromptModal } from '../ui/prompt-modal';
import { offerUndo } from '../ui/undo-notice';

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

/**
 * Writes the person's `paused` property through the one writer, on its own line: the day to snooze
 * until, or none (every `paused` key taken out) to resume; the notice offers Undo.
 */
async function writePaused(writer: LineWriter, status: PersonStatus, until: CalendarDay | null): Promise<void> {
  const { path, name } = status.person;
  const recording = writer.recording();
  let problem = '';
  const result = await recording.rewrite(path, (text) => {
    const changed = withPaused(text, until, parseYaml);
    problem = 'problem' in changed ? changed.problem : '';
    return 'problem' in changed ? null : changed.text;
  });
  const failed = result === 'refused' ? `${path}: ${problem}; nothing was changed.` : typeof result === 'object' ? result.failed : null;
  if (result === 'written') await writer.saveNow(path);
  if (result === 'missing') gone(path);
  else if (result === 'written') offerUndo(`One-on-ones: 1:1s with ${name} ${until === null ? 'are back on their cadence' : `are snoozed until ${until}`}.`, recording);
  else if (failed !== null) new Notice(`One-on-ones: could not ${until === null ? 'resume' : 'snooze'} ${name}. ${failed}`);
}

/** Asks for a day, then snoozes the person's 1:1s until it. */
export function snoozePerson(app: App, writer: LineWriter, status: PersonStatus, today: CalendarDay): void {
  const { name } = status.person;
  const suggested = defaultSnoozeUntil(today);
  new PromptModal<CalendarDay>(app, {
    title: `Snooze 1:1s with ${name}`,
    intro: 'No 1:1 is expected until this day. It is saved in the person note as the paused property.',
    fields: [{ name: 'Until', desc: `A date after today, written like ${suggested}.`, placeholder: suggested, value: suggested }],
    submitText: 'Snooze',
    cancel: true,
    read: ([until = '']) => {
      const parsed = parseSnoozeDate(until, today);
      return 'problem' in parsed ? parsed : { value: parsed.day };
    },
    onSubmit: (day) => void writePaused(writer, status, day),
  }).open();
}

/** Takes the `paused` property out of the person note, so their cadence counts again. */
export function resumePerson(writer: LineWriter, status: PersonStatus): Promise<void> {
  return writePaused(writer, status, null);
}
