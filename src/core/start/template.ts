import { formatDate } from '../calendar/date-format';

/** The placeholders a meeting template may use, by name; `{{date:FORMAT}}` is handled apart. */
export type TemplateValues = Readonly<Record<string, string>>;

/** The template new meeting notes get when none is set: properties, agenda, notes, actions. */
export const BUILT_IN_TEMPLATE = `---
person: "{{person_link}}"
date: {{date}}
tags: [1on1]
---
{{since_previous}} · cadence: {{cadence}}

## Check-in
Mood:: 

## Agenda
{{agenda}}

## Notes


## Action items
{{carried_actions}}

## Questions to try
{{questions}}
`;

/** The built-in template with the agenda and action items headings the settings name. */
export function builtInTemplate(headings: { readonly agendaHeading: string; readonly actionItemsHeading: string }): string {
  return BUILT_IN_TEMPLATE.replace('\n## Agenda\n', `\n## ${headings.agendaHeading.trim()}\n`).replace('\n## Action items\n', `\n## ${headings.actionItemsHeading.trim()}\n`);
}

const PLACEHOLDER = /\{\{\s*([a-z_]+)(?::([^}]*))?\s*\}\}/g;
const TEMPLATER = /<%[\s\S]*?%>/g;

/**
 * Placeholders whose content must appear once: a second `{{carried_actions}}` would leave every
 * carried item open twice in the new note, a second `{{agenda}}` every point queued twice.
 */
const ONCE = new Set(['carried_actions', 'agenda']);

/**
 * Fills `{{name}}` and `{{date:FORMAT}}`. Logic-less on purpose: an unknown placeholder, and any
 * Templater `<% … %>` code, is left exactly as written for the user or another plugin to handle.
 * A placeholder of `ONCE` that appears again is filled with nothing.
 */
export function renderTemplate(template: string, values: TemplateValues, now: Date): string {
  const used = new Set<string>();
  let result = '';
  let cursor = 0;
  for (const code of template.matchAll(TEMPLATER)) {
    result += fill(template.slice(cursor, code.index), values, now, used) + code[0];
    cursor = code.index + code[0].length;
  }
  return result + fill(template.slice(cursor), values, now, used);
}

function fill(text: string, values: TemplateValues, now: Date, used: Set<string>): string {
  return text.replace(PLACEHOLDER, (whole, name: string, format: string | undefined) => {
    if (format !== undefined) return name === 'date' || name === 'time' ? formatDate(now, format.trim()) : whole;
    if (!Object.prototype.hasOwnProperty.call(values, name)) return whole;
    if (ONCE.has(name) && used.has(name)) return '';
    used.add(name);
    return values[name] ?? '';
  });
}

/** Whether the template places `name` itself; otherwise the planner puts that content in for it. */
export function usesPlaceholder(template: string, name: string): boolean {
  // Inside Templater code a placeholder is left as written, so it places nothing; nor does one split
  // by code (`{{<% "" %>agenda}}`), which the code's removal must not join into a placeholder.
  for (const match of template.replace(TEMPLATER, '\u0000').matchAll(PLACEHOLDER)) if (match[1] === name) return true;
  return false;
}
