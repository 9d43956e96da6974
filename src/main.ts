import { debounce, Notice, Plugin } from 'obsidian';
import { repairSettings, type Settings } from './core/settings/settings';
import { templateLinesOf } from './core/view-models/meeting-summary';
import { LineWriter } from './obsidian/platform/line-writer';
import { undoAndSay } from './obsidian/ui/undo-notice';
import { MeetingActions } from './obsidian/start/meeting-actions';
import { MeetingStarter } from './obsidian/start/meeting-starter';
import { PeopleNotes } from './obsidian/start/people-notes';
import { openDueSidebar } from './obsidian/sidebar/due-sidebar-host';
import { openPersonView } from './obsidian/person-view/person-view-host';
import { registerPersonViews } from './obsidian/person-view/person-view-setup';
import { registerDueSidebar } from './obsidian/sidebar/due-sidebar-setup';
import { registerRollupBlocks } from './obsidian/rollups/rollup-block';
import type { QuestionSource } from './obsidian/questions/question-source';
import { registerQuestions } from './obsidian/questions/questions-feature';
import { QuestionModal, queueTarget } from './obsidian/questions/question-modal';
import { VaultIndexer } from './obsidian/platform/vault-indexer';
import { OneOnOnesSettingTab } from './obsidian/settings-tab/settings-tab';
import { registerCliHandlers } from './obsidian/cli/cli-handlers';
import { registerPersonLinks } from './obsidian/start/person-links';
import { HOVER_SOURCE } from './obsidian/ui/open-note';
import { registerCadenceBaseView } from './obsidian/bases/cadence-base-view';

/** Settings that change what the index holds; changing one re-indexes the vault. */
const INDEX_SETTINGS: readonly (keyof Settings)[] = ['peopleFolder', 'peopleTag', 'meetingsFolder', 'meetingTag', 'myName', 'agendaHeading'];

export default class OneOnOnesPlugin extends Plugin {
  override settings!: Settings;
  indexer!: VaultIndexer;
  /** The one writer of single-line edits: rollup checkboxes and carry-over marks. */
  writer!: LineWriter;
  private meetings!: MeetingActions;
  /** The question bank and its pickers. */
  questions!: QuestionSource;
  /** Whether the "1:1 cadence" Bases view is registered: false while Bases is off in this vault. */
  basesView = false;
  private indexedWith = '';
  private readonly rebuildSoon = debounce(() => void this.indexer.rebuild(), 600, true);

