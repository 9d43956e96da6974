import type { App } from 'obsidian';
import type { LiveIndexer } from './vault-indexer';

/**
 * Resolves once the vault has been indexed: at once when it has, else when the first build (or a
 * rebuild) ends. A link or a CLI command that starts Obsidian arrives before the first build;
 * answered at once, it would find nobody.
 */
export function whenIndexed(app: App, indexer: LiveIndexer): Promise<void> {
  const ready = () => app.workspace.layoutReady && indexer.progress === null;
  return new Promise((resolve) => {
    if (ready()) return resolve();
    const stop = indexer.onProgress(() => {
      if (!ready()) return;
      stop();
      resolve();
    });
  });
}
