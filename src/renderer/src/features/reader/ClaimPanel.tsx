// The right-hand panel: the claims of the article, the active one open for coding.
import { useMemo } from 'react'
import type { ActorWithCount, EventWithCount } from '../../../../shared/contract'
import type { Claim, Kind } from '../../../../shared/domain'
import { useConfirm } from '../../app/ui/confirm'
import { plural } from '../../app/ui/format'
import { ClaimDetails } from './ClaimDetails'
import { ClaimList } from './ClaimList'
import type { ClaimPatch } from './claimPatch'
import type { PickItem } from './pickerMatches'

type Props = {
  claims: Claim[]
  activeId: string | null
  actors: ActorWithCount[]
  events: EventWithCount[]
  saving: boolean
  onActivate: (id: string) => void
  onKind: (claimId: string, kind: Kind) => void
  onPatch: (claimId: string, patch: ClaimPatch) => void
  onDelete: (claimId: string) => void
  onCreateActor: (name: string) => Promise<string | undefined>
  onCreateEvent: (name: string) => Promise<string | undefined>
}

export function ClaimPanel(props: Props) {
  const { claims, activeId, actors, events, saving } = props
  const confirm = useConfirm()
  const actorItems: PickItem[] = useMemo(() => actors.map((a) => ({ id: a.id, name: a.name, aliases: a.aliases, detail: a.type })), [actors])
  const eventItems: PickItem[] = useMemo(() => events.map((e) => ({ id: e.id, name: e.name, detail: e.date })), [events])
  const actorName = (id: string) => actors.find((a) => a.id === id)?.name ?? 'Unknown actor'
  const eventName = (id: string) => events.find((e) => e.id === id)?.name ?? 'Unknown event'

  const remove = async (claim: Claim) => {
    // Links and notes are work; a bare highlight can go without asking.
    const coded = claim.speakers.length + claim.targets.length > 0 || claim.eventId || claim.note
    if (coded) {
      const ok = await confirm({
        title: 'Delete this claim?',
        message: `The highlight and its coding (speakers, targets, event, note) are removed. The article text stays as it is.`,
        confirmLabel: 'Delete claim',
        danger: true,
      })
      if (!ok) return
    }
    props.onDelete(claim.id)
  }

  const pendingNew = activeId !== null && !claims.some((c) => c.id === activeId)

  return (
    <aside className="claim-panel" aria-label="Claims" data-testid="claim-panel">
      <header className="claim-panel-header">
        <h2>Claims</h2>
        <span className="muted">{plural(claims.length, 'claim')}</span>
      </header>
      {pendingNew && saving && (
        <p className="muted claim-pending" role="status">
          Saving the new claim…
        </p>
      )}
      {claims.length === 0 && !pendingNew ? (
        <div className="empty-state empty-compact" data-testid="claims-empty">
          <p className="empty-title">No claims yet.</p>
          <p>Select a passage in the text, then click Assertion, Denial or Attribution (or press 1, 2 or 3).</p>
        </div>
      ) : (
        <ClaimList
          claims={claims}
          activeId={activeId}
          actorName={actorName}
          eventName={eventName}
          onActivate={props.onActivate}
          renderDetails={(claim) => (
            <ClaimDetails
              key={claim.id}
              claim={claim}
              actors={actorItems}
              events={eventItems}
              onKind={(kind) => props.onKind(claim.id, kind)}
              onPatch={(patch) => props.onPatch(claim.id, patch)}
              onDelete={() => void remove(claim)}
              onCreateActor={props.onCreateActor}
              onCreateEvent={props.onCreateEvent}
            />
          )}
        />
      )}
    </aside>
  )
}
