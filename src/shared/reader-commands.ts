// The reader's commands and their keys, in one table: the renderer's key
// handler, the help overlay and the command palette read it, and the desktop
// app builds its Claim menu from it, so a key is documented where it works.
//
// Keys are written as the user presses them ("Ctrl" is Cmd on a Mac).
// `accelerator` is the Electron form, for menu items whose key has a
// modifier; a bare key ("J") is shown in the menu label instead of being
// registered, so it never steals typing from a text field.

export const READER_COMMAND_GROUPS = ['Tag', 'Move', 'Code the active claim', 'Suggestions', 'Undo', 'Text', 'View'] as const
export type ReaderCommandGroup = (typeof READER_COMMAND_GROUPS)[number]

export type ReaderCommandDef = {
  id: ReaderCommandId
  label: string
  group: ReaderCommandGroup
  keys: string[]
  accelerator?: string
  /** Shown in the desktop app's Claim menu. */
  menu?: boolean
}

const COMMANDS = [
  { id: 'tag-assertion', label: 'Tag the selection as an assertion (or retag the active claim)', group: 'Tag', keys: ['1'], menu: true },
  { id: 'tag-denial', label: 'Tag the selection as a denial (or retag the active claim)', group: 'Tag', keys: ['2'], menu: true },
  { id: 'tag-attribution', label: 'Tag the selection as an attribution (or retag the active claim)', group: 'Tag', keys: ['3'], menu: true },
  { id: 'find', label: 'Find words in the text and select them', group: 'Tag', keys: ['/', 'Ctrl+F'], accelerator: 'CmdOrCtrl+F', menu: true },
  { id: 'next-claim', label: 'Next claim', group: 'Move', keys: ['J', 'Alt+↓'], accelerator: 'Alt+Down', menu: true },
  { id: 'prev-claim', label: 'Previous claim', group: 'Move', keys: ['K', 'Alt+↑'], accelerator: 'Alt+Up', menu: true },
  { id: 'cycle-claim', label: 'Next of the overlapping claims at the caret (a click cycles too)', group: 'Move', keys: ['C'], menu: true },
  { id: 'back', label: 'Back to where you were reading', group: 'Move', keys: ['B'], menu: true },
  { id: 'clear', label: 'Back to the text; then clear the active claim', group: 'Move', keys: ['Esc'] },
  { id: 'focus-speakers', label: 'Speakers of the active claim', group: 'Code the active claim', keys: ['S'], menu: true },
  { id: 'focus-targets', label: 'Targets of the active claim', group: 'Code the active claim', keys: ['T'], menu: true },
  { id: 'focus-event', label: 'Event of the active claim', group: 'Code the active claim', keys: ['E'], menu: true },
  { id: 'focus-note', label: 'Note of the active claim', group: 'Code the active claim', keys: ['N'], menu: true },
  { id: 'focus-tags', label: 'Codebook tags of the active claim', group: 'Code the active claim', keys: ['G'], menu: true },
  { id: 'mention', label: 'Link the actor named at the caret (speaker or target)', group: 'Code the active claim', keys: ['M'], menu: true },
  { id: 'delete-claim', label: 'Delete the active claim', group: 'Code the active claim', keys: ['Delete'], menu: true },
  { id: 'codebook', label: 'Edit the codebook (tags and their colours)', group: 'Code the active claim', keys: [], menu: true },
  // Suggestions (issue 7): see src/renderer/src/features/reader/suggestions/.
  { id: 'next-suggestion', label: 'Next suggestion (selects its words)', group: 'Suggestions', keys: [']'], menu: true },
  { id: 'prev-suggestion', label: 'Previous suggestion', group: 'Suggestions', keys: ['['], menu: true },
  { id: 'accept-suggestion', label: 'Accept the suggestion: a claim with its kind, who says it and the cue (the selected words, if you changed them)', group: 'Suggestions', keys: ['A', 'Enter'], menu: true },
  { id: 'reject-suggestion', label: 'Reject the suggestion (it is not shown again)', group: 'Suggestions', keys: ['X', 'Delete'], menu: true },
  { id: 'accept-paragraph', label: 'Accept every suggestion in this paragraph', group: 'Suggestions', keys: ['Shift+A'], menu: true },
  { id: 'suggestion-start-earlier', label: 'Start the suggestion one word earlier', group: 'Suggestions', keys: [','] },
  { id: 'suggestion-start-later', label: 'Start the suggestion one word later', group: 'Suggestions', keys: ['.'] },
  { id: 'suggestion-end-earlier', label: 'End the suggestion one word earlier (Shift+← a character)', group: 'Suggestions', keys: ['<'] },
  { id: 'suggestion-end-later', label: 'End the suggestion one word later (Shift+→ a character)', group: 'Suggestions', keys: ['>'] },
  { id: 'toggle-suggestions', label: 'Show or hide suggestions', group: 'Suggestions', keys: [], menu: true },
  { id: 'show-rejected', label: 'Show rejected suggestions again', group: 'Suggestions', keys: [], menu: true },
  { id: 'undo', label: 'Undo the last coding action', group: 'Undo', keys: ['Ctrl+Z'] },
  { id: 'redo', label: 'Redo', group: 'Undo', keys: ['Ctrl+Shift+Z', 'Ctrl+Y'] },
  { id: 'edit-text', label: 'Edit the source text (mend import errors) / finish editing', group: 'Text', keys: [], menu: true },
  { id: 'edit-details', label: 'Edit the article’s details (title, outlet, date…)', group: 'Text', keys: [], menu: true },
  { id: 'palette', label: 'Command palette: every action by name', group: 'View', keys: ['Ctrl+K'], accelerator: 'CmdOrCtrl+K', menu: true },
  { id: 'toggle-theme', label: 'Switch the theme (system, light, dark)', group: 'View', keys: [], menu: true },
  { id: 'help', label: 'Keyboard shortcuts', group: 'View', keys: ['?'] },
] as const satisfies readonly (Omit<ReaderCommandDef, 'id' | 'keys'> & { id: string; keys: readonly string[] })[]

export type ReaderCommandId = (typeof COMMANDS)[number]['id']

export const READER_COMMANDS: readonly ReaderCommandDef[] = COMMANDS.map((c) => ({ ...c, keys: [...c.keys] }))

export const READER_COMMAND_IDS = new Set<string>(COMMANDS.map((c) => c.id))

export function readerCommand(id: ReaderCommandId): ReaderCommandDef {
  return READER_COMMANDS.find((c) => c.id === id)!
}

/** The DOM event a desktop menu item raises in the page (see
 * src/main/desktop/claim-menu.ts); the reader runs the command it names. */
export const MENU_COMMAND_EVENT = 'claimbook:command'
