/** The note the sidebar offers to create when there are no people yet: it shows every property at work. */
export const EXAMPLE_PERSON_TEXT = [
  '---',
  'role: report',
  'cadence: weekly',
  '---',
  'An example person: rename this note to someone you meet, or copy it for each of them.',
  '',
  '- `cadence`: how often you meet (weekly, biweekly, monthly, every 3 weeks, 10d…).',
  '- `role`: report, peer, mentor, manager, skip-level, or any text.',
  '- `paused`: true, or a date until which no 1:1 is expected.',
  '',
  '## Next 1:1',
  '- Talking points listed here go into the agenda of your next 1:1.',
  '',
].join('\n');

/** `People/Example person.md`, or the first numbered name that is free: never overwrite a note. */
export function examplePersonPath(folder: string, exists: (path: string) => boolean): string {
  const base = `${folder}/Example person`;
  if (!exists(`${base}.md`)) return `${base}.md`;
  for (let n = 2; ; n++) if (!exists(`${base} ${n}.md`)) return `${base} ${n}.md`;
}
