import type { CadenceState } from '../cadence/cadence-rules';
import { dayCount } from '../calendar/day-text';
import type { PersonStatus } from '../cadence/urgency';
import type { ActionRow } from './action-rows';
import type { QueryResult } from './evaluate-query';
import type { MeetingRow } from './evaluate-lists';

const STATE_LABELS: Record<CadenceState, string> = {
  overdue: 'Overdue',
  due: 'Due',
  'due-soon': 'Due soon',
  'never-met': 'Never met',
  'invalid-cadence': 'Cadence unreadable',
  'on-track': 'On track',
  'no-cadence': 'No cadence',
  paused: 'Paused',
};

/** "Overdue · 14 days", "Due soon", as the people table and its copy show a state. */
export function stateLabel(status: PersonStatus): string {
  const label = STATE_LABELS[status.cadence.state];
  const late = status.cadence.daysOverdue;
  return late !== null && late > 0 ? `${label} · ${dayCount(late)}` : label;
}

export const PEOPLE_COLUMNS = ['Person', 'Role', 'State', 'Last 1:1', 'Next due', 'Open: theirs / mine'] as const;

/** The people table's cells after the person's name, shared by the block and its copy. */
export function personCells(status: PersonStatus): string[] {
  const { cadence, person, open } = status;
  return [person.role ?? '', stateLabel(status), cadence.lastMet ?? '–', cadence.nextDue ?? '–', `${open.theirs} / ${open.mine}`];
}

/** "Priya Raman · 2026-10-30 · held · 3 open", a meeting as a list line. */
export function meetingLine(row: MeetingRow): string {
  const { meeting } = row.meeting;
  const parts = [row.people.join(', ') || 'No person', meeting.date ?? 'undated'];
  if (meeting.status !== 'held') parts.push(meeting.status);
  if (row.openCount > 0) parts.push(`${row.openCount} open`);
  return parts.join(' · ');
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
export function resultAsMarkdown(result: QueryResult): string {
  switch (result.kind) {
    case 'problems':
      return result.problems.map((p) => `- ${p.line > 0 ? `line ${p.line}: ` : ''}${p.message}`).join('\n');
    case 'actions':
      return result.groups
        .map((group) => [...(group.title ? [`**${group.title}**`, ''] : []), ...group.rows.map(taskLine)].join('\n'))
        .join('\n\n');
    case 'people': {
      const header = `| ${PEOPLE_COLUMNS.join(' | ')} |\n|${PEOPLE_COLUMNS.map(() => '---').join('|')}|`;
      const rows = result.rows.map((status) => `| ${[status.person.name, ...personCells(status)].map(cell).join(' | ')} |`);
      return [header, ...rows].join('\n');
    }
    case 'meetings':
      return result.rows.map((row) => `- ${meetingLine(row)}`).join('\n');
  }
}
