// Small hand-made analysis results for the view tests.
import type { ClaimRef, EventComparison, Network } from '../../../src/shared/contract-analysis'
import type { Actor, ClaimInContext, Kind } from '../../../src/shared/domain'

export const actor = (id: string, name: string, memberOf: string | null = null, type: Actor['type'] = 'person'): Actor => ({ id, name, type, aliases: [], memberOf, description: '', colour: '' })

export const claim = (id: string, kind: Kind, speakers: string[], targets: string[] = [], articleId = 'a1'): ClaimInContext => ({
  id,
  kind,
  speakers,
  targets,
  eventId: 'ev',
  cue: '',
  note: '',
  tags: [],
  quote: `quote ${id}`,
  start: 0,
  end: 5,
  createdAt: '',
  updatedAt: '',
  articleId,
  articleTitle: 'An article',
  outlet: 'RFE/RL',
  publishedAt: '2020-12-24',
})

export const ref = (claimId: string, articleId = 'a1'): ClaimRef => ({ articleId, claimId })

/** The breach rolled up to the United States: Biden (an assertion and an
 * attribution), Trump (a denial), Pompeo and Barr (one attribution together). */
export function rolledUpBreach(): EventComparison {
  const us = actor('us', 'United States', null, 'country')
  const members = [actor('biden', 'Joe Biden', 'us'), actor('trump', 'Donald Trump', 'us'), actor('pompeo', 'Mike Pompeo', 'us'), actor('barr', 'William Barr', 'us')]
  const kremlin = actor('kremlin', 'Kremlin', null, 'organisation')
  return {
    event: { id: 'ev', name: 'Breach', date: '2020-12-13', endDate: '', description: '', parentId: null },
    events: [],
    claimCount: 5,
    rows: [
      {
        actor: us,
        members: [...members].sort((a, b) => a.name.localeCompare(b.name)),
        total: 4,
        cells: { assertion: [claim('c1', 'assertion', ['biden'])], denial: [claim('c2', 'denial', ['trump'])], attribution: [claim('c3', 'attribution', ['biden'], ['trump']), claim('c4', 'attribution', ['pompeo', 'barr'], ['kremlin'])] },
      },
      { actor: kremlin, members: [kremlin], total: 1, cells: { assertion: [], denial: [claim('c5', 'denial', ['kremlin'])], attribution: [] } },
    ],
  }
}

export function network(type: Network['type'], edges: Network['edges']): Network {
  const ids = [...new Set(edges.flatMap((e) => [e.source, e.target]))]
  return {
    type,
    directed: type === 'speaker-target',
    nodes: ids.map((id, i) => ({ id, label: id, actorType: 'person', colour: i === 0 ? '#123456' : '', memberOf: null, members: [id], claimCount: 10 - i, asSpeaker: 1, asTarget: 1 })),
    edges,
    explanation: '',
    stats: { claims: 0, withoutSpeaker: 0, withoutConcept: 0, edgesLeftOut: 0, nodesLeftOut: 0 },
  }
}
