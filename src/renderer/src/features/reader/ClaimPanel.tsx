// The right-hand panel: filters, then the claims of the article, the active
// one open for coding.
import { useLayoutEffect, useMemo, type ReactNode } from 'react'
import { KINDS, type Kind } from '../../../../shared/domain'
import { KIND_STYLES } from '../../../../shared/kinds'
import { kindVars } from '../../app/ui/KindBadge'
import { plural } from '../../app/ui/format'
import { filterChoices, isFiltering, NO_FILTER, type ClaimFilter } from './claimFilter'
import { ClaimList, type ListedClaim } from './ClaimList'
import { PERF, perfEnd } from './perf'
import { useAfterSaves } from './session/useAfterSaves'

const NOTHING_YET: ListedClaim[] = []

type Props = {
  all: ListedClaim[]
  shown: ListedClaim[]
  activeId: string | null
  filter: ClaimFilter
  onFilter: (filter: ClaimFilter) => void
  actorName: (id: string) => string
  eventName: (id: string) => string
  tagColour: (name: string) => string | undefined
  onActivate: (id: string) => void
  details: ReactNode
  /** The active claim is hidden by the filters: its editor shows on its own. */
  hiddenActive: boolean
  onOpenCodebook: () => void
  /** The suggestions section (suggestions/SuggestionsSection), above the claims. */
  suggestions?: ReactNode
}

export function ClaimPanel(props: Props) {
  const { all, filter, onFilter } = props
  // The list follows the text a moment later: the text opens, and a tag
  // shows and is saved, without waiting for hundreds of entries to be built.
  const settled = useAfterSaves(props.shown, NOTHING_YET)
  // …except when the active claim is not in it yet: its details (the fields
  // S, T, E, N and G jump into) are drawn under its entry, and a key typed
  // right after S must find the field there.
  const lagsActive = !!props.activeId && !settled.some((c) => c.id === props.activeId) && props.shown.some((c) => c.id === props.activeId)
  const shown = lagsActive ? props.shown : settled
  useLayoutEffect(() => {
    if (shown.length > 0 && shown.length === props.shown.length) perfEnd(PERF.panel)
  }, [shown, props.shown])
  // The filters' options follow the claims a moment later, like the list:
  // reading every claim's links is not part of a tag's urgent work.
  const deferredAll = useAfterSaves(all, NOTHING_YET)
  const choices = useMemo(() => filterChoices(deferredAll), [deferredAll])
  // The options change only when the set of actors, events or tags in use
  // does, not with every tag: built once per set (hundreds of actors).
  const actorKey = choices.actorIds.join(' ')
  const eventKey = choices.eventIds.join(' ')
  const tagKey = choices.tags.join('\n')
  const { actorName, eventName } = props
  const actorOptions = useMemo(() => optionsOf(actorKey ? actorKey.split(' ') : [], actorName), [actorKey, actorName])
  const eventOptions = useMemo(() => optionsOf(eventKey ? eventKey.split(' ') : [], eventName), [eventKey, eventName])
  const tagOptions = useMemo(() => (tagKey ? tagKey.split('\n') : []).map((t) => <option key={t} value={t}>{t}</option>), [tagKey])
  const toggleKind = (kind: Kind) => onFilter({ ...filter, kinds: filter.kinds.includes(kind) ? filter.kinds.filter((k) => k !== kind) : [...filter.kinds, kind] })

  return (
    <aside className="claim-panel" aria-label="Claims" data-testid="claim-panel">
      <header className="claim-panel-header">
        <h2>Claims</h2>
        <button type="button" className="link-button small" onClick={props.onOpenCodebook} data-testid="open-codebook">
          Codebook
        </button>
        <span className="muted claim-count" data-testid="claim-count">
          {isFiltering(filter) ? `${props.shown.length} of ${plural(all.length, 'claim')}` : plural(all.length, 'claim')}
        </span>
      </header>
      {props.suggestions}
      {all.length > 0 && (
        <div className="claim-filters" role="group" aria-label="Filter the claims" data-testid="claim-filters">
          <div className="filter-kinds">
            {KINDS.map((kind) => (
              <button
                key={kind}
                type="button"
                className="filter-kind"
                style={kindVars(kind)}
                aria-pressed={filter.kinds.includes(kind)}
                onClick={() => toggleKind(kind)}
                data-testid={`filter-${kind}`}
              >
                <span className="kind-swatch" aria-hidden="true">
                  {KIND_STYLES[kind].letter}
                </span>
                {KIND_STYLES[kind].label}
                <span className="muted"> {all.filter((c) => c.kind === kind).length}</span>
              </button>
            ))}
          </div>
          <div className="filter-selects">
            <select aria-label="Actor" value={filter.actorId ?? ''} onChange={(e) => onFilter({ ...filter, actorId: e.target.value || null })} data-testid="filter-actor">
              <option value="">Any actor</option>
              {actorOptions}
            </select>
            <select aria-label="Event" value={filter.eventId ?? ''} onChange={(e) => onFilter({ ...filter, eventId: e.target.value || null })} data-testid="filter-event">
              <option value="">Any event</option>
              {eventOptions}
            </select>
            <select aria-label="Tag" value={filter.tag ?? ''} onChange={(e) => onFilter({ ...filter, tag: e.target.value || null })} data-testid="filter-tag">
              <option value="">Any tag</option>
              {tagOptions}
            </select>
            {isFiltering(filter) && (
              <button type="button" className="link-button" onClick={() => onFilter(NO_FILTER)} data-testid="filter-clear">
                Show all
              </button>
            )}
          </div>
        </div>
      )}
      {props.hiddenActive && props.details && (
        <div className="claim-entry is-active claim-hidden-active">
          <p className="muted small">The active claim is hidden by the filters.</p>
          {props.details}
        </div>
      )}
      {all.length === 0 ? (
        <div className="empty-state empty-compact" data-testid="claims-empty">
          <p className="empty-title">No claims yet.</p>
          <p>
            Select a passage in the text (with the mouse, or <kbd>/</kbd> to find words and <kbd>Shift</kbd>+arrows), then press <kbd>1</kbd>, <kbd>2</kbd> or <kbd>3</kbd>.
          </p>
        </div>
      ) : props.shown.length === 0 ? (
        <p className="muted claim-none-shown">No claim matches these filters.</p>
      ) : (
        <ClaimList
          claims={shown}
          activeId={props.activeId}
          actorName={props.actorName}
          eventName={props.eventName}
          tagColour={props.tagColour}
          onActivate={props.onActivate}
          details={props.details}
        />
      )}
    </aside>
  )
}

function optionsOf(ids: string[], name: (id: string) => string): ReactNode[] {
  return ids
    .map((id) => ({ id, name: name(id) }))
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((o) => (
      <option key={o.id} value={o.id}>
        {o.name}
      </option>
    ))
}
