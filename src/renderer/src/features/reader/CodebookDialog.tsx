// The workspace codebook: the free tags claims are coded with (frames such
// as "security" or "economy"), each with a colour from a palette that
// colour-blind readers tell apart (its name is always shown too). Renaming a
// tag renames it on every claim; removing it takes it off every claim.
import { useState, type CSSProperties, type FormEvent } from 'react'
import { TAG_COLOURS, type CodebookTag } from '../../../../shared/contract-codebook'
import { useAction, api } from '../../app/useApi'
import { useConfirm } from '../../app/ui/confirm'
import { Modal } from '../../app/ui/Modal'

type Props = {
  tags: CodebookTag[]
  onChange: (tags: CodebookTag[]) => void
  /** Claims were rewritten (a rename or a removal): the reader reads them again. */
  onClaimsRewritten: () => void
  onClose: () => void
}

export function CodebookDialog({ tags, onChange, onClaimsRewritten, onClose }: Props) {
  const { busy, run } = useAction()
  const confirm = useConfirm()
  const [name, setName] = useState('')
  const sorted = [...tags].sort((a, b) => a.name.localeCompare(b.name))

  const add = async (event: FormEvent) => {
    event.preventDefault()
    if (!name.trim()) return
    const tag = await run(() => api().codebook.create({ name: name.trim() }), `Could not add “${name.trim()}”`)
    if (tag) {
      onChange([...tags, tag])
      setName('')
    }
  }

  const update = async (tag: CodebookTag, patch: { name?: string; colour?: string }) => {
    if (patch.name !== undefined && (!patch.name.trim() || patch.name.trim() === tag.name)) return
    const result = await run(() => api().codebook.update({ id: tag.id, patch: patch.name ? { name: patch.name.trim() } : patch }), `Could not change “${tag.name}”`)
    if (!result) return
    onChange(tags.map((t) => (t.id === tag.id ? result.tag : t)))
    if (result.renamedOnClaims > 0) onClaimsRewritten()
  }

  const remove = async (tag: CodebookTag) => {
    const ok = await confirm({
      title: `Remove “${tag.name}” from the codebook?`,
      message: 'The tag is taken off every claim that carries it, in every article. The claims themselves stay.',
      confirmLabel: 'Remove tag',
      danger: true,
    })
    if (!ok) return
    const result = await run(() => api().codebook.delete({ id: tag.id }), `Could not remove “${tag.name}”`)
    if (!result) return
    onChange(tags.filter((t) => t.id !== tag.id))
    if (result.removedFromClaims > 0) onClaimsRewritten()
  }

  return (
    <Modal title="Codebook" onClose={onClose} testId="codebook-dialog">
      <p className="muted small">Free tags for claims, such as frames (“security”, “economy”). Press G on a claim to tag it.</p>
      <ul className="codebook-list">
        {sorted.map((tag) => (
          <li key={tag.id} className="codebook-row" data-testid="codebook-tag">
            <input
              className="codebook-name"
              defaultValue={tag.name}
              aria-label={`Name of the tag “${tag.name}”`}
              onBlur={(e) => void update(tag, { name: e.target.value })}
              onKeyDown={(e) => e.key === 'Enter' && (e.currentTarget as HTMLInputElement).blur()}
            />
            <span className="codebook-colours" role="radiogroup" aria-label={`Colour of “${tag.name}”`}>
              {TAG_COLOURS.map((colour) => (
                <button
                  key={colour}
                  type="button"
                  role="radio"
                  aria-checked={tag.colour.toUpperCase() === colour}
                  aria-label={colour}
                  className="codebook-swatch"
                  style={{ '--chip-colour': colour } as CSSProperties}
                  onClick={() => void update(tag, { colour })}
                  disabled={busy}
                />
              ))}
            </span>
            <button type="button" className="icon-button" aria-label={`Remove “${tag.name}”`} onClick={() => void remove(tag)} disabled={busy}>
              ×
            </button>
          </li>
        ))}
        {sorted.length === 0 && <li className="muted">No tags yet.</li>}
      </ul>
      <form className="inline-form" onSubmit={add}>
        <label className="field">
          <span>New tag</span>
          <input value={name} onChange={(e) => setName(e.target.value)} placeholder="security" maxLength={100} data-testid="codebook-new" />
        </label>
        <div className="inline-form-actions">
          <button type="submit" className="button button-primary" disabled={busy || !name.trim()}>
            Add
          </button>
        </div>
      </form>
    </Modal>
  )
}
