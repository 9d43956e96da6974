import type { Plugin } from 'obsidian';
import { DUE_VIEW_ICON, DUE_VIEW_TYPE, openDueSidebar, type SidebarHost } from './due-sidebar-host';
import { DueSidebarView } from './due-sidebar-view';
import { OverdueStatusBar } from './overdue-status-bar';

/** Everything the "1:1s due" sidebar adds to Obsidian: its view, ribbon icon, command and status bar. */
export function registerDueSidebar(plugin: Plugin, host: SidebarHost): void {
  const open = () => void openDueSidebar(plugin.app);
  plugin.registerView(DUE_VIEW_TYPE, (leaf) => new DueSidebarView(leaf, host));
  plugin.addRibbonIcon(DUE_VIEW_ICON, 'Open 1:1s due', open);
  plugin.addCommand({ id: 'open-due-sidebar', name: 'Open 1:1s due', callback: open });
  plugin.addChild(new OverdueStatusBar(plugin.addStatusBarItem(), host, open));
}
