/** Seeded synthetic vaults for benchmarks: 2 % people, 10 % meetings with 5–20 tasks, the rest notes. */
import { mulberry32 } from '../support/seeded-random';

const CADENCES = ['weekly', 'biweekly', 'monthly', 'every 3 weeks', '2w', '10d', 'quarterly', 'sometimes'];
const VERBS = ['send', 'review', 'draft', 'book', 'share', 'follow up on', 'write up', 'ask about'];
const OBJECTS = ['the roadmap', 'the promo packet', 'Q3 goals', 'the incident review', 'a conference talk', 'the hiring plan'];
const STATUSES = [' ', ' ', ' ', '/', 'x', 'x', '-', '>'];

function pad(n: number, width = 4): string {
  return String(n).padStart(width, '0');
}

function day(random: () => number): string {
  const month = 1 + Math.floor(random() * 11);
  const date = 1 + Math.floor(random() * 28);
  return `2026-${pad(month, 2)}-${pad(date, 2)}`;
}

export interface SyntheticVault {
  readonly files: Record<string, string>;
  readonly people: number;
  readonly meetings: number;
  readonly tasks: number;
}

function meetingNote(random: () => number, person: string, date: string): { text: string; tasks: number } {
  const tasks = 5 + Math.floor(random() * 16);
  const lines = ['---', `person: "[[${person}]]"`, `date: ${date}`, `mood: ${1 + Math.floor(random() * 10)}`, 'tags: [1on1]', '---', '', '## Agenda', ''];
  lines.push('- how the week went', '- blockers', '', '## Notes', '', 'We talked about the quarter and what to drop.', '', '## Action items', '');
  for (let i = 0; i < tasks; i++) {
    const status = STATUSES[Math.floor(random() * STATUSES.length)] ?? ' ';
    const owner = random() < 0.5 ? `[[${person}]]` : '@me';
    const due = random() < 0.4 ? ` 📅 ${day(random)}` : '';
    const verb = VERBS[Math.floor(random() * VERBS.length)] ?? 'send';
    const object = OBJECTS[Math.floor(random() * OBJECTS.length)] ?? 'the plan';
    lines.push(`- [${status}] ${owner} ${verb} ${object}${due}`);
    if (random() < 0.1) lines.push(`    - [ ] a sub-step of ${object}`);
  }
  return { text: lines.join('\n') + '\n', tasks };
}

function plainNote(random: () => number, n: number): string {
  const lines = [`# Note ${n}`, '', 'Some thoughts about the project, with a [[link]] and a #tag.', ''];
  const items = Math.floor(random() * 6);
  for (let i = 0; i < items; i++) lines.push(random() < 0.3 ? `- [ ] errand ${i}` : `- point ${i}`);
  if (random() < 0.2) lines.push('', '```js', '- [ ] not a task, code', '```');
  return lines.join('\n') + '\n';
}

/** A vault of `total` notes; the same seed always gives the same vault. */
export function syntheticVault(total: number, seed = 42): SyntheticVault {
  const random = mulberry32(seed);
  const files: Record<string, string> = {};
  const peopleCount = Math.max(1, Math.round(total * 0.02));
  const meetingCount = Math.round(total * 0.1);
  const names: string[] = [];
  for (let i = 0; i < peopleCount; i++) {
    const name = `Person ${pad(i)}`;
    names.push(name);
    const cadence = CADENCES[Math.floor(random() * CADENCES.length)] ?? 'weekly';
    files[`People/${name}.md`] = `---\ncadence: ${cadence}\nrole: report\n---\n\n## Next 1:1\n\n- a talking point\n`;
  }
  let tasks = 0;
  for (let i = 0; i < meetingCount; i++) {
    const person = names[Math.floor(random() * names.length)] ?? 'Person 0000';
    const date = day(random);
    const note = meetingNote(random, person, date);
    tasks += note.tasks;
    files[`1-1s/${person}/${date} ${pad(i, 5)}.md`] = note.text;
  }
  const rest = total - peopleCount - meetingCount;
  for (let i = 0; i < rest; i++) files[`Notes/${pad(Math.floor(i / 500), 3)}/Note ${pad(i, 5)}.md`] = plainNote(random, i);
  return { files, people: peopleCount, meetings: meetingCount, tasks };
}
