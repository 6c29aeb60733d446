// "Import" opens this: paste text, many files or a folder, or a corpus with
// its metadata table. While a batch runs the dialog shows its progress, and
// at the end its summary; closing it then leaves the batch running (the
// library shows its progress). Escape closes the dialog.
import { useEffect, useRef, useState } from 'react'
import type { Article } from '../../../../shared/domain'
import { Modal } from '../../app/ui/Modal'
import { BatchProgress } from './BatchProgress'
import { BatchSummary } from './BatchSummary'
import { CorpusForm } from './CorpusForm'
import { FilesPanel } from './FilesPanel'
import { PasteForm } from './PasteForm'
import type { PickedFile } from './uploadPlan'
import type { BatchImport } from './useBatchImport'
import { useTabTrap } from './useTabTrap'
import '../../styles/library.css'

export type ImportTab = 'paste' | 'files' | 'corpus'

type Props = {
  batch: BatchImport
  initialTab?: ImportTab
  staged: PickedFile[]
  onStage: (files: PickedFile[]) => void
  onClose: () => void
  onImported: (article: Article) => void
  onOpen: (articleId: string) => void
}

export function ImportDialog({ batch, initialTab = 'paste', staged, onStage, onClose, onImported, onOpen }: Props) {
  const [tab, setTab] = useState<ImportTab>(staged.length ? 'files' : initialTab)
  useTabTrap('[data-testid="import-dialog"]')
  // Files dropped anywhere on the open dialog wait on the Files tab.
  useEffect(() => {
    if (staged.length) setTab('files')
  }, [staged])
  const { phase } = batch.state
  // The panel changes under the focus when a batch starts and ends: move
  // the focus to what comes next (Cancel, then Done).
  const shownPhase = useRef(phase)
  useEffect(() => {
    if (shownPhase.current === phase) return
    shownPhase.current = phase
    document.querySelector<HTMLElement>('[data-testid="import-dialog"] [data-autofocus]')?.focus()
  }, [phase])
  const finishedDone = () => {
    batch.reset()
    onClose()
  }
  return (
    <Modal title="Import articles" onClose={onClose} testId="import-dialog" width="wide">
      {phase === 'sending' || phase === 'running' ? (
        <BatchProgress state={batch.state} onCancel={batch.cancel} />
      ) : phase === 'finished' ? (
        <BatchSummary state={batch.state} onOpen={onOpen} onMore={batch.reset} onDone={finishedDone} />
      ) : (
        <>
          <div className="tabs" role="tablist" aria-label="Import from">
            <TabButton id="paste" current={tab} onSelect={setTab}>
              Paste text
            </TabButton>
            <TabButton id="files" current={tab} onSelect={setTab}>
              Files or folder
            </TabButton>
            <TabButton id="corpus" current={tab} onSelect={setTab}>
              Corpus with a table
            </TabButton>
          </div>
          <div role="tabpanel" id={`import-panel-${tab}`} aria-labelledby={`import-tab-${tab}`} className="tab-panel">
            {tab === 'paste' ? <PasteForm onImported={onImported} /> : tab === 'files' ? <FilesPanel batch={batch} staged={staged} onStage={onStage} /> : <CorpusForm batch={batch} />}
          </div>
        </>
      )}
    </Modal>
  )
}

function TabButton({ id, current, onSelect, children }: { id: ImportTab; current: ImportTab; onSelect: (tab: ImportTab) => void; children: string }) {
  return (
    <button
      type="button"
      role="tab"
      id={`import-tab-${id}`}
      aria-selected={current === id}
      aria-controls={`import-panel-${id}`}
      tabIndex={current === id ? 0 : -1}
      className="tab"
      onClick={() => onSelect(id)}
      onKeyDown={(e) => {
        // Arrow keys move between tabs, as in a desktop tab bar.
        const order: ImportTab[] = ['paste', 'files', 'corpus']
        const step = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0
        if (!step) return
        e.preventDefault()
        const next = order[(order.indexOf(id) + step + order.length) % order.length]
        onSelect(next)
        document.getElementById(`import-tab-${next}`)?.focus()
      }}
      data-testid={`import-tab-${id}`}
    >
      {children}
    </button>
  )
}
