// "?" shows the keyboard shortcuts.
import { KINDS } from '../../../shared/domain'
import { KIND_STYLES } from '../../../shared/kinds'
import { Modal } from './ui/Modal'

export function HelpOverlay({ onClose }: { onClose: () => void }) {
  return (
    <Modal title="Keyboard shortcuts" onClose={onClose} testId="help-overlay">
      <dl className="shortcut-list">
        {KINDS.map((kind) => (
          <div key={kind} className="shortcut-row">
            <dt>
              <kbd>{KIND_STYLES[kind].key}</kbd>
            </dt>
            <dd>
              Tag the selected text as <strong>{KIND_STYLES[kind].label.toLowerCase()}</strong> (in the reader)
            </dd>
          </div>
        ))}
        <div className="shortcut-row">
          <dt>
            <kbd>Esc</kbd>
          </dt>
          <dd>Clear the active claim, close a dialog</dd>
        </div>
        <div className="shortcut-row">
          <dt>
            <kbd>Ctrl</kbd> <kbd>Z</kbd> / <kbd>Ctrl</kbd> <kbd>Shift</kbd> <kbd>Z</kbd>
          </dt>
          <dd>Undo / redo a tagging change in the reader</dd>
        </div>
        <div className="shortcut-row">
          <dt>
            <kbd>Shift</kbd> + arrows
          </dt>
          <dd>Select text with the keyboard in the reader</dd>
        </div>
        <div className="shortcut-row">
          <dt>
            <kbd>?</kbd>
          </dt>
          <dd>Show this help</dd>
        </div>
      </dl>
    </Modal>
  )
}
