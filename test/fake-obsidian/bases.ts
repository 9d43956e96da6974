import type {
  BasesEntry as ObsidianEntry,
  BasesEntryGroup as ObsidianGroup,
  BasesPropertyId,
  BasesQueryResult as ObsidianResult,
  BasesSortConfig,
  BasesViewConfig as ObsidianConfig,
  Value,
} from 'obsidian';
import type { App } from './app';
import { Component } from './component';
import { getAllTags, parseYaml } from './utilities';
import { type TAbstractFile, TFile } from './vault';

/**
 * Bases, as far as a plugin's view sees it: a `.base` file's filters, sort and limit run over the
 * vault's files, and the registered view of the chosen `type` gets the entries, already filtered and
 * sorted, through `data` and `onDataUpdated()`, again after every change to the vault. The filter
 * language is a small subset (see README); anything else throws, naming it.
 */

type Filter = string | { and?: Filter[]; or?: Filter[]; not?: Filter[] };

interface ViewSpec {
  readonly type: string;
  readonly groupBy: BasesSortConfig | null;
  readonly name: string;
  readonly order: BasesPropertyId[];
  readonly sort: BasesSortConfig[];
  readonly filters: Filter | null;
  readonly limit: number | null;
  readonly raw: Record<string, unknown>;
}

export class BasesEntry implements Pick<ObsidianEntry, 'getValue'> {
  constructor(readonly file: TFile) {}
  getValue(propertyId: BasesPropertyId): Value | null {
    throw new Error(`fake obsidian: BasesEntry.getValue(${propertyId}) is not implemented`);
  }
}

/** A group's key: its text is all a view reads of it here. */
export class GroupKey implements Pick<Value, 'toString' | 'isTruthy'> {
  constructor(private readonly text: string) {}
  toString(): string {
    return this.text;
  }
  isTruthy(): boolean {
    return this.text !== '';
  }
}

export class BasesEntryGroup implements Pick<ObsidianGroup, 'hasKey'> {
  constructor(
    readonly entries: BasesEntry[],
    readonly key?: GroupKey,
  ) {}
  hasKey(): boolean {
    return this.key !== undefined;
  }
}

export class BasesQueryResult implements Pick<ObsidianResult, 'properties'> {
  constructor(
    readonly data: BasesEntry[],
    readonly properties: BasesPropertyId[],
    readonly groupedData: BasesEntryGroup[],
  ) {}
}

export class BasesViewConfig implements Pick<ObsidianConfig, 'name' | 'get' | 'getOrder' | 'getSort' | 'getDisplayName'> {
  readonly name: string;
  constructor(private readonly spec: ViewSpec) {
    this.name = spec.name;
  }
  get(key: string): unknown {
    return this.spec.raw[key];
  }
  getOrder(): BasesPropertyId[] {
    return [...this.spec.order];
  }
  getSort(): BasesSortConfig[] {
    return [...this.spec.sort];
  }
  getDisplayName(propertyId: BasesPropertyId): string {
    return propertyId.slice(propertyId.indexOf('.') + 1);
  }
}

export class QueryController extends Component {
  readonly config: BasesViewConfig;
  result: BasesQueryResult;
  private views: BasesView[] = [];
  private rerunQueued = false;
  private readonly changed = new Set<string>();

  constructor(
    readonly app: App,
    private readonly spec: ViewSpec,
  ) {
    super();
    this.config = new BasesViewConfig(spec);
    this.result = this.run();
  }

  override onload(): void {
    const pathOf = (file: unknown) => (file as TAbstractFile).path;
    this.registerEvent(this.app.metadataCache.on('changed', (file) => this.rerunSoon(pathOf(file))));
    this.registerEvent(this.app.vault.on('create', (file) => this.rerunSoon(pathOf(file))));
    this.registerEvent(this.app.vault.on('delete', (file) => this.rerunSoon(pathOf(file))));
    this.registerEvent(this.app.vault.on('rename', (file, oldPath) => this.rerunSoon(pathOf(file), String(oldPath))));
  }

  /**
   * Feeds a view: it loads with the controller and gets its first result a task later, with
   * `onDataUpdated` (the stricter reading: the app's order is not documented), then each new one.
   */
  attach(view: BasesView): void {
    this.views.push(view);
    this.addChild(view);
    window.setTimeout(() => {
      if (!this.isLoaded()) return;
      view.data = this.result;
      view.onDataUpdated();
    }, 0);
  }

