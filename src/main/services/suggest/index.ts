// Suggestions for the articles of an open workspace: the engine's result for
// the article's plain text, without what the researcher already coded (a
// claim overlapping a suggestion's content by half of the shorter of the
// two, even one accepted with narrowed boundaries) or rejected. Results are
// cached per article while its text and the registry stay the same, so the
// reader can ask again after every save at no cost.
import { SUGGEST_TOP_ARTICLES, type ArticleSuggestions, type SuggestCorpusSummary } from '../../../shared/contract-suggest'
import type { JobStatus } from '../../../shared/contract-import'
import { plainText } from '../../../shared/body'
import { overlapsByHalf } from '../../../shared/span-overlap'
import type { Actor, Article } from '../../../shared/domain'
import { jobsFor } from '../import/import-jobs'
import type { WorkspaceStore } from '../store/workspace-store'
import type { TextSuggestions } from './engine'
import { suggestGuarded } from './paragraph-fallback'
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
  if (text.length <= limit) return suggestGuarded(text, actors)
  const cut = text.lastIndexOf('\n\n', limit)
  const head = text.slice(0, cut > 0 ? cut : limit)
  const words = (s: string) => s.split(/\s+/).filter(Boolean).length
  const result = suggestGuarded(head, actors)
  const long = `This article is very long (${words(text).toLocaleString('en')} words): suggestions cover its first ${words(head).toLocaleString('en')} words. Code the rest by hand, or split the article (Edit text).`
  return { ...result, notice: result.notice ? `${long} ${result.notice}` : long }
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

/** A claim hides a suggestion when the two overlap by half of the shorter
 * (the evaluation's rule): a claim narrowed to a few words of a long
 * suggestion still codes it, as does one a little longer than it. */
function covered(article: Article, start: number, end: number): boolean {
  return article.claims.some((c) => overlapsByHalf(c.start, c.end, start, end))
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
 * registry (jobs.get / jobs.cancel); an article deleted meanwhile is
 * skipped, one that cannot be read is named in the summary's failures and
 * the job goes on. Nothing is coded; the counts live in the job (see
 * "Suggestions" in docs/ARCHITECTURE.md for why they are not stored). */
export function startCorpusJob(store: WorkspaceStore, articleIds: string[]): JobStatus<SuggestCorpusSummary> {
  const summary: SuggestCorpusSummary = { articles: 0, suggestions: 0, byArticle: {}, top: [], failures: [] }
  return jobsFor(store).start(
    'suggest',
    summary,
    async (ctx) => {
      for (const [n, id] of articleIds.entries()) {
        if (ctx.signal.aborted) return
        const title = store.articleRecord(id)?.title ?? id
        ctx.progress({ current: title })
        const problems = store.problems.length
        try {
          const article = store.article(id)
          if (article) count(ctx.summary, article, (await suggestionsFor(store, article)).claims.length)
          // Unreadable now (damaged since the workspace opened): the store
          // set it aside and said what to do; a deleted one just goes.
          else if (store.problems.length > problems) ctx.summary.failures.push({ articleId: id, title, message: store.problems.slice(problems).join(' ') })
        } catch (err) {
          const reason = err instanceof Error ? err.message : String(err)
          ctx.summary.failures.push({ articleId: id, title, message: `It could not be analysed (${reason}). Open it in the reader to see it; the other articles were analysed.` })
        }
        ctx.progress({ done: n + 1 })
        // Let requests in between two articles: the reader stays responsive.
        await new Promise((resolve) => setImmediate(resolve))
      }
    },
    articleIds.length,
  )
}

/** Adds one article's count; `top` stays sorted, most first, and short. */
function count(summary: SuggestCorpusSummary, article: Article, open: number): void {
  summary.articles++
  summary.suggestions += open
  summary.byArticle[article.id] = open
  if (open === 0) return
  const { top } = summary
  if (top.length === SUGGEST_TOP_ARTICLES && top[top.length - 1].suggestions >= open) return
  let at = top.findIndex((t) => t.suggestions < open)
  if (at < 0) at = top.length
  top.splice(at, 0, { articleId: article.id, title: article.title, suggestions: open })
  if (top.length > SUGGEST_TOP_ARTICLES) top.pop()
}
