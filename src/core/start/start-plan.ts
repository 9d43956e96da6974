import { isOpenState } from '../tasks/actions';
import { formatCadence } from '../cadence/cadence';
import { dayOfDate, daysBetween, type CalendarDay } from '../calendar/dates';
import type { Person } from '../people/people';
import type { Settings } from '../settings/settings';
import type { PlannedEdit } from '../tasks/task-edit';
import type { VaultIndex } from '../index/vault-index';
import { planCarryOver, type CarriedItem, type CarrySource } from './carry-over';
import type { YamlParser } from './frontmatter-merge';
import { meetingPathFor, planMeetingNote } from './meeting-plan';
import { isInsideFolder } from '../people/safe-names';
import { readQueue, type QueuedPoint } from '../talking-points/talking-points';
import { builtInTemplate } from './template';
import { noteLink } from '../people/names';
import { runningSections } from '../meetings/running-note';
import { insertedLineCount, runningNotePath, sectionLines, sectionPlace, shiftedEdits, shiftedPoints, type SectionPlace } from './running-plan';
import type { Meeting } from '../meetings/meetings';
import { frontmatterYaml, readMarkdown } from '../markdown/markdown-note';
import { readProperty } from '../markdown/frontmatter';
import { waitingLines, waitingRows } from '../query/waiting';

/** What planning a new meeting note reads from the vault; the plugin and the CLI each provide it. */
export interface StartHost {
  readonly index: VaultIndex;
  readonly settings: Settings;
  readonly parseYaml: YamlParser;
  /** The note's text, or null when there is no such note. */
  read(path: string): Promise<string | null>;
  /** Whether a file or folder exists at the path. */
  exists(path: string): boolean;
  /**
   * How a link from `fromPath` to the note at `targetPath` reads: Obsidian's `fileToLinktext`, the
   * name, or the path when the name is not unique. `noteLink` turns it into the link written.
   */
  linkText(targetPath: string, fromPath: string): string;
  /** Why the note must not be written (read-only, not UTF-8), or null when it may be. */
  unwritable(path: string): string | null;
  /** The path of the template a `template` property or setting names, or null when none matches. */
  findTemplate(wanted: string, personPath: string): string | null;
  questionsFor(person: Person): string[];
}

export type StartPlan =
  /** Today's 1:1 is written already: `heading` is its section in a running note. */
  | { readonly kind: 'existing'; readonly path: string; readonly heading?: string }
  | {
      /** Today's section, to put into the person's running note (`create`: a new note holding it). */
      readonly kind: 'insert';
      readonly path: string;
      readonly create: boolean;
      readonly place: SectionPlace;
      /** Where the section goes is found again in the note as it is when written (see `sectionPlace`). */
      readonly newestFirst: boolean;
      readonly lines: readonly string[];
      /** Today: the heading of the new section. */
      readonly heading: CalendarDay;
      /** How many sections of the day the note held when planned (planned, cancelled): one more written meanwhile is the day's 1:1. */
      readonly sameDay: number;
      readonly marks: readonly PlannedEdit[];
      readonly carried: readonly CarriedItem[];
      readonly dequeue: readonly QueuedPoint[];
      readonly problems: readonly string[];
    }
  | {
      readonly kind: 'create';
      readonly path: string;
      readonly content: string;
      /** `[>]` edits of the earlier copies of carried items, to apply after the note is written. */
      readonly marks: readonly PlannedEdit[];
      /** The carried items with their marks, to take out of the note when none of their marks lands. */
      readonly carried: readonly CarriedItem[];
      /** Talking points to take out of the person note once the note is written. */
      readonly dequeue: readonly QueuedPoint[];
      /** Sentences for the user: a missing template, unreadable template properties. */
      readonly problems: readonly string[];
    };

function roleTemplate(lines: string, role: string | null): string | null {
  if (role === null) return null;
  for (const line of lines.split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon > 0 && line.slice(0, colon).trim().toLowerCase() === role.toLowerCase()) return line.slice(colon + 1).trim() || null;
  }
  return null;
}

