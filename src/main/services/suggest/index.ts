// Suggestions for the articles of an open workspace: the engine's result for
// the article's plain text, without what the researcher already coded (a
// claim covering most of a suggestion's content) or rejected. Results are
// cached per article while its text and the registry stay the same, so the
// reader can ask again after every save at no cost.
import type { ArticleSuggestions, SuggestCorpusSummary } from '../../../shared/contract-suggest'
import type { JobStatus } from '../../../shared/contract-import'
import { plainText } from '../../../shared/body'
import type { Actor, Article } from '../../../shared/domain'
import { jobsFor } from '../import/import-jobs'
import type { WorkspaceStore } from '../store/workspace-store'
import { suggestForText, type TextSuggestions } from './engine'
import { rejectedIn } from './rejections'

export { reject, clearRejections } from './rejections'

/** About 170,000 words (a book, several seconds of work): a longer text is
 * analysed up to the paragraph that ends before this, and says so. */
export const SUGGEST_TEXT_LIMIT = 1_000_000

type Limited = TextSuggestions & { notice?: string }
type Cached = { text: string; actors: readonly Actor[]; result: Limited }
const CACHE_SIZE = 200
const caches = new WeakMap<WorkspaceStore, Map<string, Cached>>()

/** The engine's result for `text`, over its first `limit` characters (cut
 * at a paragraph end; offsets stay those of the whole text). */
export function suggestionsForText(text: string, actors: readonly Actor[], limit = SUGGEST_TEXT_LIMIT): Limited {
  if (text.length <= limit) return suggestForText(text, actors)
  const cut = text.lastIndexOf('\n\n', limit)
  const head = text.slice(0, cut > 0 ? cut : limit)
  const words = (s: string) => s.split(/\s+/).filter(Boolean).length
  return {
    ...suggestForText(head, actors),
    notice: `This article is very long (${words(text).toLocaleString('en')} words): suggestions cover its first ${words(head).toLocaleString('en')} words. Code the rest by hand, or split the article (Edit text).`,
  }
}

function engineResult(store: WorkspaceStore, article: Article): Limited {
  let cache = caches.get(store)
  if (!cache) caches.set(store, (cache = new Map()))
  const text = plainText(article.body)
  const hit = cache.get(article.id)
  // The registry array is replaced on every change, so identity says whether
  // speakers may match differently now.
  if (hit && hit.text === text && hit.actors === store.actors) {
    cache.delete(article.id)
    cache.set(article.id, hit)
    return hit.result
  }
  const result = suggestionsForText(text, store.actors)
  cache.set(article.id, { text, actors: store.actors, result })
  if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value as string)
  return result
}

/** A claim hides a suggestion when it covers at least half of its content. */
function covered(article: Article, start: number, end: number): boolean {
  const need = (end - start) / 2
  return article.claims.some((c) => Math.min(c.end, end) - Math.max(c.start, start) >= need)
}

export async function suggestionsFor(store: WorkspaceStore, article: Article): Promise<ArticleSuggestions> {
  const { claims, actors, notice } = engineResult(store, article)
  const rejected = await rejectedIn(store, article.id)
  let rejectedCount = 0
  const open = claims.filter((s) => {
    if (rejected.has(s.id)) {
      rejectedCount++
      return false
    }
    return !covered(article, s.content.start, s.content.end)
  })
  return { articleId: article.id, claims: open, actors, rejectedCount, ...(notice ? { notice } : {}) }
}

/** Runs suggestions over many articles as a job of the workspace's job
 * registry (jobs.get / jobs.cancel); an article deleted meanwhile is skipped. */
export function startCorpusJob(store: WorkspaceStore, articleIds: string[]): JobStatus<SuggestCorpusSummary> {
  const summary: SuggestCorpusSummary = { articles: 0, suggestions: 0, byArticle: {} }
  return jobsFor(store).start(
    'suggest',
    summary,
    async (ctx) => {
      for (const [n, id] of articleIds.entries()) {
        if (ctx.signal.aborted) return
        const article = store.article(id)
        if (article) {
          ctx.progress({ current: article.title })
          const { claims } = await suggestionsFor(store, article)
          ctx.summary.articles++
          ctx.summary.suggestions += claims.length
          ctx.summary.byArticle[id] = claims.length
        }
        ctx.progress({ done: n + 1 })
        // Let requests in between two articles: the reader stays responsive.
        await new Promise((resolve) => setImmediate(resolve))
      }
    },
    articleIds.length,
  )
}
