/**
 * `text.indexOf(needle, from)` for a scan that moves forward: the last answer is reused while the
 * queries stay before it, so repeated searches over one text cost linear time overall.
 */
export class ForwardFinder {
  private lastFrom = Number.POSITIVE_INFINITY;
  private lastFound = -1;

  constructor(
    private readonly text: string,
    private readonly needle: string,
  ) {}

  from(position: number): number {
    const reusable = position >= this.lastFrom && (this.lastFound < 0 || position <= this.lastFound);
    if (!reusable) {
      this.lastFrom = position;
      this.lastFound = this.text.indexOf(this.needle, position);
    }
    return this.lastFound;
  }

  /** The next occurrence before `limit`, or -1. */
  before(position: number, limit: number): number {
    const found = this.from(position);
    return found >= 0 && found < limit ? found : -1;
  }
}
