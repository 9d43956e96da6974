import { Component } from 'obsidian';
import { peopleByUrgency } from '../../core/cadence/urgency';
import type { SidebarHost } from './due-sidebar-host';
import { LiveRender } from '../ui/live-render';

/** The status bar changes far less often than notes do; a slower beat keeps typing cheap. */
const UPDATE_DELAY_MS = 500;

/** "3 overdue 1:1s" in the status bar while anyone is overdue (a setting); a click opens the sidebar. */
export class OverdueStatusBar extends Component {
  private readonly live: LiveRender;

  constructor(
    private readonly el: HTMLElement,
    private readonly host: SidebarHost,
    private readonly open: () => void,
  ) {
    super();
    // Always drawn, even while hidden: it hides itself when nobody is overdue.
    this.live = new LiveRender({ indexer: host.indexer, render: () => this.update(), delayMs: UPDATE_DELAY_MS });
  }

  override onload(): void {
    this.el.addClass('mod-clickable', 'one-on-ones-status-overdue');
    this.el.setAttr('aria-label', 'Open 1:1s due');
    this.registerDomEvent(this.el, 'click', () => this.open());
    this.addChild(this.live);
    void this.live.draw();
  }

  private update(): void {
    const { indexer } = this.host;
    const settings = this.host.settings();
    // While the first build runs, people without their meetings read would all look overdue;
    // the count comes when the indexer says the build is done.
    const count =
      settings.showOverdueInStatusBar && indexer.progress === null
        ? peopleByUrgency(indexer.index, indexer.today, settings.dueSoonDays).filter((s) => s.cadence.state === 'overdue').length
        : 0;
    this.el.setText(count === 1 ? '1 overdue 1:1' : `${count} overdue 1:1s`);
    this.el.toggle(count > 0);
  }
}
