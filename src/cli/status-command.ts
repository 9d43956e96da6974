import { cadenceDays, formatCadence } from '../core/cadence';
import type { CalendarDay } from '../core/dates';
import { peopleByUrgency, type PersonStatus } from '../core/urgency';
import type { FsVault } from './fs-vault';
import { paint, table, type Output } from './output';

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
}

export function statusRow(status: PersonStatus): StatusRow {
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
  };
}

const STATE_COLOR = { overdue: 'red', due: 'yellow', 'due-soon': 'cyan', 'never-met': 'yellow', 'invalid-cadence': 'red', 'on-track': 'green' } as const;

/** Everyone with a cadence (or a cadence that can't be read), most urgent first. */
export function runStatus(vault: FsVault, today: CalendarDay, json: boolean, output: Output): void {
  const rows = peopleByUrgency(vault.index, today, vault.settings.dueSoonDays)
    .filter((s) => s.person.cadence.status !== 'missing')
    .map(statusRow);
  if (json) return output.out(JSON.stringify(rows, null, 2));
  const header = ['Name', 'Role', 'Cadence', 'Last 1:1', 'Next due', 'State', 'Open (theirs/mine)'].map((h) => paint(output, 'bold', h));
  const body = rows.map((row) => {
    const color = STATE_COLOR[row.state as keyof typeof STATE_COLOR] ?? 'dim';
    const state = row.daysOverdue ? `${row.state} (${row.daysOverdue} d)` : row.state;
    const flag = row.cancelledNotRescheduled ? ` · cancelled ${row.cancelledNotRescheduled}, not rescheduled` : '';
    return [row.name, row.role ?? '', row.cadence ?? '?', row.lastMet ?? '–', row.nextDue ?? '–', paint(output, color, state) + flag, `${row.openActions.theirs}/${row.openActions.mine}`];
  });
  output.out(table([header, ...body]));
}
