// Whether the reader shows suggestions: a choice of this browser profile
// (localStorage), like the theme, so turning them off lasts across articles
// and restarts. Storage that cannot be read (a locked-down profile) means
// the default, on.
const KEY = 'claimbook.reader.suggestions'

export function suggestionsShown(): boolean {
  try {
    return localStorage.getItem(KEY) !== 'off'
  } catch {
    return true
  }
}

export function rememberSuggestionsShown(shown: boolean): void {
  try {
    localStorage.setItem(KEY, shown ? 'on' : 'off')
  } catch {
    // Not remembered; the choice still holds on this page.
  }
}
