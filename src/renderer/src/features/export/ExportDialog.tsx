// The export dialog: what is exported (the scope, in words), the format
// (reports to read, data for other tools, each saying which tool opens it),
// the options that apply to that format, then a progress bar with Cancel
// while the job runs, and the file saved (desktop) or downloaded (browser).
import { useState } from 'react'
import type { ExportFormat, ExportOptions, ExportScope, NetworkKind } from '../../../../shared/contract-export'
import { KINDS, type Kind } from '../../../../shared/domain'
import { KIND_STYLES } from '../../../../shared/kinds'
import { Modal } from '../../app/ui/Modal'
import { FORMAT_GROUPS, formatEntry, NETWORK_CHOICES } from './exportFormats'
import { ExportProgress } from './ExportProgress'
import { useScopeWords } from './scopeWords'
import { useExportJob } from './useExportJob'
import './export-dialog.css'

type Choice = { format: ExportFormat; options: ExportOptions }

// The last choice is offered again the next time the dialog opens.
let lastChoice: Choice = { format: 'html', options: { kinds: [...KINDS], notes: true, tags: true, fullText: true, network: 'two-mode-event' } }

export function ExportDialog({ scope, onClose }: { scope: ExportScope; onClose: () => void }) {
  const words = useScopeWords(scope)
  const [choice, setChoice] = useState<Choice>(lastChoice)
  const { run, start, cancel, reset } = useExportJob()
  const entry = formatEntry(choice.format)
  const applies = (option: (typeof entry.options)[number]) => entry.options.includes(option)
  const busy = run.state === 'running' || run.state === 'delivering'
  const noKinds = choice.options.kinds.length === 0

  const update = (next: { format?: ExportFormat; options?: Partial<ExportOptions> }) => {
    const merged = { format: next.format ?? choice.format, options: { ...choice.options, ...next.options } }
    lastChoice = merged
    setChoice(merged)
    // A new choice makes the last outcome stale.
    if (!busy) reset()
  }
  const toggleKind = (kind: Kind, on: boolean) => update({ options: { kinds: KINDS.filter((k) => (k === kind ? on : choice.options.kinds.includes(k))) } })

  return (
    <Modal title="Export" onClose={onClose} testId="export-dialog" width="wide">
      <p className="export-scope" data-testid="export-scope">
        Exporting <strong>{words}</strong>
      </p>
      <fieldset className="export-form" disabled={busy}>
        <div className="export-formats">
          {FORMAT_GROUPS.map((group) => (
            <fieldset key={group.title} className="export-group">
              <legend>{group.title}</legend>
              {group.formats.map((f) => (
                <label key={f.format} className="export-format" data-testid={`export-format-${f.format}`}>
                  <input type="radio" name="export-format" value={f.format} checked={choice.format === f.format} onChange={() => update({ format: f.format })} />
                  <span>
                    <span className="export-format-name">{f.label}</span>
                    <span className="export-format-hint">{f.opensWith}</span>
                  </span>
                </label>
              ))}
            </fieldset>
          ))}
        </div>
        <fieldset className="export-options">
          <legend>Include</legend>
          {applies('kinds') && (
            <div className="export-kinds" role="group" aria-label="Kinds of claim">
              {KINDS.map((kind) => (
                <label key={kind} className="export-check">
                  <input type="checkbox" checked={choice.options.kinds.includes(kind)} onChange={(e) => toggleKind(kind, e.currentTarget.checked)} data-testid={`export-kind-${kind}`} />
                  {KIND_STYLES[kind].label} claims
                </label>
              ))}
            </div>
          )}
          {noKinds && (
            <p className="export-hint-error" role="alert">
              Choose at least one kind of claim to export.
            </p>
          )}
          <div className="export-checks">
            {applies('notes') && <Check label="Notes" checked={choice.options.notes} onChange={(notes) => update({ options: { notes } })} testId="export-notes" />}
            {applies('tags') && <Check label="Tags" checked={choice.options.tags} onChange={(tags) => update({ options: { tags } })} testId="export-tags" />}
            {applies('fullText') && (
              <Check label="Full text of the articles (off: the claims only)" checked={choice.options.fullText} onChange={(fullText) => update({ options: { fullText } })} testId="export-full-text" />
            )}
          </div>
          {applies('network') && (
            <label className="field">
              <span>Network</span>
              <select value={choice.options.network} onChange={(e) => update({ options: { network: e.currentTarget.value as NetworkKind } })} data-testid="export-network">
                {NETWORK_CHOICES.map((n) => (
                  <option key={n.kind} value={n.kind}>
                    {n.label}: {n.hint}
                  </option>
                ))}
              </select>
            </label>
          )}
        </fieldset>
      </fieldset>
      <div className="export-footer">
        <ExportProgress run={run} />
        <div className="form-actions">
          {busy ? (
            <button type="button" className="button" onClick={() => void cancel()} disabled={run.state === 'delivering'} data-testid="export-cancel">
              Cancel export
            </button>
          ) : (
            <>
              <button type="button" className="button button-quiet" onClick={onClose} data-testid="export-close">
                Close
              </button>
              <button type="button" className="button button-primary" disabled={noKinds} onClick={() => void start({ format: choice.format, scope, options: choice.options })} data-testid="export-start">
                Export {entry.label}
              </button>
            </>
          )}
        </div>
      </div>
    </Modal>
  )
}

function Check({ label, checked, onChange, testId }: { label: string; checked: boolean; onChange: (checked: boolean) => void; testId: string }) {
  return (
    <label className="export-check">
      <input type="checkbox" checked={checked} onChange={(e) => onChange(e.currentTarget.checked)} data-testid={testId} />
      {label}
    </label>
  )
}
