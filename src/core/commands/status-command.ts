import { cadenceDays, formatCadence } from '../cadence/cadence';
import type { CalendarDay } from '../calendar/dates';
import { peopleByUrgency, type PersonStatus } from '../cadence/urgency';
import type { VaultIndex } from '../index/vault-index';
import { labeller } from './find-person';
import { DEFAULT_SETTINGS, type Settings } from '../settings/settings';
import { waitingLabel, waitingRows } from '../query/waiting';
import { jsonText, paint, table, type Output } from './output';

/** What the commands read: the Node CLI's vault folder, or the plugin's live index and settings. */
export interface IndexedVault {
  readonly index: VaultIndex;
  readonly settings: Pick<Settings, 'dueSoonDays' | 'waitingDays'>;
}

/** The documented JSON contract of `status --json`. */
export interface StatusRow {
  readonly name: string;
  readonly path: string;
  readonly role: string | null;
  readonly cadence: string | null;
  readonly cadenceDays: number | null;
  readonly lastMet: string | null;
  readonly nextDue: string | null;
  readonly state: string;
  readonly daysOverdue: number | null;
  readonly cancelledNotRescheduled: string | null;
  readonly openActions: { readonly theirs: number; readonly mine: number; readonly unassigned: number };
  /** Their open items first written down at least `waitingDays` (the setting) days ago. */
  readonly waiting: number;
  /** What is wrong in the person's note (bare) and in their meeting notes (`path: problem`). */
  readonly problems: readonly string[];
}

function statusRow(status: PersonStatus, problems: readonly string[], waiting: number): StatusRow {
  const { person, cadence } = status;
  const valid = person.cadence.status === 'valid' ? person.cadence.cadence : null;
  return {
    name: person.name,
    path: person.path,
    role: person.role,
    cadence: valid ? formatCadence(valid) : null,
    cadenceDays: valid ? cadenceDays(valid) : null,
    lastMet: cadence.lastMet,
    nextDue: cadence.nextDue,
    state: cadence.state,
    daysOverdue: cadence.daysOverdue,
    cancelledNotRescheduled: cadence.cancelledNotRescheduled,
    openActions: { ...status.open },
    waiting,
    problems,
  };
}

/** A person's problems as `status --json` lists them: bare when in their own note, else `path: problem`. */
export function problemTexts(index: VaultIndex, personPath: string): string[] {
  return index.problemsOf(personPath).map(({ path, problem }) => (path === personPath ? problem : `${path}: ${problem}`));
}

/** Everyone with a cadence (or one that can't be read), and anyone with a problem to fix, most urgent first. */
export function statusRows(index: VaultIndex, today: CalendarDay, settings: Pick<Settings, 'dueSoonDays' | 'waitingDays'> = DEFAULT_SETTINGS): StatusRow[] {
  return peopleByUrgency(index, today, settings.dueSoonDays).flatMap((status) => {
    const { path } = status.person;
    const problems = problemTexts(index, path);
    const waiting = () => waitingRows(index, path, today, settings.waitingDays).length;
    return status.person.cadence.status !== 'missing' || problems.length > 0 ? [statusRow(status, problems, waiting())] : [];
  });
}

const STATE_COLOR = { overdue: 'red', due: 'yellow', 'due-soon': 'cyan', 'never-met': 'yellow', 'invalid-cadence': 'red', 'on-track': 'green' } as const;

export function runStatus(vault: IndexedVault, today: CalendarDay, json: boolean, output: Output): void {
  const rows = statusRows(vault.index, today, vault.settings);
  if (json) return output.out(jsonText(rows));
  // Two people of the same name are two rows: each shown by its path, as `start` takes them.
  const label = labeller(vault.index.allPeople());
  const header = ['Name', 'Role', 'Cadence', 'Last 1:1', 'Next due', 'State', 'Open (theirs/mine)'].map((h) => paint(output, 'bold', h));
  const body = rows.map((row) => {
    const color = STATE_COLOR[row.state as keyof typeof STATE_COLOR] ?? 'dim';
    const state = row.daysOverdue ? `${row.state} (${row.daysOverdue} d)` : row.state;
    const cancelled = row.cancelledNotRescheduled ? ` · cancelled ${row.cancelledNotRescheduled}, not rescheduled` : '';
    const problems = row.problems.length === 0 ? '' : ` · ${paint(output, 'red', row.problems.length === 1 ? '1 problem' : `${row.problems.length} problems`)}`;
    const flag = cancelled + problems;
    const waiting = waitingLabel(row.waiting, vault.settings.waitingDays);
    const open = `${row.openActions.theirs}/${row.openActions.mine}${waiting === null ? '' : ` · ${paint(output, 'yellow', waiting)}`}`;
    return [label(row), row.role ?? '', row.cadence ?? (row.state === 'no-cadence' ? '–' : '?'), row.lastMet ?? '–', row.nextDue ?? '–', paint(output, color, state) + flag, open];
  });
  output.out(table([header, ...body]));
}
