import type { Plugin } from 'esbuild';

/** The esbuild plugin that deflates the built-in questions into the bundles (see questions-plugin.mjs). */
export declare const questionsPlugin: Plugin;
