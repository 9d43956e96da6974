/** Obsidian's documented normalizePath: one forward slash between parts, none at the ends, NFC. */
export function normalizePath(path: string): string {
  let result = path.replace(/[\\/]+/g, '/').replace(/^\/+|\/+$/g, '');
  if (result === '') result = '/';
  return result.replace(/[\u00A0\u202F]/g, ' ').normalize('NFC');
}

/** Characters Obsidian refuses in a file name on at least one platform it runs on. */
const FORBIDDEN_IN_NAME = /[*"\\<>:|?]/;

export function assertValidVaultPath(path: string): void {
  for (const part of path.split('/')) {
    if (part === '' || part === '.' || part === '..') throw new Error(`fake obsidian: invalid path "${path}"`);
    if (FORBIDDEN_IN_NAME.test(part)) {
      throw new Error(`File name cannot contain any of the following characters: * " \\ / < > : | ? ("${path}")`);
    }
  }
}

export function parentPath(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash < 0 ? '/' : path.slice(0, slash);
}
