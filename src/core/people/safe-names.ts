/**
 * File and folder names that every platform Obsidian runs on accepts, made from names people type.
 * Windows, macOS, Android and iOS between them refuse `\ / : * ? " < > |` and control characters,
 * trailing dots and spaces, and the DOS device names; Obsidian links break on `# ^ [ ] |`.
 */

const UNSAFE = /[\\/:*?"<>|#^[\]{}]/g;
const RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\..*)?$/i;
/** Bytes stay well under every file system's 255 once the date, suffix and `.md` are added. */
const MAX_LENGTH = 80;

export function safeFileName(name: string): string {
  const printable = Array.from(name, (ch) => (ch.charCodeAt(0) < 0x20 || ch === '\u007f' ? ' ' : ch)).join('');
  let safe = printable.normalize('NFC').replace(UNSAFE, ' ').replace(/\s+/g, ' ').trim();
  safe = safe.replace(/^[.\s]+|[.\s]+$/g, '');
  if ([...safe].length > MAX_LENGTH) safe = [...safe].slice(0, MAX_LENGTH).join('').replace(/[.\s]+$/g, '');
  if (safe === '') return 'Unnamed';
  // A prefix, not a suffix, so that making a name safe twice changes nothing the second time.
  return RESERVED.test(safe) ? `_${safe}` : safe;
}

/** `folder/a/b.md` stays inside `folder`: no empty, `.` or `..` part, nothing absolute. */
export function isInsideFolder(path: string, folder: string): boolean {
  if (!path.startsWith(`${folder}/`)) return false;
  return path.split('/').every((part) => part !== '' && part !== '.' && part !== '..');
}
