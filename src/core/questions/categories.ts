import type { QuestionCategory } from './question-types';

/** The built-in categories, in the order the pickers list them on an empty query. */
export const BUILT_IN_CATEGORIES: readonly QuestionCategory[] = [
  { id: 'check-in', label: 'Check-in and mood', aliases: ['check-in', 'mood', 'warm-up'] },
  { id: 'priorities', label: 'Priorities and goals', aliases: ['priorities', 'goals'] },
  { id: 'blockers', label: 'Blockers', aliases: ['obstacles'] },
  { id: 'workload', label: 'Workload and well-being', aliases: ['workload', 'well-being', 'wellbeing'] },
  { id: 'feedback-them', label: 'Feedback for them', aliases: ['feedback'] },
  { id: 'feedback-me', label: 'Feedback for me', aliases: ['upward feedback'] },
  { id: 'clarity', label: 'Clarity and context', aliases: ['clarity', 'context'] },
  { id: 'growth', label: 'Career and growth', aliases: ['career', 'growth'] },
  { id: 'skills', label: 'Skills and learning', aliases: ['skills', 'learning'] },
  { id: 'recognition', label: 'Recognition and wins', aliases: ['recognition', 'wins'] },
  { id: 'team', label: 'Team and collaboration', aliases: ['team', 'collaboration'] },
  { id: 'engagement', label: 'Engagement and motivation', aliases: ['engagement', 'motivation'] },
  { id: 'remote', label: 'Remote work', aliases: ['remote', 'hybrid'] },
  { id: 'conflict', label: 'Conflict', aliases: ['disagreement'] },
  { id: 'personal', label: 'Getting to know each other', aliases: ['personal', 'getting to know you'] },
  { id: 'next-steps', label: 'Next steps', aliases: ['follow-up', 'wrap-up'] },
];
