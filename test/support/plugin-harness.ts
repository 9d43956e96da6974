import type { PluginManifest } from 'obsidian';
import manifest from '../../manifest.json';
import OneOnOnesPlugin from '../../src/main';
import { createFakeApp, loadPlugin, type FakeAppOptions } from '../fake-obsidian/app';
import { readDemoVault } from './demo-vault';

export const DATA_JSON = '.obsidian/plugins/one-on-ones/data.json';

/** The real plugin class, loaded into a fresh fake app holding the demo vault (or the given files). */
export async function startPlugin(options: FakeAppOptions & { dataJson?: string; userEnabled?: boolean } = {}) {
  const app = createFakeApp({
    files: options.files ?? readDemoVault(),
    configFiles: { ...(options.dataJson === undefined ? {} : { [DATA_JSON]: options.dataJson }), ...options.configFiles },
    host: options.host,
  });
  const plugin = await loadPlugin(app, OneOnOnesPlugin as never, manifest as PluginManifest, { userEnabled: options.userEnabled });
  return { app, plugin: plugin as unknown as OneOnOnesPlugin };
}
