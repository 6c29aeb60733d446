// Suggestions: a first pass over an article that proposes who says what
// (content, speaker, cue, kind) and which people and organisations are named
// but not yet in the registry. Computed in the main process, offline, from
// rules and lexicons (src/main/services/suggest/). The researcher accepts,
// adjusts or rejects each one in the reader; rejections are remembered per
// article so a rejected suggestion never comes back. Spread into `contract`
// in contract.ts.
import { z } from 'zod'
import { def } from './contract-def'
import { Id, ActorType, type Kind } from './domain'
import type { JobStatus } from './contract-import'

/** Offsets in the article's plain text (blocks joined by a blank line), the
 * same coordinates as Claim.start / Claim.end. */
export type TextSpan = { start: number; end: number; text: string }

export type ClaimSuggestion = {
  /** Stable for the same article text: a hash of the content span and cue,
   * so a rejection still matches after the article is re-analysed. */
  id: string
  content: TextSpan
  /** The span naming the speaker where the sentence has one (a name, a
   * pronoun, "the ministry"); null when none was found. */
  source: TextSpan | null
  cue: TextSpan | null
  kind: Kind
  /** Registry actors the source refers to (by name, alias, or a pronoun
   * that refers back to a named speaker); empty when none matched. */
  speakerIds: string[]
  /** The speaker's name as written or resolved (for a pronoun, the name it
   * refers to), so the reader can offer to create the actor. */
  speakerName: string
  /** Which rule family found it: quote, said-that, according-to, source-after, ... */
  rule: string
  /** 0..1, how sure the rules are; the reader may hide the least sure. */
  confidence: number
}

export type ActorSuggestion = {
  /** The fullest form of the name found (e.g. "Sergei Ryabkov"). */
  name: string
  /** Other forms that refer to the same actor in this article ("Ryabkov",
   * "Deputy Foreign Minister Sergei Ryabkov"): proposed as aliases. */
  variants: string[]
  type: z.infer<typeof ActorType>
  /** How often any form occurs in the article. */
  mentions: number
  /** First occurrence, to scroll to. */
  first: TextSpan
}

export type ArticleSuggestions = {
  articleId: string
  /** Suggestions not yet coded (a claim already covering most of the content
   * span hides it) and not rejected. */
  claims: ClaimSuggestion[]
  actors: ActorSuggestion[]
  /** How many were hidden because the researcher rejected them. */
  rejectedCount: number
  /** Set when the suggestions do not cover the whole article (a very long
   * one, or paragraphs the rules failed on), saying how far they go and
   * what to do. */
  notice?: string
}

export type SuggestCorpusSummary = {
  articles: number
  suggestions: number
  /** Open suggestions (not coded, not rejected) per article id. */
  byArticle: Record<string, number>
  /** The articles with the most open suggestions, most first (at most
   * SUGGEST_TOP_ARTICLES), to open from the summary. */
  top: { articleId: string; title: string; suggestions: number }[]
  /** Articles that could not be analysed (a file damaged since the library
   * was read), and why; the job goes on with the others. */
  failures: { articleId: string; title: string; message: string }[]
}

/** How many articles a corpus job's summary names (`top`). */
export const SUGGEST_TOP_ARTICLES = 50

export const suggestMethods = {
  /** Suggestions for one article, computed on demand (fast: ≤ 50 ms for
   * 1,000 words). */
  'suggest.forArticle': def<ArticleSuggestions>()(z.object({ articleId: Id }).strict()),
  /** Remembers that the researcher rejected these suggestions on this
   * article; `rejected` counts those not rejected before. */
  'suggest.reject': def<{ rejected: number }>()(
    z.object({ articleId: Id, suggestionIds: z.array(z.string().min(1).max(100)).min(1).max(10_000) }).strict(),
  ),
  /** Forgets every rejection on this article (the reader's "show rejected again"). */
  'suggest.clearRejections': def<{ cleared: number }>()(z.object({ articleId: Id }).strict()),
  /** Runs suggestions over many articles (all when `articleIds` is absent)
   * as a background job; poll with jobs.get, stop with jobs.cancel. The
   * summary counts suggestions per article; nothing is coded automatically. */
  'suggest.startCorpus': def<JobStatus<SuggestCorpusSummary>>()(
    z.object({ articleIds: z.array(Id).max(100_000).optional() }).strict(),
  ),
}
