// The suggestions part of the claim panel: on/off, how many, the active
// suggestion with a button for every action its keys do, "show rejected
// again", and the people and organisations named but not in the registry.
// Buttons keep the focus in the text (mousedown is cancelled), so the keys
// and the selection carry on after a click.
import type { MouseEvent } from 'react'
import { KIND_STYLES } from '../../../../../shared/kinds'
import type { ReaderCommandId } from '../../../../../shared/reader-commands'
import { plural, truncate } from '../../../app/ui/format'
import { KindBadge } from '../../../app/ui/KindBadge'
import { ActorSuggestions } from './ActorSuggestions'
import type { PlacedSuggestion } from './placement'
import type { SuggestionsUi } from './useSuggestions'

const keep = (e: MouseEvent) => e.preventDefault()

type Props = { ui: SuggestionsUi; actorName: (id: string) => string }

type ButtonProps = { ui: SuggestionsUi; id: ReaderCommandId; label: string; keys: string; testId: string; primary?: boolean; title?: string; showKeys?: boolean }

function CommandButton({ ui, id, label, keys, testId, primary = false, title, showKeys = true }: ButtonProps) {
  return (
    <button
      type="button"
      className={`button button-small${primary ? '' : ' button-quiet'}`}
      onMouseDown={keep}
      onClick={() => ui.run(id)}
      disabled={!ui.enabled(id)}
      title={title ? `${title} (${keys})` : undefined}
      aria-label={title}
      aria-keyshortcuts={keys}
      data-testid={testId}
    >
      {label}
      {showKeys && <kbd>{keys}</kbd>}
    </button>
  )
}

export function SuggestionsSection({ ui, actorName }: Props) {
  const { data } = ui
  const count = data.visible.length
  return (
    <section className="suggestions-section" aria-label="Suggestions" data-testid="suggestions" data-shown={data.shown} data-loading={data.loading}>
      <header className="suggestions-header">
        <h3 data-testid="suggestion-count" data-count={data.shown ? count : 0}>
          {!data.shown ? 'Suggestions' : data.loading && !data.data ? 'Finding suggestions…' : plural(count, 'suggestion')}
        </h3>
        <button
          type="button"
          role="switch"
          aria-checked={data.shown}
          className="suggestions-switch"
          onMouseDown={keep}
          onClick={() => ui.run('toggle-suggestions')}
          title="Show or hide the suggested claims in the text (remembered)"
          data-testid="suggestions-toggle"
        >
          <span className="suggestions-switch-track" aria-hidden="true" />
          {data.shown ? 'On' : 'Off'}
        </button>
      </header>
      {data.shown && (
        <>
          {data.error && (
            <p className="suggestions-error" role="alert" data-testid="suggestions-error">
              Suggestions could not be found: {data.error}{' '}
              <button type="button" className="link-button" onClick={data.reload}>
                Try again
              </button>
            </p>
          )}
          {data.data?.notice && (
            <p className="suggestions-notice" role="status" data-testid="suggestions-notice">
              {data.data.notice}
            </p>
          )}
          {ui.active ? (
            <ActiveSuggestion ui={ui} placed={ui.active} actorName={actorName} />
          ) : (
            count > 0 && (
              <p className="muted small suggestions-intro">
                Proposed claims are outlined with dashes in the text. Press <kbd>]</kbd> (or click one) to review it: <kbd>A</kbd> accepts, <kbd>X</kbd> rejects.
              </p>
            )
          )}
          <div className="suggestions-actions">
            <CommandButton ui={ui} id="prev-suggestion" label="◂ Previous" keys="[" testId="suggestion-prev" />
            <CommandButton ui={ui} id="next-suggestion" label="Next ▸" keys="]" testId="suggestion-next" />
            <CommandButton ui={ui} id="accept-paragraph" label="Accept all in paragraph" keys="Shift+A" testId="suggestion-accept-paragraph" />
          </div>
          {data.rejectedCount > 0 && (
            <p className="muted small">
              {plural(data.rejectedCount, 'suggestion')} rejected.{' '}
              <button type="button" className="link-button" onMouseDown={keep} onClick={() => ui.run('show-rejected')} data-testid="suggestions-show-rejected">
                Show rejected again
              </button>
            </p>
          )}
          <ActorSuggestions actors={ui.missingActors} onAdd={ui.addActors} />
        </>
      )}
    </section>
  )
}

function ActiveSuggestion({ ui, placed, actorName }: { ui: SuggestionsUi; placed: PlacedSuggestion; actorName: (id: string) => string }) {
  const { suggestion } = placed
  const speakers = ui.speakerIds(placed)
  const style = KIND_STYLES[suggestion.kind]
  return (
    <div className="suggestion-card" data-testid="active-suggestion" data-suggestion-id={suggestion.id} data-kind={suggestion.kind}>
      <div className="suggestion-card-head">
        <KindBadge kind={suggestion.kind} />
        <span className="muted small" title="Which rule found it, and how sure it is">
          {suggestion.rule} · {Math.round(suggestion.confidence * 100)}%
        </span>
      </div>
      <blockquote className="suggestion-quote">{truncate(suggestion.content.text, 240)}</blockquote>
      <dl className="suggestion-facts">
        <dt>Speaker</dt>
        <dd data-testid="suggestion-speaker">
          {speakers.length > 0 ? (
            speakers.map((id) => (
              <span key={id} className="chip">
                {actorName(id)}
              </span>
            ))
          ) : suggestion.speakerName ? (
            <label className="suggestion-new-speaker">
              <input type="checkbox" checked={ui.wantsNewSpeaker(placed)} onChange={(e) => ui.setWantsNewSpeaker(placed, e.target.checked)} data-testid="suggestion-add-speaker" />
              Add “{suggestion.speakerName}” as a new actor and link it
            </label>
          ) : (
            <span className="muted">none found</span>
          )}
        </dd>
        <dt>Cue</dt>
        <dd>{suggestion.cue ? `“${suggestion.cue.text}”` : <span className="muted">none</span>}</dd>
      </dl>
      <div className="suggestion-bounds" role="group" aria-label="Adjust the boundaries by a word">
        <span className="muted small">Start</span>
        <CommandButton ui={ui} id="suggestion-start-earlier" label="◂" keys="," title="Start one word earlier" showKeys={false} testId="suggestion-start-earlier" />
        <CommandButton ui={ui} id="suggestion-start-later" label="▸" keys="." title="Start one word later" showKeys={false} testId="suggestion-start-later" />
        <span className="muted small">End</span>
        <CommandButton ui={ui} id="suggestion-end-earlier" label="◂" keys="<" title="End one word earlier" showKeys={false} testId="suggestion-end-earlier" />
        <CommandButton ui={ui} id="suggestion-end-later" label="▸" keys=">" title="End one word later" showKeys={false} testId="suggestion-end-later" />
      </div>
      <p className="muted small">
        Keys <kbd>,</kbd> <kbd>.</kbd> move the start, <kbd>&lt;</kbd> <kbd>&gt;</kbd> the end; <kbd>Shift</kbd>+arrows a character. Or select other words, then accept.
      </p>
      <div className="suggestions-actions">
        <CommandButton ui={ui} id="accept-suggestion" label="Accept" keys="A" title={`Accept as ${style.label.toLowerCase()}`} testId="suggestion-accept" primary />
        <CommandButton ui={ui} id="reject-suggestion" label="Reject" keys="X" title="Reject: never suggested again" testId="suggestion-reject" />
      </div>
    </div>
  )
}
