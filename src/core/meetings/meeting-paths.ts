import { dayInFileName } from '../calendar/dates';

/** A folder setting as a path prefix: `/1-1s/` and `1-1s` are the same folder; empty means none. */
function normalizeFolder(folder: string): string {
  return folder.trim().replace(/\\/g, '/').replace(/\/+/g, '/').replace(/^\/|\/$/g, '');
}

/** Whether `path` lies in `folder` or any subfolder of it. An empty folder contains nothing. */
export function isInFolder(path: string, folder: string): boolean {
  const prefix = normalizeFolder(folder);
  return prefix !== '' && path.startsWith(`${prefix}/`);
}

function baseName(path: string): string {
  const file = path.slice(path.lastIndexOf('/') + 1);
  const dot = file.lastIndexOf('.');
  return dot > 0 ? file.slice(0, dot) : file;
}

// Folders that sort meetings by time (`2026/`, `2026-01/`) rather than by person.
const TIME_FOLDER = /^[\d\s._-]+$/;
const EDGE_SEPARATORS = /^[\s\-_–—.,:;·]+|[\s\-_–—.,:;·]+$/g;
// Words people put around the name in file names such as `1-1 with Alice Smith 2026-01-05`.
const EDGE_WORDS = /^(?:1-1|1:1|1on1|one-on-one|with)(?:\s+|$)|(?:^|\s+)(?:1-1|1:1|1on1|one-on-one)$/i;

/**
 * The person a file name names once its date is taken out: `2026-01-05 Alice Smith` → `Alice Smith`.
 * Only names that carry a date count, so topic notes such as `Questions.md` are not read as people.
 */
export function personFromFileName(path: string): string | null {
  const name = baseName(path);
  const day = dayInFileName(name);
  return day === null ? null : nameWithoutEdges(name.replace(day, ' '));
}

/** The person a running note's undated file name names: `1-1 with Alice Smith` → `Alice Smith`. */
export function personFromRunningName(path: string): string | null {
  return nameWithoutEdges(baseName(path));
}

function nameWithoutEdges(name: string): string | null {
  let rest = name;
  for (let previous = ''; previous !== rest; ) {
    previous = rest;
    rest = rest.replace(EDGE_SEPARATORS, '').replace(EDGE_WORDS, '');
  }
  return rest === '' ? null : rest;
}

/** The person folder a meeting sits in: `1-1s/Alice Smith/2026-01-05.md` → `Alice Smith`. */
export function personFromFolder(path: string, meetingsFolder: string): string | null {
  if (!isInFolder(path, meetingsFolder)) return null;
  const folders = path.slice(normalizeFolder(meetingsFolder).length + 1).split('/').slice(0, -1);
  for (const folder of folders) {
    const name = folder.trim();
    if (name !== '' && !TIME_FOLDER.test(name)) return name;
  }
  return null;
}
