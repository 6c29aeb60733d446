// Page shortcuts must never fire while the user types in a field.
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false
  // The read-only article text takes shortcuts; in its edit mode it types.
  const editor = target.closest('.ProseMirror')
  if (editor) return editor.getAttribute('aria-readonly') === 'false'
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName)
}

export const IS_MAC = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform)

/** Keys as this computer labels them: "Ctrl" is ⌘ on a Mac. */
export function displayKeys(keys: readonly string[]): string[] {
  return keys.map((k) => (IS_MAC ? k.replace(/^Ctrl\+/, '⌘').replace(/\+Ctrl\+/, '+⌘') : k))
}

/** Ctrl, or Cmd on a Mac. */
export function isModKey(event: KeyboardEvent | { ctrlKey: boolean; metaKey: boolean }): boolean {
  return IS_MAC ? event.metaKey : event.ctrlKey
}
