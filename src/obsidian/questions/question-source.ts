import type { App, TFile } from 'obsidian';
import type { CalendarDay } from '../../core/calendar/dates';
import { memoryForNote } from '../../core/questions/note-memory';
import type { PersonMemory } from '../../core/questions/question-memory';
import type { Question, QuestionBank } from '../../core/questions/question-types';
import { readMarkdown } from '../../core/markdown/markdown-note';
import { questionKey, questionKeysOf } from '../../core/questions/question-text';
import type { QuestionResults } from '../../core/questions/question-search';
import { templateQuestionsFor } from '../../core/questions/template-questions';
import type { Settings } from '../../core/settings/settings';
import type { QuestionBankFile } from './question-bank-file';
import type { VaultIndexer } from '../platform/vault-indexer';

/**
 * What the question modal and the inline suggester ask of the plugin: search with the memory of the
 * note's person, whether a note is a meeting, and the settings. The memory is kept until the index,
 * the bank or the day moves, so typing a query does not recompute it on each key.
 */
export class QuestionSource {
  private memoryCache: { key: string; bank: QuestionBank; memory: PersonMemory | null } | null = null;
  /** The questions of the note text last asked about: typing a query leaves the note as it was. */
  private inNoteCache: { text: string; keys: ReadonlySet<string> } | null = null;

  constructor(
    private readonly app: App,
    private readonly indexer: VaultIndexer,
    readonly bankFile: QuestionBankFile,
    readonly settings: () => Settings,
  ) {}

  get today(): CalendarDay {
    return this.indexer.today;
  }

  search(query: string, notePath: string | null): QuestionResults {
    return this.bankFile.search.search(query, notePath === null ? null : this.memoryFor(notePath));
  }

  /** The lines of the meeting template's `{{questions}}` for the person (see `templateQuestionsFor`). */
  templateQuestions(personPath: string): string[] {
    return templateQuestionsFor(this.bankFile.bank, this.indexer.index.meetingsOf(personPath), this.settings(), this.today);
  }

  /** Whether a note whose text is `text` already asks the question (by its words, see `questionKey`). */
  isInNote(text: string, question: Question): boolean {
    if (this.inNoteCache?.text !== text) this.inNoteCache = { text, keys: new Set(questionKeysOf(readMarkdown(text))) };
    return this.inNoteCache.keys.has(questionKey(question.text));
  }

  /** Why a picker has nothing to offer at all, or null when the bank has questions. */
  emptyBankMessage(): string | null {
    if (this.bankFile.bank.questions.length > 0) return null;
    return `No questions yet: add some to ${this.settings().questionFile} ("Open question bank"), or show the built-in ones in settings.`;
  }

  /** A meeting note, as the index sees it (or would, for a note not indexed yet); never the question file. */
  isMeetingNote(file: TFile | null): boolean {
    if (!file || file.path === this.settings().questionFile) return false;
    const index = this.indexer.index;
    if (index.getMeeting(file.path)) return true;
    const cache = this.app.metadataCache.getFileCache(file);
    return index.kindOf(file.path, cache?.frontmatter, cache?.tags?.map((tag) => tag.tag) ?? []) === 'meeting';
  }

  private memoryFor(notePath: string): PersonMemory | null {
    const index = this.indexer.index;
    const key = `${notePath}\n${index.revision}\n${this.today}`;
    const bank = this.bankFile.bank;
    if (this.memoryCache?.key === key && this.memoryCache.bank === bank) return this.memoryCache.memory;
    const memory = memoryForNote(index, notePath, bank, this.today);
    this.memoryCache = { key, bank, memory };
    return memory;
  }
}
