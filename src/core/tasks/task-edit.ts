import type { ActionItem } from './actions';
import type { CalendarDay } from '../calendar/dates';

/**
 * One line to change in one note. The writer applies it only if the line still reads
 * `expectedText`, and refuses otherwise rather than guess.
 */
export interface PlannedEdit {
  readonly path: string;
  readonly line: number;
  readonly expectedText: string;
  readonly newText: string;
}

const DONE_DATE = /[ \t]*✅\uFE0F?[ \t]*\d{4}-\d{2}-\d{2}/u;
const TRAILING_BLOCK_ID = /[ \t]+\^[A-Za-z0-9-]+[ \t]*$/;

function withDoneDate(line: string, doneDate: CalendarDay | null): string {
  const existing = DONE_DATE.exec(line);
  if (doneDate === null) return existing ? line.replace(DONE_DATE, '') : line;
  if (existing) return line.replace(DONE_DATE, `${existing[0].startsWith('✅') ? '' : ' '}✅ ${doneDate}`);
  // Tasks reads its fields from the end of the line, but a block id stays last so links keep working.
  const blockId = TRAILING_BLOCK_ID.exec(line);
  const end = blockId ? blockId.index : line.trimEnd().length;
  return `${line.slice(0, end)} ✅ ${doneDate}${line.slice(end)}`;
}

/**
 * Plans setting a task's status character, leaving the rest of the line as written. `doneDate`
 * adds or updates ` ✅ YYYY-MM-DD` when given a day, removes it when null, and is left alone when
 * omitted. Null when `status` is not a single character that can sit in a checkbox.
 */
export function planStatusChange(
  path: string,
  item: Pick<ActionItem, 'line' | 'lineText' | 'status' | 'statusIndex'>,
  status: string,
  doneDate?: CalendarDay | null,
): PlannedEdit | null {
  if ([...status].length !== 1 || /[\]\r\n]/.test(status)) return null;
  const { lineText, statusIndex } = item;
  const before = lineText.slice(0, statusIndex);
  const changed = before + status + lineText.slice(statusIndex + item.status.length);
  // The date goes after the box; only the part after it is searched and rewritten.
  const boxEnd = statusIndex + status.length + 1;
  const newText =
    doneDate === undefined ? changed : changed.slice(0, boxEnd) + withDoneDate(changed.slice(boxEnd), doneDate);
  return { path, line: item.line, expectedText: lineText, newText };
}
