import type { CadenceState } from '../cadence/cadence-rules';
import { problemLine, unattributedNotes, type ProblemLine, type ProblemSource, type UnattributedNote } from '../index/problem-lines';
import type { PersonStatus } from '../cadence/urgency';

/** The groups of the "1:1s due" sidebar, in the order they are shown. */
export type DueSectionId =
  | 'today'
  | 'overdue'
  | 'due'
  | 'due-soon'
  | 'never-met'
  | 'cancelled'
  | 'needs-attention'
  | 'on-track'
  | 'no-cadence'
  | 'paused';

export interface DueSection {
  readonly id: DueSectionId;
  readonly title: string;
  readonly people: readonly PersonStatus[];
  /** Meeting notes that belong to nobody: only in "Needs attention", after the people. */
  readonly notes: readonly UnattributedNote[];
  /** Shown only with "Show everyone": these people need nothing from you right now. */
  readonly quiet: boolean;
}

export interface DueSections {
  /** Non-empty sections only, in display order; quiet ones only when asked for. */
  readonly sections: readonly DueSection[];
  /** People (and notes) per section, hidden ones included, for the header. */
  readonly counts: Readonly<Record<DueSectionId, number>>;
  /** Each listed person's problems, by person path; people without any are absent. */
  readonly problems: ReadonlyMap<string, readonly ProblemLine[]>;
  /** How many people the quiet sections hold (shown or not), for the "Show everyone" toggle. */
  readonly quietCount: number;
  readonly total: number;
}

const SECTIONS: readonly { id: DueSectionId; title: string; quiet: boolean }[] = [
  { id: 'today', title: 'Today', quiet: false },
  { id: 'overdue', title: 'Overdue', quiet: false },
  { id: 'due', title: 'Due', quiet: false },
  { id: 'due-soon', title: 'Due soon', quiet: false },
  { id: 'never-met', title: 'Never met', quiet: false },
  { id: 'cancelled', title: 'Cancelled and not rescheduled', quiet: false },
  { id: 'needs-attention', title: 'Needs attention', quiet: false },
  { id: 'on-track', title: 'On track', quiet: true },
  { id: 'no-cadence', title: 'No cadence', quiet: true },
  { id: 'paused', title: 'Paused', quiet: true },
];

const BY_STATE: Readonly<Record<CadenceState, DueSectionId>> = {
  overdue: 'overdue',
  due: 'due',
  'due-soon': 'due-soon',
  'never-met': 'never-met',
  'invalid-cadence': 'needs-attention',
  'on-track': 'on-track',
  'no-cadence': 'no-cadence',
  paused: 'paused',
};

/**
 * Where a person is listed. Each person appears once: someone with a 1:1 note dated today is under
 * "Today", whatever else is true of them, as that note is what they need now. A cancellation that was never rescheduled
 * is flagged beside the state, so someone already overdue or due stays there (the flag shows on the
 * row); it earns its own section only for people who would otherwise look fine (on track, or with
 * no cadence to warn about them). Problems in their notes work the same way: a marker on the row
 * where they are, and "Needs attention" for anyone who would otherwise be quiet, paused included,
 * because a mistyped value can hide a person who should not be hidden.
 */
export function sectionOf(status: PersonStatus, problemCount = 0): DueSectionId {
  if (status.today !== null) return 'today';
  const section = BY_STATE[status.cadence.state];
  const quiet = section === 'on-track' || section === 'no-cadence' || section === 'paused';
  if (quiet && section !== 'paused' && status.cadence.cancelledNotRescheduled !== null) return 'cancelled';
  return quiet && problemCount > 0 ? 'needs-attention' : section;
}

/** Where the problems are the reason a person is listed, the row shows them without a click. */
export function problemsOpenAtFirst(section: DueSectionId): boolean {
  return section === 'needs-attention';
}

const NO_PROBLEMS: ProblemSource = { problemsOf: () => [], unattributedProblems: () => [] };

/**
 * Groups people, already sorted most urgent first (see `peopleByUrgency`), into the sidebar's
 * sections; the order within a section is the order given, so "Overdue" stays most late first.
 * `source` (the index) adds each person's problems and the meeting notes that belong to nobody.
 */
export function dueSections(statuses: readonly PersonStatus[], showEveryone: boolean, source: ProblemSource = NO_PROBLEMS): DueSections {
  const grouped = new Map<DueSectionId, PersonStatus[]>(SECTIONS.map((s) => [s.id, []]));
  const problems = new Map<string, readonly ProblemLine[]>();
  for (const status of statuses) {
    const lines = source.problemsOf(status.person.path).map(problemLine);
    if (lines.length > 0) problems.set(status.person.path, lines);
    grouped.get(sectionOf(status, lines.length))?.push(status);
  }
  const notes = unattributedNotes(source.unattributedProblems());
  const notesOf = (id: DueSectionId) => (id === 'needs-attention' ? notes : []);
  const counts = Object.fromEntries(SECTIONS.map((s) => [s.id, (grouped.get(s.id)?.length ?? 0) + notesOf(s.id).length])) as Record<DueSectionId, number>;
  const sections = SECTIONS.filter((s) => (showEveryone || !s.quiet) && counts[s.id] > 0).map((s) => ({ ...s, people: grouped.get(s.id) ?? [], notes: notesOf(s.id) }));
  const quietCount = SECTIONS.filter((s) => s.quiet).reduce((sum, s) => sum + counts[s.id], 0);
  return { sections, counts, problems, quietCount, total: statuses.length };
}

/** The header's summary: "1 overdue · 2 due · 1 due soon", or null when nobody needs a 1:1. */
export function dueSummary(counts: Readonly<Record<DueSectionId, number>>): string | null {
  const parts: string[] = [];
  const add = (count: number, label: string) => {
    if (count > 0) parts.push(`${count} ${label}`);
  };
  add(counts.today, 'today');
  add(counts.overdue, 'overdue');
  add(counts.due, 'due');
  add(counts['due-soon'], 'due soon');
  add(counts['never-met'], 'never met');
  add(counts.cancelled, 'cancelled');
  add(counts['needs-attention'], counts['needs-attention'] === 1 ? 'needs attention' : 'need attention');
  return parts.length === 0 ? null : parts.join(' · ');
}
