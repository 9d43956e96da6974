import type { KeymapEventHandler, KeymapEventListener, Modifier, Scope as ObsidianScope } from 'obsidian';

interface Handler {
  readonly info: KeymapEventHandler;
  readonly modifiers: readonly Modifier[] | null;
  readonly func: KeymapEventListener;
}

/** Modifiers held during a key event, as Obsidian names them; `Mod` is Ctrl here (the fake is not macOS). */
function held(evt: KeyboardEvent): Set<Modifier> {
  const modifiers = new Set<Modifier>();
  if (evt.ctrlKey) modifiers.add('Ctrl').add('Mod');
  if (evt.metaKey) modifiers.add('Meta');
  if (evt.shiftKey) modifiers.add('Shift');
  if (evt.altKey) modifiers.add('Alt');
  return modifiers;
}

/** Obsidian's key scope: handlers match their key and exactly their modifiers (null: any modifiers). */
export class Scope implements Pick<ObsidianScope, 'register' | 'unregister'> {
  private handlers: Handler[] = [];

  register(modifiers: Modifier[] | null, key: string | null, func: KeymapEventListener): KeymapEventHandler {
    const info = { scope: this as unknown as ObsidianScope, modifiers: modifiers?.join(',') ?? null, key };
    this.handlers.push({ info, modifiers, func });
    return info;
  }

  unregister(handler: KeymapEventHandler): void {
    this.handlers = this.handlers.filter((h) => h.info !== handler);
  }

  /** Test plumbing: runs the matching handler; true when one ran (it returning false also prevents the default). */
  handle(evt: KeyboardEvent): boolean {
    const down = held(evt);
    for (const { info, modifiers, func } of this.handlers) {
      if (info.key !== null && info.key.toLowerCase() !== evt.key.toLowerCase()) continue;
      if (modifiers !== null) {
        const wanted = new Set<Modifier>(modifiers.flatMap((m): Modifier[] => (m === 'Mod' ? ['Mod', 'Ctrl'] : [m])));
        if (wanted.size !== down.size || [...wanted].some((m) => !down.has(m))) continue;
      }
      if (func(evt, { ...info, vkey: evt.key }) === false) evt.preventDefault();
      return true;
    }
    return false;
  }
}
