import { type App, Notice, type Plugin } from 'obsidian';
import type { Settings } from '../../core/settings/settings';
import { LINK_ACTION, personLinkUrl, readPersonLink, type PersonLinkAction } from '../../core/people/person-link-url';
import { findPerson, labeller, peopleWhere } from '../../core/commands/find-person';
import { UsageError } from '../../core/commands/args';
import type { MeetingActions } from './meeting-actions';
import type { VaultIndexer } from '../platform/vault-indexer';
import { whenIndexed } from '../platform/when-indexed';

export interface PersonLinksHost {
  readonly app: App;
  readonly indexer: VaultIndexer;
  readonly settings: () => Settings;
  readonly meetings: MeetingActions;
  readonly openView: (personPath: string) => Promise<void>;
}

const PICKER_TEXT: Record<PersonLinkAction, string> = { start: 'Start a 1:1 with…', view: 'Open the 1:1 view of…' };

/**
 * `obsidian://one-on-ones?start=<name>` starts (or opens) today's 1:1 with that person, and
 * `?view=<name>` opens their 1:1 view. The name is read as `one-on-ones start` reads it (a name, an
 * alias, whole words of one, or the note's path) once the vault is indexed, and never guessed: a name that is nobody's, or
 * several people's, or none, opens the person picker with it typed in.
 */
export function registerPersonLinks(plugin: Plugin, host: PersonLinksHost): void {
  const act = (action: PersonLinkAction, personPath: string) => void (action === 'start' ? host.meetings.start(personPath) : host.openView(personPath));
  plugin.registerObsidianProtocolHandler(LINK_ACTION, async (params) => {
    const wanted = readPersonLink(params);
    if (wanted === null) return void new Notice('One-on-ones: this link names nobody; it needs start=<name> or view=<name>.');
    const { action, name } = wanted;
    await whenIndexed(host.app, host.indexer);
    const person = name === '' ? null : personNamed(host, name);
    if (person !== null) return act(action, person);
    if (name !== '') new Notice(`One-on-ones: the link's "${name}" is not one person's name; pick who it means.`);
    host.meetings.pickPerson(PICKER_TEXT[action], false, (path) => act(action, path), name);
  });
  plugin.addCommand({
    id: 'copy-start-link',
    name: 'Copy link to start 1:1 with…',
    callback: () => host.meetings.pickPerson('Copy the link to start a 1:1 with…', false, (path) => void copyStartLink(host, path)),
  });
}

/** The person the name means, or null when it means nobody or several. */
function personNamed(host: PersonLinksHost, name: string): string | null {
  try {
    return findPerson(host.indexer.index, peopleWhere(host.settings()), name).path;
  } catch (error) {
    if (error instanceof UsageError) return null;
    throw error;
  }
}

/** Puts the person's start link on the clipboard: by name, or by path where someone shares the name. */
async function copyStartLink(host: PersonLinksHost, personPath: string): Promise<void> {
  const { index } = host.indexer;
  const person = index.getPerson(personPath);
  if (!person) return void new Notice(`One-on-ones: ${personPath} is no longer a person note.`);
  const named = labeller(index.allPeople())(person);
  const url = personLinkUrl(host.app.vault.getName(), 'start', named.endsWith('.md') ? named.slice(0, -3) : named);
  try {
    await navigator.clipboard.writeText(url);
    new Notice(`Copied the link to start a 1:1 with ${person.name}: paste it into the calendar invite.`);
  } catch (error) {
    new Notice(`One-on-ones could not copy the link (${error instanceof Error ? error.message : String(error)}): ${url}`);
  }
}
