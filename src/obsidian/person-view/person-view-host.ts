import { type App, Notice, type WorkspaceLeaf } from 'obsidian';
import type { QuestionBank } from '../../core/questions/question-types';
import type { Person } from '../../core/people/people';
import type { Settings } from '../../core/settings/settings';
import type { LineWriter } from '../platform/line-writer';
import type { LiveIndexer } from '../platform/vault-indexer';

export const PERSON_VIEW_TYPE = 'one-on-ones-person';
export const OVERVIEW_VIEW_TYPE = 'one-on-ones-overview';
export const PERSON_VIEW_ICON = 'user-round';
export const OVERVIEW_VIEW_ICON = 'users-round';

/** What the 1:1 view and the overview need from the plugin, so that they depend on this and not on main.ts. */
export interface PersonViewHost {
  readonly indexer: LiveIndexer;
  /** The one writer of single-line edits: the view's checkboxes go through it, as rollups do. */
  readonly writer: LineWriter;
  settings(): Settings;
  /** The lines the person's meeting template writes, which history summaries skip. */
  templateLines(person: Person): Promise<ReadonlySet<string>>;
  /** The question bank as the pickers offer it, for "asked recently" and "not covered". */
  questionBank(): QuestionBank;
  startOneOnOne(personPath: string): Promise<void>;
  addTalkingPoint(personPath: string): Promise<void>;
  /** The question picker on one category; the question picked is queued for the next 1:1. */
  pickQuestionFor(personPath: string, categoryId: string): void;
  /** "Add person…", offered by the overview while there is nobody. */
  addPerson(): void;
}

function personOf(leaf: WorkspaceLeaf): unknown {
  return (leaf.getViewState().state as { person?: unknown } | undefined)?.person;
}

/** Shows the person's 1:1 view: the tab already showing them, else the open 1:1 tab, else the current tab (or a new one). */
export async function openPersonView(app: App, personPath: string, newTab = false): Promise<void> {
  // A list drawn before a rename or deletion can still name the old path: say so rather than open an empty view.
  if (!app.vault.getFileByPath(personPath)) {
    new Notice(`One-on-ones: ${personPath} no longer exists.`);
    return;
  }
  const existing = app.workspace.getLeavesOfType(PERSON_VIEW_TYPE).find((leaf) => personOf(leaf) === personPath);
  if (existing && !newTab) {
    await app.workspace.revealLeaf(existing);
    app.workspace.setActiveLeaf(existing, { focus: true });
    return;
  }
  // Going from person to person reuses the 1:1 tab, so the overview or the note you were in stays open.
  const reusable = newTab ? undefined : app.workspace.getLeavesOfType(PERSON_VIEW_TYPE)[0];
  const leaf = reusable ?? app.workspace.getLeaf(newTab ? 'tab' : false);
  await leaf.setViewState({ type: PERSON_VIEW_TYPE, state: { person: personPath }, active: true });
  await app.workspace.revealLeaf(leaf);
}

/** Shows the overview, reusing its tab when it is open. */
export async function openOverview(app: App): Promise<void> {
  const existing = app.workspace.getLeavesOfType(OVERVIEW_VIEW_TYPE)[0];
  const leaf = existing ?? app.workspace.getLeaf('tab');
  if (!existing) await leaf.setViewState({ type: OVERVIEW_VIEW_TYPE, active: true });
  await app.workspace.revealLeaf(leaf);
}
