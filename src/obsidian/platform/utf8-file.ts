import type { TFile, Vault } from 'obsidian';

/**
 * Whether the note's bytes are valid UTF-8. Obsidian shows bad bytes as U+FFFD, and writing that
 * text back would replace them for good. A note whose bytes cannot be read counts as UTF-8 here:
 * the failed read is reported where the note is read.
 */
export async function isUtf8File(vault: Vault, file: TFile): Promise<boolean> {
  let bytes: ArrayBuffer;
  try {
    bytes = await vault.readBinary(file);
  } catch {
    return true;
  }
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}
