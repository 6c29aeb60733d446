// "?" shows the keyboard shortcuts. The reader's come from the same table
// its key handler, the command palette and the desktop menu use
// (src/shared/reader-commands.ts), so the list cannot drift from the keys.
import { READER_COMMAND_GROUPS, READER_COMMANDS } from '../../../shared/reader-commands'
import { displayKeys } from './keyboard'
import { Modal } from './ui/Modal'

/** Keys that work without a command of their own. */
const EXTRA: Record<string, { keys: string[]; label: string }[]> = {
  Tag: [{ keys: ['Shift+←', 'Shift+→', 'Shift+Ctrl+→'], label: 'Select text with the keyboard (from the caret, or extend what Find selected)' }],
  'Code the active claim': [
    { keys: ['Enter'], label: 'In a picker: choose the highlighted actor, event or tag' },
    { keys: ['Shift+Enter'], label: 'In a picker: create a new one with the name typed' },
    { keys: ['Tab'], label: 'Next field (speakers → targets → event → tags → note)' },
    { keys: ['Esc'], label: 'In a field: close its list; again: back to the text' },
  ],
  Undo: [{ keys: ['Ctrl+Z'], label: 'Inside a text field it undoes typing in that field; the toolbar’s Undo always undoes the last coding action' }],
}

function Keys({ keys }: { keys: string[] }) {
  return (
    <dt>
      {displayKeys(keys).map((k, i) => (
        <span key={k}>
          {i > 0 && <span className="muted"> or </span>}
          <kbd>{k}</kbd>
        </span>
      ))}
    </dt>
  )
}

export function HelpOverlay({ onClose }: { onClose: () => void }) {
  return (
    <Modal title="Keyboard shortcuts" onClose={onClose} testId="help-overlay" width="wide">
      <p className="muted help-intro">
        In the reader, with the focus in the text (not in a field). Every action is also in the command palette (<kbd>{displayKeys(['Ctrl+K'])[0]}</kbd>) and, in the desktop
        app, in the Claim menu.
      </p>
      <div className="shortcut-groups">
        {READER_COMMAND_GROUPS.map((group) => (
          <section key={group} className="shortcut-group">
            <h3>{group}</h3>
            <dl className="shortcut-list">
              {READER_COMMANDS.filter((c) => c.group === group).map((c) => (
                <div key={c.id} className="shortcut-row" data-command={c.id}>
                  {c.keys.length > 0 ? (
                    <Keys keys={c.keys} />
                  ) : (
                    <dt className="muted">
                      <kbd>{displayKeys(['Ctrl+K'])[0]}</kbd>, then type
                    </dt>
                  )}
                  <dd>{c.label}</dd>
                </div>
              ))}
              {(EXTRA[group] ?? []).map((extra) => (
                <div key={extra.label} className="shortcut-row">
                  <Keys keys={extra.keys} />
                  <dd>{extra.label}</dd>
                </div>
              ))}
            </dl>
          </section>
        ))}
      </div>
    </Modal>
  )
}
