import type { App, WorkspaceLeaf } from 'obsidian';
import type { Settings } from '../../core/settings/settings';
import type { LineWriter } from '../platform/line-writer';
import type { LiveIndexer } from '../platform/vault-indexer';

export const DUE_VIEW_TYPE = 'one-on-ones-due';
export const DUE_VIEW_ICON = 'calendar-clock';

/**
 * What the "1:1s due" sidebar needs from the plugin, so that the view depends on this and not on
 * main.ts. Start and add-talking-point come from the meeting-notes feature; while a host lacks
 * them, the sidebar simply does not offer those actions.
 */
export interface SidebarHost {
  readonly indexer: LiveIndexer;
  settings(): Settings;
  /** The one writer, for the sidebar's own writes: snooze and resume. */
  readonly writer: LineWriter;
  /** Opens what a click on a person shows: their note today, their 1:1 view once it exists. */
  openPerson(personPath: string, newTab: boolean): Promise<void>;
  startOneOnOne?(personPath: string): Promise<void>;
  addTalkingPoint?(personPath: string): Promise<void>;
  /** "Add person…": asks for a name, role and cadence and writes the person note. */
  addPerson?(): void;
}

/** Shows the sidebar, creating its leaf in the right dock only when there is none yet. */
export async function openDueSidebar(app: App, options: { active: boolean } = { active: true }): Promise<WorkspaceLeaf> {
  return app.workspace.ensureSideLeaf(DUE_VIEW_TYPE, 'right', { active: options.active, reveal: true });
}
