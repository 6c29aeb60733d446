// Handlers of the analysis methods (contract-analysis.ts): actor merge and
// look-alikes, profiles, timelines, bulk event assignment, comparisons,
// networks and charts. The work itself lives in ../analysis.
import type { z } from 'zod'
import { ApiError, type Contract, type MethodResult } from '../../../shared/contract'
import type { analysisMethods } from '../../../shared/contract-analysis'
import { mergeActors, mergeSummaries, undoMerge } from '../analysis/actor-merge'
import { charts } from '../analysis/charts'
import { compareOutlets } from '../analysis/compare'
import { datasetOf } from '../analysis/dataset'
import { headToHead } from '../analysis/head-to-head'
import { edgeClaims } from '../analysis/discourse-network'
import { actorNetwork } from '../analysis/network'
import { actorProfile } from '../analysis/profile'
import { similarActors } from '../analysis/similar-names'
import { eventTimeline } from '../analysis/timeline'
import type { WorkspaceStore } from '../store/workspace-store'
import { assignEvent, claimsByRefs } from './claims'
import { actorOrThrow, checkAnalysisInput, eventOrThrow } from './registry'

type Method = keyof typeof analysisMethods
type AnalysisHandlers = { [K in Method]: (input: z.output<Contract[K]['input']>) => Promise<MethodResult<K>> }

export function analysisHandlers(store: WorkspaceStore): AnalysisHandlers {
  return {
    'actors.merge': async ({ keepId, mergeId }) => mergeActors(store, keepId, mergeId),
    'actors.unmerge': async ({ undoId }) => undoMerge(store, undoId),
    'actors.similar': async ({ minScore, limit }) => similarActors(store.actors, minScore, limit),
    'actors.profile': async ({ id, ...options }) => {
      checkAnalysisInput(store, options)
      return actorProfile(datasetOf(store), actorOrThrow(store, id), options)
    },
    'merges.list': async () => mergeSummaries(store),
    'claims.assignEvent': async ({ claimRefs, eventId }) => assignEvent(store, claimRefs, eventId),
    'claims.byRefs': async ({ refs }) => claimsByRefs(store, refs),
    'events.timeline': async ({ id, ...options }) => {
      checkAnalysisInput(store, options)
      return eventTimeline(datasetOf(store), eventOrThrow(store, id), options)
    },
    'compare.outlets': async ({ eventId, ...options }) => {
      checkAnalysisInput(store, options)
      return compareOutlets(datasetOf(store), eventOrThrow(store, eventId), options)
    },
    'compare.headToHead': async (input) => {
      if (input.a.trim() === input.b.trim()) throw new ApiError('invalid-input', `Choose two different ${input.by === 'actor' ? 'actors' : 'outlets'} to compare.`)
      if (input.by === 'actor') [input.a, input.b].forEach((id) => actorOrThrow(store, id))
      checkAnalysisInput(store, input)
      return headToHead(datasetOf(store), input)
    },
    'analysis.network': async (input) => {
      checkAnalysisInput(store, input)
      return actorNetwork(datasetOf(store), input)
    },
    'analysis.edgeClaims': async ({ source, target, ...options }) => {
      checkAnalysisInput(store, options)
      return edgeClaims(datasetOf(store), options, source, target)
    },
    'analysis.charts': async (input) => {
      checkAnalysisInput(store, input)
      return charts(datasetOf(store), input)
    },
  }
}
