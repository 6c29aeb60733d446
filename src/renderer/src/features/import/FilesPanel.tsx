// The Files tab: many files or a whole folder at once, chosen with the
// file inputs, dropped here, or dropped on the library (then they wait here
// for the duplicate choice). In the desktop app the system dialog is used
// and the main process reads the files itself.
import { useState } from 'react'
import { plural } from '../../app/ui/format'
import { useFileDrop } from '../library/useFileDrop'
import { DuplicateChoice, type DuplicateMode } from './DuplicateChoice'
import { BATCH_ACCEPT, BATCH_FORMATS, isDesktopApp } from './platform'
import { pickedFromBrowser, type PickedFile } from './uploadPlan'
import type { BatchImport } from './useBatchImport'

type Props = {
  batch: BatchImport
  /** Files dropped on the library, waiting for the user to start. */
  staged: PickedFile[]
  onStage: (files: PickedFile[]) => void
}

/** React has no prop for it: a folder input, set on the element. */
export const asFolderInput = (el: HTMLInputElement | null) => el?.setAttribute('webkitdirectory', '')

export function FilesPanel({ batch, staged, onStage }: Props) {
  const [mode, setMode] = useState<DuplicateMode>('skip')
  const start = (files: PickedFile[]) => {
    if (!files.length) return
    onStage([])
    batch.start(files, { onDuplicate: mode })
  }
  const drop = useFileDrop((files) => start(pickedFromBrowser(files)))

  const desktop = isDesktopApp()
  return (
    <div className="form files-form">
      <DuplicateChoice value={mode} onChange={setMode} />
      {staged.length > 0 ? (
        <div className="staged-files" data-testid="staged-files">
          <p>
            <strong>{plural(staged.length, 'file')}</strong> ready to import:{' '}
            <span className="muted">
              {staged
                .slice(0, 5)
                .map((f) => f.name)
                .join(', ')}
              {staged.length > 5 ? `, and ${staged.length - 5} more` : ''}
            </span>
          </p>
          <div className="form-actions">
            <button type="button" className="button button-quiet" onClick={() => onStage([])}>
              Choose other files
            </button>
            <button type="button" className="button button-primary" onClick={() => start(staged)} data-testid="batch-start" data-autofocus>
              Import {plural(staged.length, 'file')}
            </button>
          </div>
        </div>
      ) : (
        <div className={`file-drop-label batch-drop${drop.dragging ? ' is-dragging' : ''}`} {...drop.handlers} data-testid="batch-drop">
          <span className="file-drop-title">Drop files or a folder’s files here, or choose them</span>
          <span className="muted">{BATCH_FORMATS}. Saved web pages keep their title, outlet, author and date; scripts and ads are removed.</span>
          <div className="batch-pickers">
            {desktop ? (
              <>
                <button type="button" className="button button-primary" onClick={() => batch.pickAndStart('files', { onDuplicate: mode })} data-testid="pick-files" data-autofocus>
                  Choose files…
                </button>
                <button type="button" className="button" onClick={() => batch.pickAndStart('folder', { onDuplicate: mode })} data-testid="pick-folder">
                  Choose a folder…
                </button>
              </>
            ) : (
              <>
                <label className="button button-primary file-button">
                  Choose files…
                  <input
                    type="file"
                    multiple
                    accept={BATCH_ACCEPT}
                    className="visually-hidden"
                    onChange={(e) => {
                      start(pickedFromBrowser(e.target.files ?? []))
                      e.target.value = '' // choosing the same files again imports them again
                    }}
                    data-testid="import-file-input"
                    aria-label="Files to import"
                    data-autofocus
                  />
                </label>
                <label className="button file-button">
                  Choose a folder…
                  <input
                    type="file"
                    ref={asFolderInput}
                    className="visually-hidden"
                    onChange={(e) => {
                      start(pickedFromBrowser(e.target.files ?? []))
                      e.target.value = ''
                    }}
                    data-testid="import-folder-input"
                    aria-label="Folder to import"
                  />
                </label>
              </>
            )}
          </div>
        </div>
      )}
    </div>
  )
}
