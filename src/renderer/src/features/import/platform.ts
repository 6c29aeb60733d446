// The desktop app serves the renderer from app://; there the main process
// can open the system's file dialog and read files and whole folders itself
// (import.pickAndStart), which a browser cannot.
export function isDesktopApp(): boolean {
  return typeof location !== 'undefined' && location.protocol === 'app:'
}

/** What the batch import reads, for file inputs and messages. */
export const BATCH_ACCEPT = '.txt,.text,.md,.markdown,.html,.htm,.xhtml,.docx,.pdf,.ann,text/plain,text/markdown,text/html,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document'
export const BATCH_FORMATS = '.txt, .md, .html, .docx and .pdf (and brat .ann files beside their .txt)'
