import { accessSync, closeSync, constants, fstatSync, ftruncateSync, openSync, readFileSync, rmSync, statSync, writeSync, type Stats } from 'node:fs';

/** A note's file as read: its text, or why there is none to trust. */
export type NoteRead =
  | { readonly kind: 'text'; readonly text: string }
  /** Not valid UTF-8: `text` is a best reading (U+FFFD for the bad bytes), never to be written back. */
  | { readonly kind: 'not-utf8'; readonly text: string }
  | { readonly kind: 'unreadable'; readonly reason: string }
  | { readonly kind: 'missing' };

/** What an in-place edit did; every outcome but `written` leaves the file's bytes as they were. */
export type EditOutcome = 'written' | 'unchanged' | 'read-only' | 'not-utf8' | 'changed' | { readonly failed: string };

// ignoreBOM keeps a BOM in the text, so the edited text is written back with it, byte for byte.
const STRICT = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const LENIENT = new TextDecoder('utf-8', { ignoreBOM: true });

/** `EACCES: permission denied`: Node's message without the absolute path it names. */
export function describeError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const { code, syscall } = error as Error & { code?: string; syscall?: string };
  const cut = syscall === undefined ? -1 : error.message.indexOf(`, ${syscall}`);
  const message = cut === -1 ? error.message : error.message.slice(0, cut);
  return code !== undefined && !message.startsWith(code) ? `${code}: ${message}` : message;
}

export function errorCode(error: unknown): string | undefined {
  return error instanceof Error ? (error as Error & { code?: string }).code : undefined;
}

function decode(bytes: Uint8Array): NoteRead {
  try {
    return { kind: 'text', text: STRICT.decode(bytes) };
  } catch {
    return { kind: 'not-utf8', text: LENIENT.decode(bytes) };
  }
}

/** A note's file; anything but a regular file (a folder, a FIFO that would block) is no note. */
export function readNoteFile(file: string): NoteRead {
  try {
    if (!statSync(file).isFile()) return { kind: 'missing' };
    return decode(readFileSync(file));
  } catch (error) {
    return errorCode(error) === 'ENOENT' ? { kind: 'missing' } : { kind: 'unreadable', reason: describeError(error) };
  }
}

/**
 * Whether the user means the file to be written: some write bit set (root may write a 0444 file,
 * but the user made it read-only for a reason), and this account allowed to write it.
 */
function writable(stats: Stats, file: string): boolean {
  if ((stats.mode & 0o222) === 0) return false;
  try {
    accessSync(file, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/** Whether `start` may write the note at all, checked before it plans to. */
export function isWritableFile(file: string): boolean {
  try {
    return writable(statSync(file), file);
  } catch {
    return false;
  }
}

/** Bytes `from`..`to` of `bytes` at the same offsets in the file; a write may take less than asked. */
function writeRange(fd: number, bytes: Uint8Array, from: number, to: number): void {
  for (let at = from; at < to; ) at += writeSync(fd, bytes, at, to - at, at);
}

/** Writes only the bytes from the first that differs to the last that differs (or to the end). */
function writeDifference(fd: number, before: Uint8Array, after: Uint8Array): void {
  let start = 0;
  const shorter = Math.min(before.length, after.length);
  while (start < shorter && before[start] === after[start]) start++;
  let end = after.length;
  if (before.length === after.length) while (end > start && before[end - 1] === after[end - 1]) end--;
  writeRange(fd, after, start, end);
  if (after.length !== before.length) ftruncateSync(fd, after.length);
}

/**
 * Edits a note in place: the same file, so its mode, owner and hard links stay. The text is read
 * through the descriptor that writes it, `change` decides on that text (null: the planned edit no
 * longer applies), and only the bytes that change are written. A read-only note or one that is not
 * valid UTF-8 is never written.
 */
export function editInPlace(file: string, change: (text: string) => string | null): EditOutcome {
  let fd: number;
  try {
    if (!writable(statSync(file), file)) return 'read-only';
    fd = openSync(file, 'r+');
  } catch (error) {
    return ['EACCES', 'EPERM', 'EROFS'].includes(errorCode(error) ?? '') ? 'read-only' : { failed: describeError(error) };
  }
  try {
    if (!writable(fstatSync(fd), file)) return 'read-only';
    const before = readFileSync(fd);
    const read = decode(before);
    if (read.kind !== 'text') return 'not-utf8';
    const text = change(read.text);
    if (text === null) return 'changed';
    if (text === read.text) return 'unchanged';
    writeDifference(fd, before, Buffer.from(text, 'utf8'));
    return 'written';
  } catch (error) {
    return { failed: describeError(error) };
  } finally {
    closeSync(fd);
  }
}

/**
 * Creates a note that must not exist yet ('wx': never over a file that appeared meanwhile, another
 * `start` or a sync). A note only partly written (a full disk) is removed rather than left half.
 */
export function createNoteFile(file: string, text: string): 'created' | 'exists' {
  let fd: number;
  try {
    fd = openSync(file, 'wx');
  } catch (error) {
    if (errorCode(error) === 'EEXIST') return 'exists';
    throw error;
  }
  try {
    const bytes = Buffer.from(text, 'utf8');
    writeRange(fd, bytes, 0, bytes.length);
  } catch (error) {
    closeSync(fd);
    rmSync(file, { force: true });
    throw error;
  }
  closeSync(fd);
  return 'created';
}