  /**
   * The stricter reading of the app (whose rule is not documented): views hear of a change only when
   * it touches a file in the results, before or after, so a view that must follow other notes (a
   * meeting note of a person listed) has to listen for them itself.
   */
  private rerunSoon(...paths: string[]): void {
    for (const path of paths) this.changed.add(path);
    if (this.rerunQueued) return;
    this.rerunQueued = true;
    window.setTimeout(() => {
      this.rerunQueued = false;
      if (!this.isLoaded()) return;
      const before = this.result.data.map((entry) => entry.file.path);
      const result = this.run();
      const after = result.data.map((entry) => entry.file.path);
      const touched = [...before, ...after].some((path) => this.changed.has(path)) || before.join('\n') !== after.join('\n');
      this.changed.clear();
      if (!touched) return;
      // As in the app: a new result with new entries; views must not keep the old one.
      this.result = result;
      for (const view of this.views) {
        view.data = this.result;
        view.onDataUpdated();
      }
    }, 0);
  }

  private run(): BasesQueryResult {
    const files = this.app.vault.getFiles().filter((file) => matches(this.app, file, this.spec.filters));
    const sorted = files.sort((a, b) => compareBySort(this.app, a, b, this.spec.sort));
    const limited = this.spec.limit === null ? sorted : sorted.slice(0, this.spec.limit);
    const entries = limited.map((file) => new BasesEntry(file));
    return new BasesQueryResult(entries, this.spec.order, groupsOf(this.app, entries, this.spec.groupBy));
  }
}

export abstract class BasesView extends Component {
  abstract type: string;
  app: App;
  config: BasesViewConfig;
  allProperties: BasesPropertyId[];
  /** Unset (undefined at run time) until the controller hands the view its first result. */
  data!: BasesQueryResult;

  protected constructor(controller: QueryController) {
    super();
    this.app = controller.app;
    this.config = controller.config;
    this.allProperties = controller.result.properties;
  }

  abstract onDataUpdated(): void;

  createFileForView(): Promise<void> {
    throw new Error('fake obsidian: BasesView.createFileForView is not implemented');
  }
}

function frontmatterOf(app: App, file: TFile): Record<string, unknown> {
  const frontmatter: unknown = app.metadataCache.getFileCache(file)?.frontmatter;
  return typeof frontmatter === 'object' && frontmatter !== null ? (frontmatter as Record<string, unknown>) : {};
}

const CALL = /^file\.(inFolder|hasTag)\("([^"]*)"\)$/;
const COMPARE = /^(file\.ext|file\.name|file\.path|note\.[\w-]+|[\w-]+) (==|!=) "([^"]*)"$/;

