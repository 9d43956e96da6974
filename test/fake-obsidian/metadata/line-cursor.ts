/**
 * A position inside one line while the block parser consumes container prefixes. Columns are
 * virtual (a tab advances to the next multiple of 4), as CommonMark requires; `offset` is the
 * character index. A tab may be consumed only partly (`partialTab`).
 */
export class LineCursor {
  text = '';
  offset = 0;
  column = 0;
  partialTab = false;
  nextNonspace = 0;
  nextNonspaceColumn = 0;
  indent = 0;
  blank = true;
  /** Start of the whitespace run that ends at `nextNonspace` (a later call inside it reuses it). */
  private scannedFrom = -1;

  reset(text: string): void {
    this.text = text;
    this.offset = 0;
    this.column = 0;
    this.partialTab = false;
    this.scannedFrom = -1;
    this.findNextNonspace();
  }

  /**
   * Skip spaces and tabs from the current offset (without consuming them). Tab stops are absolute,
   * so inside an already scanned run of whitespace the answer is reused: deep nesting stays linear.
   */
  findNextNonspace(): void {
    if (this.scannedFrom >= 0 && this.offset >= this.scannedFrom && this.offset <= this.nextNonspace) {
      this.indent = this.nextNonspaceColumn - this.column;
      return;
    }
    this.scannedFrom = this.offset;
    const text = this.text;
    let i = this.offset;
    let cols = this.column;
    let code = text.charCodeAt(i);
    while (code === 32 || code === 9) {
      cols += code === 9 ? 4 - (cols % 4) : 1;
      i += 1;
      code = text.charCodeAt(i);
    }
    this.blank = i >= text.length;
    this.nextNonspace = i;
    this.nextNonspaceColumn = cols;
    this.indent = cols - this.column;
  }

  /** Advance by `count` characters, or by `count` virtual columns when `columns` is set. */
  advance(count: number, columns: boolean): void {
    const text = this.text;
    let left = count;
    while (left > 0 && this.offset < text.length) {
      if (text.charCodeAt(this.offset) === 9) {
        const toTab = 4 - (this.column % 4);
        if (columns) {
          this.partialTab = toTab > left;
          const step = Math.min(toTab, left);
          this.column += step;
          if (!this.partialTab) this.offset += 1;
          left -= step;
        } else {
          this.partialTab = false;
          this.column += toTab;
          this.offset += 1;
          left -= 1;
        }
      } else {
        this.partialTab = false;
        this.offset += 1;
        this.column += 1;
        left -= 1;
      }
    }
  }

  advanceNextNonspace(): void {
    this.offset = this.nextNonspace;
    this.column = this.nextNonspaceColumn;
    this.partialTab = false;
  }

  /** The character column a new block opened here is reported at (a partly used tab is skipped). */
  reportedColumn(): number {
    return this.partialTab ? this.offset + 1 : this.offset;
  }

  charAt(i: number): string {
    return this.text.charAt(i);
  }

  /** Whether the text at the next non-space character starts with `prefix`. */
  startsWith(prefix: string): boolean {
    return this.text.startsWith(prefix, this.nextNonspace);
  }

  /** The rest of the line from the next non-space character (at most `max` characters). */
  rest(max = Number.POSITIVE_INFINITY): string {
    return this.text.slice(this.nextNonspace, this.nextNonspace + max);
  }
}

export function isSpaceOrTab(ch: string): boolean {
  return ch === ' ' || ch === '\t';
}