/** A 1:1 for a day after today's is planned ahead: it says `planned` and carries nothing yet. */
const isAhead = (day: CalendarDay, now: Date): boolean => day > dayOfDate(now);

/**
 * The day's 1:1 note: held on the day (a planned, rescheduled or cancelled note is not the meeting
 * itself, so the 1:1 gets a note of its own beside it). For a day ahead, a planned note is it too.
 */
export function isTodays(meeting: Meeting, day: CalendarDay, now: Date): boolean {
  const ahead = isAhead(day, now) && meeting.status === 'planned';
  return meeting.date === day && (meeting.status === 'held' || meeting.status === 'unknown' || ahead);
}

/** Whether a note the index does not know yet (just written by a sync or a second start) is this person's. */
async function isTheirs(host: StartHost, person: Person, path: string): Promise<boolean> {
  const text = await host.read(path);
  const yaml = text === null ? null : frontmatterYaml(readMarkdown(text));
  let properties: unknown = null;
  try {
    properties = yaml === null ? null : host.parseYaml(yaml);
  } catch {
    return false;
  }
  const written = readProperty(properties, 'person');
  const ref = typeof written === 'string' ? written : Array.isArray(written) && typeof written[0] === 'string' ? written[0] : null;
  // Without a person property, the note goes by its folder, which is this person's by the pattern.
  return ref === null ? written === undefined : host.index.resolvePerson(ref, path)?.path === person.path;
}

/** The person's note for `day` if one exists (any name), else the pattern's path, numbered when taken. */
async function targetPath(host: StartHost, person: Person, day: CalendarDay, now: Date): Promise<StartPlan | string> {
  const { index, settings } = host;
  const today = index.meetingsOf(person.path).find((m) => isTodays(m.meeting, day, now));
  if (today) return { kind: 'existing', path: today.meeting.path };
  for (let copy = 1; copy < 100; copy++) {
    const path = meetingPathFor(settings.meetingPathPattern, settings.meetingsFolder, person.name, day, copy);
    if (!isInsideFolder(path, settings.meetingsFolder)) throw new Error(`meeting path "${path}" is outside "${settings.meetingsFolder}"`);
    if (!host.exists(path)) return path;
    // A note at the path is today's only if it is this person's, on this day, and held; one the
    // index does not know yet (two starts at once) only if it names this person.
    const meeting = index.getMeeting(path);
    if (!meeting ? await isTheirs(host, person, path) : meeting.peoplePaths.includes(person.path) && isTodays(meeting.meeting, day, now)) return { kind: 'existing', path };
  }
  throw new Error(`no free name for a meeting note with ${person.name} on ${day}`);
}

/** The template a new note with the person is made from: theirs, their role's, the setting's, or the built-in one. */
export async function templateText(host: StartHost, person: Person, problems: string[] = []): Promise<string> {
  const { templateFile, roleTemplates } = host.settings;
  const wanted = person.template ?? roleTemplate(roleTemplates, person.role) ?? (templateFile || null);
  if (wanted === null) return builtInTemplate(host.settings);
  const path = host.findTemplate(wanted, person.path);
  const text = path === null ? null : await host.read(path);
  if (text === null) {
    problems.push(`the template "${wanted}" was not found; the built-in template was used`);
    return builtInTemplate(host.settings);
  }
  return text;
}

function nearest<T extends { readonly line: number }>(list: readonly T[], line: number): T | undefined {
  return list.reduce<T | undefined>((best, one) => (best === undefined || Math.abs(one.line - line) < Math.abs(best.line - line) ? one : best), undefined);
}

