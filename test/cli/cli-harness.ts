// The built command line as a user runs it, on small vaults written for one test each.
import { spawn, spawnSync, type SpawnOptions } from 'node:child_process';
import { chownSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export const CLI = join(import.meta.dirname, '..', '..', 'cli.cjs');

export interface CliRun {
  readonly code: number | null;
  readonly out: string;
  readonly err: string;
}

export function requireBuiltCli(): void {
  if (!existsSync(CLI)) throw new Error('cli.cjs is not built: run `npm run build` first');
}

const ENV = { ...process.env, NO_COLOR: '1', ONE_ON_ONES_DEBUG: '' };

/** Runs the command and waits for it; `as` runs it as another user (only root may ask). */
export function cli(args: readonly string[], options: { as?: { uid: number; gid: number }; env?: Record<string, string> } = {}): CliRun {
  const run = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', env: { ...ENV, ...options.env }, maxBuffer: 64 * 1024 * 1024, ...options.as });
  return { code: run.status, out: run.stdout, err: run.stderr };
}

/** Starts the command without waiting, stdout through a pipe, as a script or `| jq` reads it. */
export function cliPiped(args: readonly string[], options: SpawnOptions = {}): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], { env: ENV, stdio: ['ignore', 'pipe', 'pipe'], ...options });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout?.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr?.on('data', (chunk: Buffer) => err.push(chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, out: Buffer.concat(out).toString('utf8'), err: Buffer.concat(err).toString('utf8') }));
  });
}

/** Whether `script` (util-linux) is here to give the command a terminal; without it those tests are skipped. */
export const hasTerminal = spawnSync('script', ['--version'], { encoding: 'utf8' }).status === 0;

/**
 * Runs the command on a pseudo-terminal, as someone types it: colour on, stdout and stderr both on
 * the screen (so in `out`, with the terminal's \r\n line ends). `env` replaces NO_COLOR and the like.
 */
export function cliInTerminal(args: readonly string[], env: Record<string, string | undefined>): CliRun {
  const quote = (arg: string) => `'${arg.replace(/'/g, `'\\''`)}'`;
  const command = [process.execPath, CLI, ...args].map(quote).join(' ');
  const run = spawnSync('script', ['-qec', command, '/dev/null'], { encoding: 'utf8', env: { ...process.env, ONE_ON_ONES_DEBUG: '', ...env } });
  return { code: run.status, out: run.stdout, err: run.stderr };
}

/** A stack trace line, which nothing a user can cause should ever print. */
export const STACK_LINE = /^\s+at .+\(?.*:\d+:\d+\)?$/m;

/** Temporary vaults, removed after each test. */
export class TempVaults {
  private readonly dirs: string[] = [];

  /** A vault holding exactly these notes (vault path → text or bytes); a path ending in `/` is an empty folder. */
  make(files: Record<string, string | Uint8Array>): string {
    const root = this.folder();
    for (const [path, content] of Object.entries(files)) {
      if (path.endsWith('/')) mkdirSync(full(root, path), { recursive: true });
      else writeNote(root, path, content);
    }
    return root;
  }

  /** A copy of a vault folder (the demo vault), removed with the others. */
  copyOf(dir: string): string {
    const root = this.folder();
    cpSync(dir, root, { recursive: true });
    return root;
  }

  /** An empty temporary folder, removed with the vaults: somewhere outside a vault for links to lead. */
  folder(): string {
    const root = mkdtempSync(join(tmpdir(), 'one-on-ones-cli-'));
    this.dirs.push(root);
    return root;
  }

  cleanup(): void {
    for (const dir of this.dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  }
}

export function full(root: string, path: string): string {
  return join(root, ...path.split('/'));
}

export function writeNote(root: string, path: string, content: string | Uint8Array): void {
  mkdirSync(dirname(full(root, path)), { recursive: true });
  writeFileSync(full(root, path), content);
}

export function bytes(root: string, path: string): Buffer {
  return readFileSync(full(root, path));
}

export function text(root: string, path: string): string {
  return readFileSync(full(root, path), 'utf8');
}

export function modeOf(root: string, path: string): number {
  return statSync(full(root, path)).mode & 0o777;
}

export const isRoot = process.getuid?.() === 0;

/** Root reads any file, so tests of what cannot be read run the command as `nobody`. */
export const NOBODY = { uid: 65534, gid: 65534 };

/** Gives the vault to `nobody`, for a test that runs as root to lock parts of it. */
export function giveAway(path: string): void {
  chownSync(path, NOBODY.uid, NOBODY.gid);
  if (statSync(path).isDirectory()) for (const entry of readdirSync(path)) giveAway(join(path, entry));
}
