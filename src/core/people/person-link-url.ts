/** What an `obsidian://one-on-ones` link asks for: start (or open) today's 1:1, or open the 1:1 view. */
export type PersonLinkAction = 'start' | 'view';

/** The link's action, as the protocol handler registers it. */
export const LINK_ACTION = 'one-on-ones';

/**
 * `obsidian://one-on-ones?vault=Work&start=Priya%20Raman`: the vault first, as Obsidian's own links
 * choose it, and every value percent-encoded (`#`, `%`, `&`, `+`, `/`, spaces and accents included),
 * so the app hands back exactly the name written here.
 */
export function personLinkUrl(vaultName: string, action: PersonLinkAction, person: string): string {
  return `obsidian://${LINK_ACTION}?vault=${encodeURIComponent(vaultName)}&${action}=${encodeURIComponent(person)}`;
}

/**
 * What a link's decoded parameters ask for, or null when they ask for neither. `start` wins over
 * `view`. A key with no value reaches the handler as `'true'`: that is no name, and the picker opens
 * empty. The name is trimmed, never otherwise changed.
 */
export function readPersonLink(params: Readonly<Record<string, string>>): { readonly action: PersonLinkAction; readonly name: string } | null {
  for (const action of ['start', 'view'] as const) {
    const value = params[action];
    if (value !== undefined) return { action, name: value === 'true' ? '' : value.trim() };
  }
  return null;
}
