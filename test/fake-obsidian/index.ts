// The `obsidian` module as the plugin sees it in tests (aliased in vitest.config.ts and the e2e page).
// Anything not exported here is not implemented: importing it yields undefined and fails loudly.
export { App } from './app';
export { BasesView, QueryController } from './bases';
export { Component } from './component';
export { ConfirmationModal } from './confirmation-modal';
export { Editor } from './editor';
export { Events } from './events';
export { FileManager } from './file-manager';
export { setIcon } from './icons';
export { MarkdownRenderChild, MarkdownRenderer } from './markdown';
export { Menu, MenuItem } from './menu';
export { MetadataCache } from './metadata-cache';
export { AbstractInputSuggest, EditorSuggest, FuzzySuggestModal, Modal, PopoverSuggest, SuggestModal } from './modal';
export { Notice } from './notice';
export { normalizePath } from './path';
export { Plugin } from './plugin';
export { Scope } from './scope';
export { prepareFuzzySearch, prepareSimpleSearch, renderResults } from './search';
export {
  ButtonComponent,
  DropdownComponent,
  ExtraButtonComponent,
  PluginSettingTab,
  SearchComponent,
  Setting,
  SettingTab,
  TextAreaComponent,
  TextComponent,
  ToggleComponent,
} from './setting';
export {
  apiVersion,
  debounce,
  getAllTags,
  getLinkpath,
  parseFrontMatterAliases,
  parseFrontMatterTags,
  parseLinktext,
  parseYaml,
  Platform,
  requestUrl,
  stringifyYaml,
} from './utilities';
export { TAbstractFile, TFile, TFolder, Vault } from './vault';
export { ItemView, MarkdownView, View, WorkspaceLeaf, Workspace } from './workspace';
