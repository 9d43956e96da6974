import type { CalendarDay } from '../calendar/dates';
import { noteLink } from '../people/names';
import { withoutMdExtension } from '../markdown/note-paths';
import type { CarryPlan } from './carry-over';
import { formatDate, formatDay } from '../calendar/date-format';
import { plural } from '../calendar/day-text';
import { mergeRequiredProperties, type YamlParser } from './frontmatter-merge';
import { safeFileName } from '../people/safe-names';
import type { QueuedPoint } from '../talking-points/talking-points';
import { usesPlaceholder } from './template';
import { propertiesOf, renderWithProperties } from './template-properties';
import { isOpenState, tasksOf, type ActionItem } from '../tasks/actions';
import { readMarkdown } from '../markdown/markdown-note';
import { DEFAULT_PATH_PATTERN } from '../settings/settings';


export interface MeetingPlanInput {
  readonly personName: string;
  readonly personPath: string;
  /** How a link to the person note reads from the new note, e.g. `Alice Smith` (see `noteLink`). */
  readonly personLinkText: string;
  readonly day: CalendarDay;
  /** The local time now, for `{{time}}` and `{{date:FORMAT}}`. */
  readonly now: Date;
  readonly path: string;
  readonly template: string;
  /** The last 1:1 before this one; `heading` is its section in a running note. */
  readonly previous: { readonly path: string; readonly linkText: string; readonly heading?: string; readonly day: CalendarDay; readonly daysSince: number } | null;
  readonly cadence: string | null;
  readonly agenda: readonly QueuedPoint[];
  readonly carry: CarryPlan;
  /** Talking points not reached in earlier 1:1s: first on the agenda. */
  readonly points: CarryPlan;
  readonly questions: readonly string[];
  /** `{{waiting}}`: their items waiting on them, as plain lines (see `waitingLines`). */
  readonly waiting: readonly string[];
  readonly meetingTag: string;
  readonly actionsHeading: string;
  readonly agendaHeading: string;
  /** A 1:1 written ahead of its day: its note says `status: planned`. */
  readonly planned: boolean;
  /** Why the agenda must be a plain list even where the template puts it under its heading. */
  readonly agendaAsList?: string;
  readonly parseYaml: YamlParser;
}

export interface MeetingPlan {
  readonly path: string;
  readonly content: string;
  /** What the note carries: the input's plan, or nothing when the note cannot hold it as tasks. */
  readonly carry: CarryPlan;
  /** The talking points it carries: the input's, or nothing when its agenda is not under the agenda heading. */
  readonly points: CarryPlan;
  /** Things the user should hear about, e.g. a template whose properties could not be read. */
  readonly problems: readonly string[];
}

/**
 * Where a new meeting note goes: the pattern (`{{person}}`, `{{date}}`, `{{date:FORMAT}}`) inside the
 * meetings folder, each part made safe on every platform, so no name can lead out of the folder.
 * `copy` (2, 3, …) names the note that takes a taken name.
 */
export function meetingPathFor(pattern: string, folder: string, personName: string, day: CalendarDay, copy = 1): string {
  // Placeholders first: a date format may hold a `/` (`{{date:YYYY/MM-DD}}`), which makes folders.
  const filled = withoutMdExtension(pattern.trim() || DEFAULT_PATH_PATTERN)
    .replace(/\{\{\s*(person|date)(?::([^}]*))?\s*\}\}/g, (_whole, name: string, format: string | undefined) => {
      if (name === 'person') return safeFileName(personName);
      return format === undefined ? day : formatDay(day, format.trim());
    });
  const parts = filled
    .split('/')
    .filter((part) => part.trim() !== '')
    .map(safeFileName);
  if (parts.length === 0) parts.push(safeFileName(day));
  if (copy > 1) parts[parts.length - 1] = `${parts[parts.length - 1] ?? day} ${copy}`;
  return `${folder}/${parts.join('/')}.md`;
}