/** A property value as the fake compares it: text as it is, anything else as JSON. */
function asText(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

function propertyOf(app: App, file: TFile, id: string): unknown {
  if (id === 'file.ext') return file.extension;
  if (id === 'file.name') return file.name;
  if (id === 'file.path') return file.path;
  return frontmatterOf(app, file)[id.startsWith('note.') ? id.slice(5) : id];
}

/** `file.inFolder("X")`, `file.hasTag("x")`, `prop == "text"` and `!=`, combined with and / or / not. */
function matches(app: App, file: TFile, filter: Filter | null): boolean {
  if (filter === null) return true;
  if (typeof filter === 'string') {
    const call = CALL.exec(filter.trim());
    if (call?.[1] === 'inFolder') return file.path.startsWith(`${call[2]}/`);
    if (call?.[1] === 'hasTag') {
      const cache = app.metadataCache.getFileCache(file);
      const tags = cache ? (getAllTags(cache) ?? []) : [];
      return tags.some((tag) => tag.slice(1).toLowerCase() === call[2]?.toLowerCase() || tag.slice(1).toLowerCase().startsWith(`${call[2]?.toLowerCase()}/`));
    }
    const compare = COMPARE.exec(filter.trim());
    if (!compare) throw new Error(`fake obsidian: the Bases filter ${filter} is not modelled`);
    const equal = asText(propertyOf(app, file, compare[1] ?? '')) === compare[3];
    return compare[2] === '==' ? equal : !equal;
  }
  if (filter.and) return filter.and.every((f) => matches(app, file, f));
  if (filter.or) return filter.or.some((f) => matches(app, file, f));
  if (filter.not) return !filter.not.some((f) => matches(app, file, f));
  throw new Error(`fake obsidian: the Bases filter ${JSON.stringify(filter)} is not modelled`);
}

/** Empty values last, whatever the direction, as the app's table shows them. */
function compareBySort(app: App, a: TFile, b: TFile, sort: readonly BasesSortConfig[]): number {
  for (const { property, direction } of sort) {
    const [x, y] = [propertyOf(app, a, property), propertyOf(app, b, property)];
    if (x === y) continue;
    if (x === undefined || x === null) return 1;
    if (y === undefined || y === null) return -1;
    const order = asText(x).localeCompare(asText(y), undefined, { numeric: true });
    if (order !== 0) return direction === 'DESC' ? -order : order;
  }
  return 0;
}

/**
 * One group per value of the `groupBy` property, in its direction, each keeping the sort's order;
 * the entries without a value last, in a group without a key. No `groupBy`: one group, no key.
 */
function groupsOf(app: App, entries: BasesEntry[], groupBy: BasesSortConfig | null): BasesEntryGroup[] {
  if (groupBy === null) return [new BasesEntryGroup(entries)];
  const groups = new Map<string | null, BasesEntry[]>();
  for (const entry of entries) {
    const value = propertyOf(app, entry.file, groupBy.property);
    const key = value === undefined || value === null || value === '' ? null : asText(value);
    groups.set(key, [...(groups.get(key) ?? []), entry]);
  }
  const keys = [...groups.keys()].filter((key): key is string => key !== null).sort((a, b) => a.localeCompare(b, undefined, { numeric: true }));
  if (groupBy.direction === 'DESC') keys.reverse();
  const keyed = keys.map((key) => new BasesEntryGroup(groups.get(key) ?? [], new GroupKey(key)));
  const rest = groups.get(null);
  return rest ? [...keyed, new BasesEntryGroup(rest)] : keyed;
}

function viewSpec(raw: unknown, baseFilters: Filter | null): ViewSpec {
  const view = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const own = (view.filters ?? null) as Filter | null;
  return {
    type: String(view.type),
    groupBy: (view.groupBy ?? null) as BasesSortConfig | null,
    name: typeof view.name === 'string' ? view.name : String(view.type),
    order: (Array.isArray(view.order) ? view.order : []).map((id) => (String(id).includes('.') ? String(id) : `note.${String(id)}`) as BasesPropertyId),
    sort: (Array.isArray(view.sort) ? view.sort : []) as BasesSortConfig[],
    filters: baseFilters === null ? own : own === null ? baseFilters : { and: [baseFilters, own] },
    limit: typeof view.limit === 'number' ? view.limit : null,
    raw: view,
  };
}

/**
 * `![[name.base]]` (or `![[name.base#View name]]`) in a note: the base's first view (or the one
 * named), drawn by the view registered for its type; with Bases off, a plain link to the file.
 */
export async function renderBaseEmbed(app: App, el: HTMLElement, target: string, component: Component): Promise<void> {
  const [path = '', viewName] = target.split('#');
  const embed = el.createDiv({ cls: 'internal-embed bases-embed', attr: { src: target } });
  const file = app.vault.getFileByPath(path);
  if (!app.basesEnabled || !(file instanceof TFile)) {
    embed.createEl('a', { cls: 'internal-link', text: path, attr: { 'data-href': path } });
    return;
  }
  const base = (parseYaml(await app.vault.read(file)) ?? {}) as { filters?: Filter; views?: unknown[] };
  const specs = (base.views ?? []).map((view) => viewSpec(view, base.filters ?? null));
  const spec = specs.find((view) => viewName === undefined || view.name === viewName);
  const header = embed.createDiv({ cls: 'bases-header' });
  const body = embed.createDiv({ cls: 'bases-view' });
  const registration = spec ? app.basesViews.get(spec.type) : undefined;
  if (!spec || !registration) {
    body.createDiv({ cls: 'bases-error', text: `No view of a registered type in ${path}` });
    return;
  }
  header.createDiv({ cls: 'bases-toolbar-view-name', text: spec.name });
  const controller = component.addChild(new QueryController(app, spec));
  controller.attach(registration.factory(controller as never, body) as unknown as BasesView);
}
