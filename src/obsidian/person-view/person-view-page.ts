import type { TalkingPointQueue } from '../../core/talking-points/talking-points';
import type { PersonViewModel } from '../../core/view-models/person-view-model';
import type { QuestionCoverage } from '../../core/view-models/question-coverage';
import { renderMoodChart } from './mood-chart';
import { renderActionGroups, type ActionsContext } from './person-view-actions';
import { renderPersonHeader } from './person-view-header';
import { renderProblemBanner } from './person-view-problems';
import { renderHistory } from './person-view-history';
import { renderQuestionCoverage } from './person-view-questions';
import { renderTalkingPoints } from './person-view-points';
import { renderTodaysAgenda } from './person-view-today';

export interface PersonPageInput {
  readonly model: PersonViewModel;
  /** Null until the person note has been read. */
  readonly queue: TalkingPointQueue | null;
  readonly heading: string;
  readonly page: number;
  readonly summaries: ReadonlyMap<string, string | null>;
  readonly actions: ActionsContext;
  readonly questions: QuestionCoverage;
}

/** The whole 1:1 view of one person, drawn synchronously from data already read. */
export function renderPersonPage(el: HTMLElement, input: PersonPageInput): void {
  const { model } = input;
  renderPersonHeader(el, model.header);
  renderProblemBanner(el, model.problems);
  renderTodaysAgenda(el, model.today, input.actions);
  const columns = el.createDiv({ cls: 'one-on-ones-pv-columns' });
  renderTalkingPoints(columns, input.queue, input.heading, input.actions, model.person.path);
  renderMoodChart(columns, model.mood, input.actions.today);
  renderActionGroups(el, model.groups, input.actions);
  renderHistory(el, model.history, input.page, input.summaries, input.actions.today);
  renderQuestionCoverage(el, input.questions);
}