/** Queued points for the agenda: as checkboxes to tick when discussed, or as written (`boxes` false). */
function pointLines(points: readonly QueuedPoint[], boxes: boolean): string[] {
  // A point queued as a checkbox keeps its tick.
  const box = (text: string) => `- [${/^\[(.)\][ \t]/.exec(text)?.[1] ?? ' '}] ${text.replace(/^\[.\][ \t]+/, '')}`;
  return points.flatMap((point) => point.lines.map((line, i) => (i > 0 ? line : boxes ? box(point.text) : line.trimStart())));
}

function carriedLines(carry: CarryPlan): string[] {
  if (carry.stale === 0) return [...carry.lines];
  const [items, them] = carry.stale === 1 ? ['1 item has', 'it'] : [`${carry.stale} items have`, 'them'];
  return [`> [!warning] ${items} been carried 3 times or more: do ${them}, hand ${them} over, or drop ${them}.`, '', ...carry.lines];
}

/** Puts lines under `## heading` when the template has no placeholder for them; adds the section if missing. */
function placeUnder(note: string, heading: string, lines: readonly string[]): string {
  if (lines.length === 0) return note;
  const rows = note.split('\n');
  const at = rows.findIndex((row) => row.replace(/^#+\s*/, '').trim().toLowerCase() === heading.toLowerCase() && /^#{1,6}\s/.test(row));
  if (at < 0) return `${note.replace(/\n*$/, '')}\n\n## ${heading}\n${lines.join('\n')}\n`;
  rows.splice(at + 1, 0, ...lines);
  return rows.join('\n');
}

/** Placeholders that fill in lines, which no property can hold: in the properties they are left empty. */
const LINES_ONLY = ['agenda', 'carried_actions', 'questions', 'waiting'];
const NOTHING_CARRIED: CarryPlan = { lines: [], items: [], marks: [], count: 0, stale: 0 };

/** Whether the note reads every carried item as an open action item (a code block or comment holds none). */
function holds(note: string, heading: string, carry: CarryPlan): boolean {
  return holdsAll(tasksOf(readMarkdown(note), heading).actions, carry.items);
}

/** Whether each item's first line is among the open tasks, each task standing for one item. */
function holdsAll(tasks: readonly ActionItem[], items: readonly { readonly lines: readonly string[] }[]): boolean {
  const open = tasks.filter((task) => isOpenState(task.state)).map((task) => task.text);
  return items.every((item) => {
    const text = tasksOf(readMarkdown(item.lines[0] ?? ''), '').actions[0]?.text;
    const at = text === undefined ? -1 : open.indexOf(text);
    if (at !== -1) open.splice(at, 1);
    return at !== -1;
  });
}

/**
 * The new meeting note: template filled, queued points as agenda, open items carried, properties set.
 * Carried items the note would not read as open tasks go under the actions heading instead; if even
 * there they would not, nothing is carried (the plan's `carry` says what is), so each item stays open
 * where it is.
 */
export function planMeetingNote(input: MeetingPlanInput): MeetingPlan {
  const template = input.template.replace(/\r\n?/g, '\n');
  const properties = propertiesOf(template);
  const body = template.slice(properties.length);
  const personLink = noteLink(input.personPath, input.personLinkText);
  const { previous } = input;
  const values = {
    person: input.personName,
    person_link: personLink,
    date: input.day,
    time: formatDate(input.now, 'HH:mm'),
    previous: previous ? noteLink(previous.path, previous.linkText, formatDay(previous.day, 'MMM D'), previous.heading) : 'none yet',
    days_since: previous ? String(previous.daysSince) : '–',
    since_previous: previous ? `Previous 1:1: ${noteLink(previous.path, previous.linkText, formatDay(previous.day, 'MMM D'), previous.heading)} (${plural(previous.daysSince, 'day')} ago)` : 'First 1:1',
    cadence: input.cadence ?? 'none',
    questions: input.questions.join('\n'),
    waiting: input.waiting.join('\n'),
  };
  // `agendaInPlace` false: the template's {{agenda}} would hide it (a code block, a comment), so it goes under the heading.
  const fill = (carry: CarryPlan, inPlace: boolean, agenda: readonly string[], blank: string, agendaInPlace = true): string => {
    const carried = carriedLines(carry);
    const placed = inPlace && usesPlaceholder(body, 'carried_actions');
    const agendaPlaced = agendaInPlace && usesPlaceholder(body, 'agenda');
    const filled = { ...values, agenda: !agendaPlaced ? '' : agenda.length > 0 ? agenda.join('\n') : blank, carried_actions: !placed ? '' : carried.length > 0 ? carried.join('\n') : '- [ ] ' };
    let note = renderWithProperties(template, filled, input.now, LINES_ONLY);
    if (!agendaPlaced) note = placeUnder(note, input.agendaHeading, agenda);
    if (!placed) note = placeUnder(note, input.actionsHeading, carried);
    return note;
  };
  const problems: string[] = [];
  const inProperties = LINES_ONLY.filter((name) => usesPlaceholder(properties, name)).map((name) => `{{${name}}}`);
  if (inProperties.length > 0) {
    problems.push(`the template's properties hold ${inProperties.join(' and ')}, which only the note's body can hold, so they are empty there`);
  }
  let carry = input.carry;
  const heading = input.agendaHeading;
  // The agenda: points not reached last time first, then the queued ones, as checkboxes to tick; but
  // where the template's agenda is not under the agenda heading, boxes would be action items.
  const boxed = [...input.points.lines, ...pointLines(input.agenda, true)];
  const firstLines = [...input.points.items.map((item) => item.lines), ...pointLines(input.agenda, true).filter((line) => /^- \[ \] \S/.test(line)).map((line) => [line])];
  // Where the agenda would land is tried with its points, or with one made up when it has none.
  const probe = firstLines.length > 0 ? boxed : ['- [ ] probe'];
  const probed = tasksOf(readMarkdown(fill(carry, true, probe, '')), heading);
  const wanted = (firstLines.length > 0 ? firstLines : [probe]).map((lines) => ({ lines }));
  // Where the template's {{agenda}} is not read as a list at all, the points would be out of sight.
  const hidden = !holdsAll([...probed.points, ...probed.actions], wanted);
  const underHeading = input.agendaAsList === undefined && (hidden || holdsAll(probed.points, wanted));
  const points = underHeading ? input.points : NOTHING_CARRIED;
  const agenda = underHeading ? boxed : pointLines(input.agenda, false);
  const blank = underHeading ? '- [ ] ' : '- ';
  if (hidden && usesPlaceholder(body, 'agenda')) {
    problems.push(`the template puts {{agenda}} where the note would not show it (in a code block or a comment): the talking points went under "${heading}"`);
  } else if (!underHeading && boxed.length > 0) {
    const why = input.agendaAsList ?? `the template puts {{agenda}} where the note would not read it as under its "${heading}" heading`;
    problems.push(`${why}, so the talking points went in as a plain list, and points not reached in earlier 1:1s stay where they are`);
  }
  const withAgenda = (carried: CarryPlan, inPlace: boolean) => fill(carried, inPlace, agenda, blank, !hidden);
  let note = withAgenda(carry, true);
  if (!holds(note, heading, carry)) {
    note = withAgenda(carry, false);
    const where = `the template puts {{carried_actions}} where the note would not read them as open tasks (in a code block, a comment, under the agenda heading or after other text)`;
    if (holds(note, heading, carry)) problems.push(`${where}: the carried items went under "${input.actionsHeading}"`);
    else {
      carry = NOTHING_CARRIED;
      note = withAgenda(carry, true);
      problems.push(`${where}, and so is its "${input.actionsHeading}" heading: nothing was carried, and open items stay where they are`);
    }
  }
  const merged = mergeRequiredProperties(
    note,
    { person: JSON.stringify(personLink), date: input.day, tag: input.meetingTag, ...(input.planned ? { status: 'planned' } : {}) },
    input.parseYaml,
  );
  if (merged.problem) problems.push(`the template's properties are ${merged.problem}; the note got fresh properties`);
  return { path: input.path, content: merged.text, carry, points, problems };
}