/** The meeting note a start would write at `target`, what it carries and dequeues, and what to tell the user. */
async function planNote(host: StartHost, person: Person, day: CalendarDay, now: Date, target: string, listOnly = false) {
  const { index, settings } = host;
  const problems: string[] = [];
  const personText = await host.read(person.path);
  const queue = personText === null ? null : readQueue(personText, settings.talkingPointsHeading);
  const sources: CarrySource[] = [];
  const pointSources: CarrySource[] = [];
  // A 1:1 planned ahead carries nothing until its day's start.
  const planned = isAhead(day, now);
  // A running note is read once, however many of its sections hold open items.
  const notes = new Map<string, { text: string | null; sections: ReturnType<typeof runningSections>['sections'] }>();
  for (const { meeting, actions, peoplePaths, agenda } of planned ? [] : index.meetingsOf(person.path)) {
    // Unticked talking points of their own 1:1s (a group's stay with the group).
    const pointsOpen = peoplePaths.length === 1 && agenda.some((point) => point.ticked === false);
    if (!actions.some((a) => isOpenState(a.item.state)) && !pointsOpen) continue;
    if (meeting.date === null) {
      problems.push(`${meeting.path} has no date, so its open items stay there and are not carried`);
      continue;
    }
    // Only meetings before the day: a planned meeting's tasks are not due to move yet; the points
    // set for this day's planned 1:1 are its agenda now.
    const before = meeting.date < day;
    if (!before && !(pointsOpen && meeting.date === day && meeting.status === 'planned')) continue;
    let note = notes.get(meeting.path);
    if (!note) {
      const text = await host.read(meeting.path);
      note = { text, sections: meeting.section && text !== null ? runningSections(readMarkdown(text)).sections : [] };
      notes.set(meeting.path, note);
    }
    const { text } = note;
    if (text === null) continue;
    const locked = host.unwritable(meeting.path);
    if (locked !== null) {
      // What cannot be marked `[>]` is not copied either: each item stays open in one place.
      problems.push(`${meeting.path} ${locked}, so its open items stay there and are not carried`);
      continue;
    }
    const heading = meeting.section;
    // The section as the note reads now (typing not saved yet may have moved it): same heading, nearest line.
    const section = heading ? nearest(note.sections.filter((one) => one.heading === heading.heading), heading.line) : undefined;
    if (heading && !section) continue;
    // In a group meeting, what the other people own stays for their own 1:1s.
    const others = peoplePaths.length > 1 ? actions.filter((a) => a.owner.kind === 'person' && a.owner.path !== person.path).map((a) => a.item.line) : [];
    const source = { path: meeting.path, date: meeting.date, text, excludeLines: new Set(others), ...(section ? { section } : {}) };
    if (before) sources.push(source);
    if (pointsOpen) pointSources.push(source);
  }
  const markEarlier = !settings.leaveEarlierUntouched;
  const carry = planCarryOver(sources, { markEarlier, agendaHeading: settings.agendaHeading });
  const points = planCarryOver(pointSources, { markEarlier, agendaHeading: settings.agendaHeading, points: true });
  const previous = index.meetingsOf(person.path).find((m) => m.meeting.status === 'held' && m.meeting.date !== null && m.meeting.date < day);
  const plan = planMeetingNote({
    personName: person.name,
    personPath: person.path,
    personLinkText: host.linkText(person.path, target),
    day,
    now,
    path: target,
    template: await templateText(host, person, problems),
    previous: previous?.meeting.date
      ? { path: previous.meeting.path, linkText: host.linkText(previous.meeting.path, target), heading: previous.meeting.section?.heading, day: previous.meeting.date, daysSince: daysBetween(previous.meeting.date, day) }
      : null,
    cadence: person.cadence.status === 'valid' ? formatCadence(person.cadence.cadence) : null,
    agenda: queue?.points ?? [],
    carry,
    points,
    questions: host.questionsFor(person),
    waiting: waitingLines(waitingRows(index, person.path, day, settings.waitingDays)),
    meetingTag: settings.meetingTag,
    actionsHeading: settings.actionItemsHeading,
    agendaHeading: settings.agendaHeading,
    planned,
    ...(listOnly ? { agendaAsList: `a running note whose dates are ###### headings has no heading level left for "${settings.agendaHeading}"` } : {}),
    parseYaml: host.parseYaml,
  });
  return { plan, dequeue: queue?.points ?? [], problems: [...problems, ...plan.problems] };
}

