// The whole articles the store keeps in memory: the ones most recently read
// or written, up to a number, the longest unused dropped first (a Map keeps
// insertion order, so re-inserting on use makes it a least-recently-used
// list).
import type { Article } from '../../../shared/domain'

export class ArticleCache {
  private readonly entries = new Map<string, Article>()

  constructor(private readonly capacity: number) {}

  get(id: string): Article | undefined {
    const article = this.entries.get(id)
    if (article) {
      this.entries.delete(id)
      this.entries.set(id, article)
    }
    return article
  }

  set(id: string, article: Article): void {
    this.entries.delete(id)
    this.entries.set(id, article)
    if (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value!)
  }

  delete(id: string): void {
    this.entries.delete(id)
  }
}
