// Plain text to paragraphs. Blank lines separate paragraphs; inside a block a
// line that continues a sentence (the previous line does not end a sentence
// and the next one starts in lower case) is joined to it, so hard-wrapped text
// reads as one paragraph while one-paragraph-per-line text stays as it is.
const SENTENCE_END = /[.!?:;…"”’)\]]$/u
/** Collapses runs of ordinary white space but keeps U+00A0 and other
 * meaningful spaces: they are part of the evidence. */
export function tidySpaces(s: string): string {
  return s.replace(/[ \t\f\v\r\n]+/g, ' ').trim()
}

function isNoise(line: string): boolean {
  // A line of bullets, dashes or lone punctuation left over from a web page.
  return !/[\p{L}\p{N}]/u.test(line)
}

export function paragraphsFromText(text: string): string[] {
  const lines = text.replace(/\r\n?/g, '\n').split('\n')
  const paragraphs: string[] = []
  let current: string | null = null
  for (const raw of lines) {
    const line = tidySpaces(raw)
    if (!line) {
      if (current) paragraphs.push(current)
      current = null
      continue
    }
    if (isNoise(line)) continue
    if (current === null) current = line
    else if (current.endsWith('-') && /^\p{Ll}/u.test(line)) current = current.slice(0, -1) + line
    else if (!SENTENCE_END.test(current) && /^\p{Ll}/u.test(line)) current += ' ' + line
    else {
      paragraphs.push(current)
      current = line
    }
  }
  if (current) paragraphs.push(current)
  return paragraphs
}

/** The title of a plain-text article: the first short line near the top that
 * reads like a headline (several words, no sentence end) rather than site
 * navigation ("Navigation") or a promo line ending in "!". */
export function guessTitle(paragraphs: string[]): string | undefined {
  return paragraphs
    .slice(0, 8)
    .find((p) => p.length <= 200 && p.split(/\s+/).length >= 3 && !/[.!?:;)]$/.test(p))
}
