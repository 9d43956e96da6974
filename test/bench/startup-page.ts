// The page of startup.bench.ts: the fake Obsidian app with the demo vault, and `window.startupSample`,
// which does what Obsidian does when it loads the plugin — evaluates main.js as a CommonJS body, then
// constructs the plugin and awaits its onload — and says how long each part took. Layout ready is
// not triggered: what waits for it is not startup.
import '../fake-obsidian/dom-setup';
import type { PluginManifest } from 'obsidian';
import { createFakeApp } from '../fake-obsidian/app';
import * as obsidian from '../fake-obsidian/index';
import type { Plugin } from '../fake-obsidian/plugin';
import { strict } from '../fake-obsidian/strict';

declare const __DEMO_VAULT__: Record<string, string>;
declare const __PLUGIN_MANIFEST__: PluginManifest;

export interface StartupSample {
  /** Compiling main.js: V8 parses it whole, and Obsidian evaluates it from text, with no code cache. */
  readonly compileMs: number;
  /** Running main.js's top level: its modules' constants and classes. */
  readonly runMs: number;
  /** The plugin's constructor and its awaited onload. */
  readonly onloadMs: number;
}

declare global {
  interface Window {
    startupSample?: (mainJs: string) => Promise<StartupSample>;
    startupFactory?: (module: { exports: unknown }, exports: unknown, require: (id: string) => unknown) => void;
  }
}

window.startupSample = async (mainJs) => {
  const app = createFakeApp({ files: __DEMO_VAULT__ });
  const obsidianModule = strict({ ...obsidian }, 'obsidian');
  const require = (id: string): unknown => {
    if (id === 'obsidian') return obsidianModule;
    throw new Error(`startup bench: require('${id}') is not available`);
  };
  // As Obsidian runs a plugin: main.js as the body of a function given module, exports and require.
  // An inline script runs as it is appended, so this times the compile; the comment makes each
  // sample's source new to V8, so no compile is reused from an earlier page.
  const script = document.createElement('script');
  script.textContent = `window.startupFactory = (function (module, exports, require) {\n${mainJs}\n});\n// ${Math.random()}`;
  const started = performance.now();
  document.head.appendChild(script);
  const compiled = performance.now();
  const factory = window.startupFactory;
  if (!factory) throw new Error('main.js did not compile');
  const module: { exports: unknown } = { exports: {} };
  factory(module, module.exports, require);
  const evaluated = performance.now();
  const exported = module.exports as { default?: new (app: never, manifest: PluginManifest) => Plugin };
  const PluginClass = exported.default;
  if (!PluginClass) throw new Error('main.js exports no plugin class');
  const plugin = new PluginClass(app as never, { ...__PLUGIN_MANIFEST__, dir: `${app.vault.configDir}/plugins/${__PLUGIN_MANIFEST__.id}` });
  plugin.load();
  await plugin.loading;
  const loaded = performance.now();
  return { compileMs: compiled - started, runMs: evaluated - compiled, onloadMs: loaded - evaluated };
};
