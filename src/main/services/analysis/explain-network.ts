// The text the network view shows beside the drawing: what a node, an edge
// and a weight mean for the options chosen.
import type { NetworkOptions } from './network-common'

const ROLL_UP: Record<string, string> = {
  none: '',
  top: ' Members are folded into their top-level actor (a minister counts as his country).',
  level: ' Members deeper than the chosen level of membership are folded into their ancestor at that level.',
  actors: ' Members are folded into the chosen actors they belong to.',
}

const CONCEPTS = {
  targets: 'a target actor',
  events: 'an event',
  both: 'a target actor or an event (each target and the event of a claim is a separate concept)',
}

const NORMALISE = {
  none: 'The weight is the number of concepts on which the two actors are tied, the default of Discourse Network Analyzer (Leifeld).',
  average:
    'The weight is the number of concepts on which the two actors are tied, divided by the average number of concepts each of them spoke about (average activity normalisation): very active actors do not dominate just by speaking often. 1 means they are tied on as many concepts as they address on average.',
  jaccard:
    'The weight is the number of concepts on which the two actors are tied, divided by the number of concepts either of them spoke about (Jaccard): from 0 to 1, 1 when they are tied on every concept either of them addressed.',
  cosine:
    'The weight is the number of concepts on which the two actors are tied, divided by the square root of the product of the numbers of concepts each spoke about (cosine similarity): from 0 to 1, less sensitive than Jaccard to one actor speaking about many more concepts.',
}

export function explainNetwork(options: NetworkOptions): string {
  const rollUp = ROLL_UP[options.rollUp?.to ?? 'none']
  const trimmed = ` Edges lighter than ${options.minWeight ?? 0} are left out, and at most ${options.maxEdges ?? 3_000} of the heaviest are shown.`
  if (options.type === 'speaker-target') {
    return (
      'Each node is an actor. An arrow goes from the speaker of a claim to each actor the claim targets, one arrow per kind (assertion, denial, attribution); its weight is the number of such claims. Claims with no speaker or no target draw no arrow.' +
      rollUp +
      trimmed
    )
  }
  const concept = CONCEPTS[options.concepts ?? 'both']
  const tie =
    options.type === 'conflict'
      ? `Two actors are linked when, about the same concept (${concept}), one affirmed it (an assertion or an attribution) and the other denied it (a denial). Assertion and attribution are not opposed to each other.`
      : options.match === 'polarity'
        ? `Two actors are linked when both made claims of the same polarity about the same concept (${concept}): both affirming (an assertion or an attribution) or both denying (a denial).`
        : `Two actors are linked when both made claims of the same kind (both assertions, both denials or both attributions) about the same concept (${concept}).`
  return (
    `Each node is an actor. ${tie} A concept counts once per pair, however many claims each made about it. ` +
    NORMALISE[options.normalise ?? 'none'] +
    rollUp +
    trimmed
  )
}