  override async onload(): Promise<void> {
    this.settings = await this.loadSettings();
    this.indexedWith = this.indexKey();
    this.indexer = this.addChild(new VaultIndexer(this.app, () => this.settings, () => new Date(), () => this.addStatusBarItem()));
    this.writer = new LineWriter(this.app);
    const starter = new MeetingStarter(this.app, this.indexer, () => this.settings, this.writer, (person) => this.questions.templateQuestions(person.path));
    this.meetings = new MeetingActions(this.app, this.indexer, starter, new PeopleNotes(this.indexer, () => this.settings, this.writer));
    this.meetings.register(this);
    this.addSettingTab(new OneOnOnesSettingTab(this.app, this));
    this.addCommand({ id: 'rebuild-index', name: 'Rebuild 1:1 index', callback: () => void this.rebuildIndex() });
    this.addCommand({ id: 'undo-last', name: 'Undo the last change from a click', callback: () => void undoAndSay(this.writer.undoLast()) });
    registerDueSidebar(this, {
      indexer: this.indexer,
      settings: () => this.settings,
      writer: this.writer,
      openPerson: (path, newTab) => openPersonView(this.app, path, newTab),
      startOneOnOne: (path) => this.startOneOnOne(path),
      addTalkingPoint: (path) => this.addTalkingPoint(path),
      addPerson: () => this.meetings.askNewPerson(),
    });
    registerRollupBlocks(this, { app: this.app, indexer: this.indexer, writer: this.writer, settings: () => this.settings });
    registerPersonViews(this, {
      indexer: this.indexer,
      writer: this.writer,
      settings: () => this.settings,
      questionBank: () => this.questions.bankFile.bank,
      templateLines: async (person) => templateLinesOf(await starter.template(person)),
      startOneOnOne: (path) => this.startOneOnOne(path),
      addTalkingPoint: (path) => this.addTalkingPoint(path),
      addPerson: () => this.meetings.askNewPerson(),
      pickQuestionFor: (path, category) => void this.pickQuestionFor(path, category),
    });
    this.basesView = registerCadenceBaseView(this, {
      indexer: this.indexer,
      settings: () => this.settings,
      startOneOnOne: (path) => this.startOneOnOne(path),
      openPerson: (path, newTab) => openPersonView(this.app, path, newTab),
    });
    this.questions = registerQuestions(this, this.indexer, () => this.settings, this.writer);
    // Like Obsidian's own sidebars, previews need the Mod key by default; Page preview's settings change that.
    this.registerHoverLinkSource(HOVER_SOURCE, { display: 'One-on-ones', defaultMod: true });
    const people = { app: this.app, indexer: this.indexer, settings: () => this.settings };
    registerCliHandlers(this, { ...people, start: (path, day) => this.meetings.start(path, day) });
    registerPersonLinks(this, { ...people, meetings: this.meetings, openView: (path) => openPersonView(this.app, path) });
    this.register(() => this.rebuildSoon.cancel());
  }

  /** First enable only: put the sidebar in the right dock once; after that the saved layout keeps it. */
  override onUserEnable(): void {
    this.app.workspace.onLayoutReady(() => void openDueSidebar(this.app, { active: false }));
  }

  /** Starts today's 1:1 with a person, or opens it when it exists (the sidebar and views call this). */
  async startOneOnOne(personPath: string): Promise<void> {
    await this.meetings.start(personPath);
  }

  /** Asks for a talking point and queues it in the person note (the sidebar and views call this). */
  async addTalkingPoint(personPath: string): Promise<void> {
    this.meetings.askTalkingPoint(personPath);
  }

  /** The question picker on a category, queueing each question picked for the next 1:1 with the person. */
  private async pickQuestionFor(personPath: string, categoryId: string): Promise<void> {
    const target = await queueTarget(this.app, this.questions, personPath, (point) => this.meetings.queuePoint(personPath, point));
    new QuestionModal(this.app, this.questions, target).openOn(categoryId);
  }

  /** Defaults for anything missing or unreadable, with one notice naming what was replaced. */
  private async loadSettings(): Promise<Settings> {
    let stored: unknown;
    try {
      stored = await this.loadData();
    } catch {
      new Notice('One-on-ones: the settings file (data.json) is not valid JSON; using the default settings.');
      return repairSettings(null).settings;
    }
    const { settings, problems } = repairSettings(stored);
    if (problems.length > 0) new Notice(`One-on-ones settings: ${problems.join('; ')}.`);
    return settings;
  }

  async saveSettings(): Promise<void> {
    await this.saveData(this.settings);
    this.questions.bankFile.refresh();
    const key = this.indexKey();
    if (key !== this.indexedWith) {
      this.indexedWith = key;
      this.rebuildSoon();
    } else {
      this.indexer.index.touch();
    }
  }

  private indexKey(): string {
    return JSON.stringify(INDEX_SETTINGS.map((name) => this.settings[name]));
  }

  private async rebuildIndex(): Promise<void> {
    const started = performance.now();
    await this.indexer.rebuild();
    const { index } = this.indexer;
    const ms = Math.round(performance.now() - started);
    new Notice(`One-on-ones: indexed ${index.peopleCount} people, ${index.meetingCount} meetings and ${index.openActions().length} open action items in ${ms} ms.`);
  }
}
