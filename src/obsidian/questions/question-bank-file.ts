import { type App, Component, Notice, type TAbstractFile } from 'obsidian';
import type { Settings } from '../../core/settings/settings';
import { CUSTOM_QUESTIONS_EXAMPLE, parseCustomQuestions, type CustomQuestions } from '../../core/questions/custom-questions';
import { type BankOptions, buildQuestionBank } from '../../core/questions/question-bank';
import { QuestionSearch } from '../../core/questions/question-search';
import type { LineProblem, QuestionBank } from '../../core/questions/question-types';
import type { LineWriter } from '../platform/line-writer';

const PROBLEMS_SHOWN = 3;

/**
 * The question bank as the pickers see it: the built-in questions merged with the user's file,
 * read after layout is ready and again whenever that file is created, changed, renamed or deleted,
 * or the settings point elsewhere. The file is only ever read here, and created only when missing.
 * Nothing is built at startup: the bank is built when first used (a picker, `{{questions}}`, the
 * 1:1 view) and its search index at the first search; a read drops both, to be built again so.
 */
export class QuestionBankFile extends Component {
  /** What the bank is built from: the file as last read (none before the first read) and the built-in toggle. */
  private source: BankOptions;
  private builtBank: QuestionBank | null = null;
  private searchIndex: QuestionSearch | null = null;
  private fileProblems: readonly LineProblem[] = [];
  private loadedWith = '';
  private reported = '';
  private generation = 0;

  constructor(
    private readonly app: App,
    private readonly settings: () => Settings,
    private readonly writer: LineWriter,
  ) {
    super();
    this.source = { custom: null, hideBuiltIn: settings().hideBuiltInQuestions };
  }

  get bank(): QuestionBank {
    return (this.builtBank ??= buildQuestionBank(this.source));
  }
  get search(): QuestionSearch {
    return (this.searchIndex ??= new QuestionSearch(this.bank));
  }
  /** Lines of the file that were not used, from the last read. */
  get problems(): readonly LineProblem[] {
    return this.fileProblems;
  }

  override onload(): void {
    const { vault, workspace } = this.app;
    const onFile = (file: TAbstractFile, oldPath?: string) => {
      const path = this.settings().questionFile;
      if (file.path === path || oldPath === path) void this.reload();
    };
    this.registerEvent(vault.on('modify', (file) => onFile(file)));
    this.registerEvent(vault.on('create', (file) => onFile(file)));
    this.registerEvent(vault.on('delete', (file) => onFile(file)));
    this.registerEvent(vault.on('rename', (file, oldPath) => onFile(file, oldPath)));
    this.register(() => this.generation++);
    workspace.onLayoutReady(() => void this.reload());
  }

  /** After a settings change: reads again only when the file or the built-in toggle changed. */
  refresh(): void {
    if (this.loadKey() !== this.loadedWith) void this.reload();
  }

  /** Reads the file (if any); the bank is built from it when next used. A newer call supersedes one still reading. */
  async reload(): Promise<void> {
    const generation = ++this.generation;
    const key = this.loadKey();
    const { questionFile, hideBuiltInQuestions } = this.settings();
    const custom = await this.readCustom(questionFile);
    if (generation !== this.generation) return;
    this.loadedWith = key;
    this.source = { custom, hideBuiltIn: hideBuiltInQuestions };
    this.builtBank = null;
    this.searchIndex = null;
    this.fileProblems = custom?.problems ?? [];
    this.reportProblems(questionFile);
  }

  /** "Open question bank": opens the file, first creating it with a short example when missing. */
  async openOrCreate(): Promise<void> {
    const path = this.settings().questionFile;
    const written = await this.writer.create(path, CUSTOM_QUESTIONS_EXAMPLE);
    if ('failed' in written) {
      new Notice(`One-on-ones: ${written.failed} Choose another question file in settings.`);
      return;
    }
    await this.app.workspace.getLeaf(false).openFile(written.file);
  }

  private loadKey(): string {
    const { questionFile, hideBuiltInQuestions } = this.settings();
    return JSON.stringify([questionFile, hideBuiltInQuestions]);
  }

  private async readCustom(path: string): Promise<CustomQuestions | null> {
    const file = this.app.vault.getFileByPath(path);
    if (!file) return null;
    try {
      return parseCustomQuestions(await this.app.vault.cachedRead(file));
    } catch (error) {
      console.warn(`One-on-ones: could not read ${path}`, error);
      new Notice(`One-on-ones could not read your questions in ${path}; the pickers show the built-in ones for now.`);
      return null;
    }
  }

  /** One notice per new set of problems, so saving the file again does not repeat it. */
  private reportProblems(path: string): void {
    const lines = this.fileProblems.map((problem) => `line ${problem.line}: ${problem.message}`);
    const key = `${path}\n${lines.join('\n')}`;
    if (key === this.reported) return;
    this.reported = key;
    if (lines.length === 0) return;
    const shown = lines.slice(0, PROBLEMS_SHOWN).join('; ');
    const more = lines.length > PROBLEMS_SHOWN ? `; and ${lines.length - PROBLEMS_SHOWN} more` : '';
    const count = lines.length === 1 ? 'One line' : `${lines.length} lines`;
    new Notice(`One-on-ones: ${count} of ${path} could not be used as questions — ${shown}${more}.`, 10_000);
  }
}
