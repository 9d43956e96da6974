import type { Plugin } from 'obsidian';
import { peopleByUrgency } from '../../core/cadence/urgency';
import { OverviewView } from './overview-view';
import { PersonPicker } from '../ui/person-picker';
import { openOverview, openPersonView, OVERVIEW_VIEW_TYPE, PERSON_VIEW_TYPE, type PersonViewHost } from './person-view-host';
import { PersonView } from './person-view';

/** The person of the open note: the person note itself, or the first person of a meeting note. */
function personOfActiveNote(plugin: Plugin, host: PersonViewHost): string | null {
  const file = plugin.app.workspace.getActiveFile();
  if (!file) return null;
  const { index } = host.indexer;
  if (index.getPerson(file.path)) return file.path;
  return index.getMeeting(file.path)?.peoplePaths[0] ?? null;
}

/** Everything the 1:1 view and the overview add to Obsidian: their views and commands. */
export function registerPersonViews(plugin: Plugin, host: PersonViewHost): void {
  const { app } = plugin;
  plugin.registerView(PERSON_VIEW_TYPE, (leaf) => new PersonView(leaf, host));
  plugin.registerView(OVERVIEW_VIEW_TYPE, (leaf) => new OverviewView(leaf, host));
  plugin.addCommand({
    id: 'open-person-view',
    name: 'Open 1:1 view for…',
    callback: () => {
      const { index, today } = host.indexer;
      const statuses = peopleByUrgency(index, today, host.settings().dueSoonDays);
      new PersonPicker(app, statuses, today, { placeholder: 'Open the 1:1 view for…', allowCreate: false }, (choice) => {
        if (choice.kind === 'person') void openPersonView(app, choice.status.person.path);
      }).open();
    },
  });
  plugin.addCommand({
    id: 'open-person-view-this-person',
    name: 'Open 1:1 view for this person',
    checkCallback: (checking) => {
      const path = personOfActiveNote(plugin, host);
      if (path === null) return false;
      if (!checking) void openPersonView(app, path);
      return true;
    },
  });
  plugin.addCommand({ id: 'open-overview', name: 'Open 1:1 overview', callback: () => void openOverview(app) });
}
