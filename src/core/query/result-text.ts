import type { CalendarDay } from '../calendar/dates';
import { shortDate } from '../calendar/day-text';
import type { PersonStatus } from '../cadence/urgency';
import { stateChip } from '../view-models/due-row-text';
import type { ActionRow } from './action-rows';
import type { QueryResult } from './evaluate-query';
import type { MeetingRow } from './evaluate-lists';

export const PEOPLE_COLUMNS = ['Person', 'Role', 'State', 'Last 1:1', 'Next due', 'Open: theirs / mine'] as const;

/**
 * The people table's cells after the person's name, shared by the block and its copy: the state as
 * every other surface words it ("14 days overdue", "Next Dec 3"), dates as they read elsewhere.
 */
export function personCells(status: PersonStatus, today: CalendarDay): string[] {
  const { cadence, person, open } = status;
  const day = (value: CalendarDay | null) => (value === null ? '–' : shortDate(value, today));
  return [person.role ?? '', stateChip(status, today).label, day(cadence.lastMet), day(cadence.nextDue), `${open.theirs} / ${open.mine}`];
}

/** What a meeting's line says after its date: "Priya Raman · cancelled · 3 open". */
export function meetingDetails(row: MeetingRow): string {
  const { meeting } = row.meeting;
  const parts = [row.people.join(', ') || 'No person'];
  if (meeting.status !== 'held') parts.push(meeting.status);
  if (row.openCount > 0) parts.push(`${row.openCount} open`);
  return parts.join(' · ');
}

/** "Oct 30 · Priya Raman · cancelled · 3 open", a meeting as a list line. */
export function meetingLine(row: MeetingRow, today: CalendarDay): string {
  const { date } = row.meeting.meeting;
  return `${date === null ? 'Undated' : shortDate(date, today)} · ${meetingDetails(row)}`;
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/[\r\n]+/g, ' ');
}

function taskLine(row: ActionRow): string {
  const { item } = row.action;
  return `- [${item.status}] ${item.text.trim()}`;
}

/**
 * The result as Markdown to paste into a message or another note: tasks as tasks (as written, so
 * they stay Tasks-readable), people as a table, meetings as a list.
 */
export function resultAsMarkdown(result: QueryResult, today: CalendarDay): string {
  switch (result.kind) {
    case 'problems':
      return result.problems.map((p) => `- ${p.line > 0 ? `line ${p.line}: ` : ''}${p.message}`).join('\n');
    case 'actions':
      return result.groups
        .map((group) => [...(group.title ? [`**${group.title}**`, ''] : []), ...group.rows.map(taskLine)].join('\n'))
        .join('\n\n');
    case 'people': {
      const header = `| ${PEOPLE_COLUMNS.join(' | ')} |\n|${PEOPLE_COLUMNS.map(() => '---').join('|')}|`;
      const rows = result.rows.map((status) => `| ${[status.person.name, ...personCells(status, today)].map(cell).join(' | ')} |`);
      return [header, ...rows].join('\n');
    }
    case 'meetings':
      return result.rows.map((row) => `- ${meetingLine(row, today)}`).join('\n');
  }
}
