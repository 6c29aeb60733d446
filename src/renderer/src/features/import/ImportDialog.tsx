// "Import" opens this: paste text, or pick files.
import { useState } from 'react'
import type { Article } from '../../../../shared/domain'
import { Modal } from '../../app/ui/Modal'
import { FilesForm } from './FilesForm'
import { PasteForm } from './PasteForm'

type Tab = 'paste' | 'files'

export function ImportDialog({ onClose, onImported }: { onClose: () => void; onImported: (article: Article) => void }) {
  const [tab, setTab] = useState<Tab>('paste')
  return (
    <Modal title="Import articles" onClose={onClose} testId="import-dialog" width="wide">
      <div className="tabs" role="tablist" aria-label="Import from">
        <TabButton id="paste" current={tab} onSelect={setTab}>
          Paste text
        </TabButton>
        <TabButton id="files" current={tab} onSelect={setTab}>
          Files
        </TabButton>
      </div>
      <div role="tabpanel" id={`import-panel-${tab}`} aria-labelledby={`import-tab-${tab}`} className="tab-panel">
        {tab === 'paste' ? <PasteForm onImported={onImported} /> : <FilesForm onImported={onImported} />}
      </div>
    </Modal>
  )
}

function TabButton({ id, current, onSelect, children }: { id: Tab; current: Tab; onSelect: (tab: Tab) => void; children: string }) {
  return (
    <button
      type="button"
      role="tab"
      id={`import-tab-${id}`}
      aria-selected={current === id}
      aria-controls={`import-panel-${id}`}
      className="tab"
      onClick={() => onSelect(id)}
      data-testid={`import-tab-${id}`}
    >
      {children}
    </button>
  )
}
