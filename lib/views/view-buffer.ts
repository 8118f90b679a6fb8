export type ViewCount = { articleId: string; day: string; views: number };

/**
 * Counts waiting to be written: one number per (article, day), however many
 * reads arrive, so a flush writes each row once with the sum and a hot story
 * costs one row update per flush instead of one per read.
 */
export class ViewBuffer {
  private counts = new Map<string, ViewCount>();
  private total = 0;

  add(articleId: string, day: string, views = 1): void {
    const key = `${articleId}|${day}`;
    const entry = this.counts.get(key);
    if (entry) entry.views += views;
    else this.counts.set(key, { articleId, day, views });
    this.total += views;
  }

  /** Takes everything buffered, leaving the buffer empty, in a stable order (article, day). */
  drain(): ViewCount[] {
    const drained = [...this.counts.values()].sort((a, b) =>
      a.articleId === b.articleId ? a.day.localeCompare(b.day) : a.articleId.localeCompare(b.articleId),
    );
    this.counts = new Map();
    this.total = 0;
    return drained;
  }

  /** Puts back counts a failed flush could not write, so they go out with the next one. */
  restore(counts: readonly ViewCount[]): void {
    for (const count of counts) this.add(count.articleId, count.day, count.views);
  }

  /** Reads waiting to be written. */
  get pendingViews(): number {
    return this.total;
  }

  get isEmpty(): boolean {
    return this.total === 0;
  }
}