/**
 * Today's section in the person's running note: nothing when one (or a meeting note) is held today
 * already; the `[>]` marks and the queue in that note moved by the lines the section puts in.
 */
async function planRunningStart(host: StartHost, person: Person, day: CalendarDay, now: Date): Promise<StartPlan> {
  const { index, settings } = host;
  const today = index.meetingsOf(person.path).find((m) => isTodays(m.meeting, day, now));
  if (today) return { kind: 'existing', path: today.meeting.path, ...(today.meeting.section ? { heading: today.meeting.section.heading } : {}) };
  const path = runningNotePath(index, person, settings.meetingsFolder, (candidate) => host.exists(candidate));
  if (!isInsideFolder(path, settings.meetingsFolder) && !index.meetingsIn(path).some((m) => m.meeting.section)) throw new Error(`running note path "${path}" is outside "${settings.meetingsFolder}"`);
  const text = await host.read(path);
  if (text === null && host.exists(path)) throw new Error(`"${path}" is a folder, so no running note can be written there`);
  const dated = index.meetingsIn(path).find((m) => m.meeting.section === undefined && m.meeting.date !== null);
  if (dated) throw new Error(`${path} is the meeting note of ${dated.meeting.date ?? ''}, not a running note: rename it, or give ${person.name} one-on-one-layout: per-meeting`);
  const locked = text === null ? null : host.unwritable(path);
  if (locked !== null) throw new Error(`${path} ${locked}, so no section can be added to it`);
  const place = sectionPlace(text ?? '', settings.runningNewestFirst, day);
  // Under a ###### day the template's headings become bold text: no agenda heading, so no boxes.
  const { plan, dequeue, problems } = await planNote(host, person, day, now, path, place.level >= 6);
  // A new running note names its person, so a namesake in another folder never reads it as theirs.
  const personLine = `person: ${JSON.stringify(noteLink(person.path, host.linkText(person.path, path)))}`;
  const section = sectionLines(plan.content, day, place.level);
  // Written ahead of its day, the section says it is planned, as a note's property would.
  if (isAhead(day, now)) section.splice(1, 0, 'status:: planned');
  const lines = [...(text === null ? ['---', personLine, '---'] : []), ...section];
  const by = insertedLineCount(text ?? '', lines, place);
  const marks = [...plan.carry.marks, ...plan.points.marks];
  const shifted = shiftedEdits(marks, path, place.line, by);
  const moved = new Map(marks.map((mark, i) => [mark, shifted[i] ?? mark]));
  const carried = [...plan.carry.items, ...plan.points.items].map((item) => ({ lines: item.lines, marks: item.marks.map((mark) => moved.get(mark) ?? mark) }));
  return {
    kind: 'insert',
    path,
    create: text === null,
    place,
    newestFirst: settings.runningNewestFirst,
    lines,
    heading: day,
    sameDay: text === null ? 0 : runningSections(readMarkdown(text)).sections.filter((one) => one.day === day).length,
    marks: marks.map((mark) => moved.get(mark) ?? mark),
    carried,
    dequeue: person.path === path ? shiftedPoints(dequeue, place.line, by) : dequeue,
    problems,
  };
}

/**
 * Everything "Start 1:1" will do, decided before anything is written: the note's path and text (or
 * today's section of the person's running note), the `[>]` marks and the talking points to dequeue.
 * Writing is the host's job, in that order.
 */
export async function planStart(host: StartHost, person: Person, day: CalendarDay, now: Date): Promise<StartPlan> {
  if ((person.layout ?? host.settings.newMeetingLayout) === 'running') return planRunningStart(host, person, day, now);
  const target = await targetPath(host, person, day, now);
  if (typeof target !== 'string') return target;
  const { plan, dequeue, problems } = await planNote(host, person, day, now, target);
  return { kind: 'create', path: plan.path, content: plan.content, marks: [...plan.carry.marks, ...plan.points.marks], carried: [...plan.carry.items, ...plan.points.items], dequeue, problems };
}
