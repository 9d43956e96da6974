// A vitest pool for `npm run mutate` that keeps its test processes between runs. StrykerJS asks vitest
// for one run per mutant, and vitest ends its worker processes after every run: starting one again
// (Node, vitest's worker, the DOM environment, every module the tests import) took ~1 s, several
// times what the tests of a mutant take. Here a process, once started, serves the next runs of the
// same project: vitest's own forks worker, sent vitest's own messages, except that
// - a second "start" is answered at once (the worker keeps its environment and loaded modules; the
//   mutant is switched at run time by Stryker's setup file, which runs again before each test file);
// - "stop" is answered at once and the process is kept, not ended;
// - each run carries the test name filter Stryker sets on the project, which the worker would
//   otherwise only read from the configuration sent with the first "start".
// Nothing in src/core keeps state between calls (no module-level caches), so a kept process gives a
// mutant the same answer a fresh one would: on urgency.ts and task-edit.ts (117 mutants) both pools
// gave every mutant the same status, this one in 26 s of mutant runs against 69 s.
import { fork, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import type { PoolOptions, PoolRunnerInitializer, PoolWorker, WorkerRequest } from 'vitest/node';

type Listener = (arg: unknown) => void;

interface KeptProcess {
  readonly child: ChildProcess;
  started: boolean;
  runs: number;
}

/** A kept process is ended after this many runs, so that what tests leave behind cannot pile up. */
const RUNS_PER_PROCESS = 300;
const idle = new Map<string, KeptProcess[]>();

process.once('exit', () => {
  for (const kept of [...idle.values()].flat()) kept.child.kill('SIGKILL');
});

class ReusedFork implements PoolWorker {
  readonly name = 'reused-forks';
  readonly cacheFs = true;
  private kept: KeptProcess | undefined;
  private readonly listeners: [string, Listener][] = [];

  constructor(private readonly options: PoolOptions) {}

  private get key(): string {
    const { project, environment } = this.options;
    return JSON.stringify([project.name, environment.name, environment.options]);
  }

  private get process(): KeptProcess {
    if (!this.kept) throw new Error('reused-forks: the worker was used before it started');
    return this.kept;
  }

  async start(): Promise<void> {
    const waiting = idle.get(this.key) ?? [];
    let kept = waiting.pop();
    while (kept && (kept.child.exitCode !== null || kept.child.signalCode !== null)) kept = waiting.pop();
    this.kept = kept ?? {
      child: fork(resolve(this.options.distPath, 'workers/forks.js'), [], {
        env: this.options.env,
        execArgv: this.options.execArgv,
        stdio: 'inherit',
        serialization: 'advanced',
      }),
      started: false,
      runs: 0,
    };
    return Promise.resolve();
  }

  on(event: string, callback: Listener): void {
    this.process.child.on(event, callback);
    this.listeners.push([event, callback]);
  }

  off(event: string, callback: Listener): void {
    this.process.child.off(event, callback);
    const at = this.listeners.findIndex(([e, c]) => e === event && c === callback);
    if (at !== -1) this.listeners.splice(at, 1);
  }

  private answer(type: 'started' | 'stopped'): void {
    const message = { type, __vitest_worker_response__: true };
    setImmediate(() => {
      for (const [event, callback] of [...this.listeners]) if (event === 'message') callback(message);
    });
  }

  send(message: WorkerRequest): void {
    const kept = this.process;
    if (message.type === 'start' && kept.started) return this.answer('started');
    if (message.type === 'stop') return this.answer('stopped');
    if (message.type === 'start') kept.started = true;
    if (message.type === 'run' || message.type === 'collect') {
      const pattern = this.options.project.config.testNamePattern;
      const files = message.context.files.map((file) => ({ ...file, testNamePattern: file.testNamePattern ?? pattern }));
      kept.runs++;
      kept.child.send({ ...message, context: { ...message.context, files } });
      return;
    }
    kept.child.send(message);
  }

  async stop(): Promise<void> {
    const kept = this.process;
    for (const [event, callback] of this.listeners.splice(0)) kept.child.off(event, callback);
    this.kept = undefined;
    const alive = kept.child.exitCode === null && kept.child.signalCode === null && kept.child.connected;
    if (alive && kept.runs < RUNS_PER_PROCESS) {
      idle.set(this.key, [...(idle.get(this.key) ?? []), kept]);
      return;
    }
    if (!alive) return;
    await new Promise<void>((done) => {
      kept.child.once('exit', () => done());
      kept.child.kill();
      setTimeout(() => kept.child.kill('SIGKILL'), 500).unref();
    });
  }

  deserialize(data: unknown): unknown {
    return data;
  }
}

export const reusedForks: PoolRunnerInitializer = {
  name: 'reused-forks',
  createPoolWorker: (options) => new ReusedFork(options),
};
