import type { CalendarDay } from '../calendar/dates';
import { runQuery } from '../query/evaluate-query';
import type { VaultIndex } from '../index/vault-index';
import type { ActionRow } from '../query/action-rows';
import { UsageError } from './args';
import type { IndexedVault } from './status-command';
import { jsonText, paint, type Output } from './output';

/** The documented JSON contract of `actions --json`. */
export interface ActionJson {
  readonly text: string;
  readonly status: string;
  /** `me`, the owner's name, or null when nobody owns it. */
  readonly owner: string | null;
  readonly due: string | null;
  /** The person the meeting is with (the first, for a group meeting). */
  readonly person: string | null;
  /** The meeting note's vault path. */
  readonly meeting: string;
  /** In a running note, the heading text of the meeting's section; null for a note that is one meeting. */
  readonly section: string | null;
  /** 0-based line of the task in the meeting note. */
  readonly line: number;
  /** Days since it was first written down (carried items: where they began); null when nothing dates it. */
  readonly age: number | null;
}

function toJson(index: VaultIndex, row: ActionRow): ActionJson {
  const { item, meetingPath, owner } = row.action;
  const personPath = row.meeting?.peoplePaths[0];
  return {
    text: item.text,
    status: item.state,
    owner: owner.kind === 'me' ? 'me' : owner.kind === 'person' ? (index.getPerson(owner.path)?.name ?? owner.path) : null,
    due: item.due,
    person: personPath === undefined ? null : (index.getPerson(personPath)?.name ?? null),
    meeting: meetingPath,
    section: row.meeting?.meeting.section?.heading ?? null,
    line: item.line,
    age: row.ageDays,
  };
}

/** Runs a `1on1` rollup query over the vault; problems are a user error naming line and fix. */
export function runActions(vault: IndexedVault, source: string, today: CalendarDay, json: boolean, output: Output): void {
  const result = runQuery(vault.index, source, { today, sourcePath: '', dueSoonDays: vault.settings.dueSoonDays });
  if (result.kind === 'problems') throw new UsageError(result.problems.map((p) => `line ${p.line}: ${p.message}`).join('\n'));
  if (result.kind !== 'actions') {
    throw new UsageError(`the actions command lists action items, not ${result.kind}: use "show: actions" or leave "show:" out`);
  }
  const rows = result.groups.flatMap((group) => group.rows.map((row) => toJson(vault.index, row)));
  if (json) return output.out(jsonText(rows));
  for (const group of result.groups) {
    if (group.title !== '') output.out(paint(output, 'bold', group.title));
    for (const row of group.rows) {
      const item = toJson(vault.index, row);
      const due = item.due ? ` ${paint(output, row.dueState === 'overdue' ? 'red' : 'dim', `due ${item.due}`)}` : '';
      output.out(`  - [${row.action.item.status}] ${item.text}${due} ${paint(output, 'dim', `${item.meeting}:${item.line + 1}`)}`);
    }
  }
  if (rows.length === 0) output.out('No action items match.');
}
