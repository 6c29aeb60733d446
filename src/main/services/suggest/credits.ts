// Where an article's text is a photo credit or a wire dateline rather than
// prose: "(Mikhail Metzel/Tass/Abaca Press/TNS)", "Scott Olson via Getty
// Images.", "Photo: Jane Doe", "AP Photo/Evan Vucci", "Carlos Barria /
// Reuters.", "WASHINGTON (Reuters) -", an all-caps credit line. Names found
// there are photographers and agencies, not actors of the story, so actor
// suggestions leave them out. Found by their shape, not by a list of names.

export type Range = { start: number; end: number }

/** Agencies and picture desks that sign photos and wire copy. */
const AGENCY = String.raw`(?:Getty\s+Images|AP(?:\s+Photo)?|AFP|Reuters|EPA(?:-EFE)?|Associated\s+Press|TNS|Tass|TASS|Abaca(?:\s+Press)?|Sipa(?:\s+USA)?|Shutterstock|Xinhua|Bloomberg|Pool|POOL|Handout|Corbis|Alamy|ZUMA(?:\s+Press)?|NurPhoto|UPI|Anadolu(?:\s+Agency)?|Polaris|Redux|WireImage|FilmMagic)`
/** Words that announce a credit. */
const CREDIT_WORD = String.raw`(?:Photo(?:graph)?s?|Image|Picture|Credit|Courtesy|Video|Illustration)`
/** A capitalised name of a few words ("Scott Olson", "JEWEL SAMAD",
 * "Michael B. Thomas"); a period only after an initial, so the name never
 * reaches back into the sentence before it. */
const WORD = String.raw`\p{Lu}(?:\.|[\p{L}'’-]*)`
const NAME = String.raw`${WORD}(?:\s+${WORD}){0,4}`

const SHAPES: RegExp[] = [
  // "(… / …)" with a slash, or with an agency or a credit word inside.
  new RegExp(String.raw`\((?=[^()\n]{0,160}\))[^()\n]*(?:/|\b${AGENCY}\b|\b${CREDIT_WORD}\b)[^()\n]*\)`, 'gu'),
  // "Name via Getty Images", "Name/Getty Images", "Name / Reuters", "AP Photo/Name".
  // The agency may be glued to the next words in text copied from a page.
  new RegExp(String.raw`(?:${NAME}\s*(?:/|\bvia\b)\s*)+${AGENCY}(?!\p{Ll})|\b${AGENCY}\s*/\s*${NAME}`, 'gu'),
  // "Photo: Jane Doe", "Photo by Jane B. Doe", "Photo credit: …" up to the
  // end of the line or of the sentence (a period after an initial goes on).
  new RegExp(String.raw`\b${CREDIT_WORD}(?:\s+credit)?\s*(?::|\bby\b)[^\n]{0,120}?(?=\n|$|(?<!\b\p{Lu})\.(?:\s|$))`, 'gu'),
  // A wire dateline: "WASHINGTON (Reuters) -", "PARIS, Aug 31 (Reuters) –".
  new RegExp(String.raw`(?:^|\n)[\p{Lu}][\p{L}\d.,' ]{0,40}?\s*\((?:${AGENCY})\)\s*[-–—]`, 'gu'),
]

/** A short line all in capitals (a credit or a dateline, "JEWEL SAMAD/AFP",
 * "WASHINGTON"): its letters are upper case and it has no sentence in it. */
const CAPS_LINE = /^[^\p{Ll}\n]{2,80}$/gmu

/** The credit ranges of `text`, in no particular order (they may overlap). */
export function creditRanges(text: string): Range[] {
  const out: Range[] = []
  for (const shape of SHAPES) for (const m of text.matchAll(shape)) out.push({ start: m.index, end: m.index + m[0].length })
  for (const m of text.matchAll(CAPS_LINE)) if (/\p{Lu}{2}/u.test(m[0]) && /\s|\//.test(m[0].trim())) out.push({ start: m.index, end: m.index + m[0].length })
  return out
}

/** Whether [start, end) lies in one of `ranges`, even in part. */
export function inCredit(ranges: readonly Range[], start: number, end: number): boolean {
  return ranges.some((r) => r.start < end && start < r.end)
}
