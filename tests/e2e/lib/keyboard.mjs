// Coding with the keyboard alone, the way a researcher does it without a
// mouse. "Keyboard alone" here means: every step of coding is a key press
// through page.keyboard — selecting (/ to find the first words of a quote,
// Enter to select them, Shift+→ to extend the selection to the quote's end),
// tagging (1, 2, 3), jumping into a claim's fields (S, T, E, N, G), picking or
// creating actors, events and tags by typing (arrows, Enter), going back to
// the text (Esc) and between claims (J, K). No click, no DOM selection set
// by script, no focus() call: the reader puts the focus in the text when an
// article opens. Reading the page's state to decide the next key (how many
// arrows to press, which option is highlighted) is allowed.
import assert from 'node:assert/strict'

/** What the reader's Find forgives (see features/reader/findText.ts): case,
 * non-breaking spaces, curly quotes and dashes. */
export function plainForm(text) {
  const map = { '\u00a0': ' ', '\u2018': "'", '\u2019': "'", '\u201c': '"', '\u201d': '"', '\u2013': '-', '\u2014': '-' }
  return [...text].map((ch) => map[ch] ?? (/\s/.test(ch) ? ' ' : ch.toLowerCase().length === 1 ? ch.toLowerCase() : ch)).join('')
}

/** The shortest start of `quote` (at least `min` characters) found only once
 * in `text`: what to type into Find. */
export function uniquePrefix(text, quote, min = 12) {
  const haystack = plainForm(text)
  const wanted = plainForm(quote)
  for (let n = Math.min(min, wanted.length); n <= wanted.length; n++) {
    const prefix = wanted.slice(0, n)
    const first = haystack.indexOf(prefix)
    if (first >= 0 && haystack.indexOf(prefix, first + 1) < 0) return quote.slice(0, n)
  }
  throw new Error(`“${quote}” is not unique in the text`)
}

export async function focusInText(page) {
  return page.evaluate(() => !!document.activeElement?.closest('.ProseMirror'))
}

export async function selectionLength(page) {
  return Number(await page.getByTestId('selection-info').getAttribute('data-length'))
}

/** Selects `quote`: Find its first words, Enter, then Shift+→ to its end. */
export async function selectByKeyboard(page, articleText, quote) {
  assert.ok(await focusInText(page), 'the focus is in the article text')
  const prefix = uniquePrefix(articleText, quote)
  await page.keyboard.press('/')
  await page.getByTestId('find-input').waitFor()
  // Typed as a keyboard types it: straight quotes, plain spaces.
  await page.keyboard.type(prefix.replace(/\u00a0/g, ' ').replace(/[“”]/g, '"').replace(/[‘’]/g, "'"))
  await page.waitForFunction(() => document.querySelector('[data-testid="find-count"]')?.textContent === '1 of 1')
  await page.keyboard.press('Enter')
  await page.waitForFunction((n) => Number(document.querySelector('[data-testid="selection-info"]')?.dataset.length) === n, prefix.length)
  for (let i = prefix.length; i < quote.length; i++) await page.keyboard.press('Shift+ArrowRight')
  await page.waitForFunction((n) => Number(document.querySelector('[data-testid="selection-info"]')?.dataset.length) === n, quote.length)
}

export async function waitSaved(page) {
  await page.waitForFunction(() => document.querySelector('[data-testid="save-status"]')?.dataset.state === 'saved', null, { timeout: 15_000 })
}

/** In a focused picker: types the name and chooses the entry with exactly
 * that name (moving with ↓ if it is not the first), or "Create …".
 * `atOnce`: types without first waiting for the picker to have the focus,
 * as a fast typist does right after the key that jumps into it. */
export async function pickByKeyboard(page, testId, name, { atOnce = false } = {}) {
  if (!atOnce) await page.waitForFunction((id) => document.activeElement?.getAttribute('data-testid') === id, testId)
  await page.keyboard.type(name)
  const picker = page.getByTestId('claim-details').getByTestId(`${testId}-picker`)
  await picker.locator(`[role="option"][data-name="${name}"]`).waitFor()
  for (let moves = 0; moves < 12; moves++) {
    const highlighted = await picker.locator('[role="option"][aria-selected="true"]').getAttribute('data-name')
    if (highlighted === name) break
    await page.keyboard.press('ArrowDown')
  }
  assert.equal(await picker.locator('[role="option"][aria-selected="true"]').getAttribute('data-name'), name, `“${name}” is highlighted in ${testId}`)
  await page.keyboard.press('Enter')
  await picker.getByTestId('picker-chip').filter({ hasText: name }).waitFor()
}

/** Escape until the focus is back in the text (a field's list closes first). */
export async function backToText(page) {
  for (let i = 0; i < 3 && !(await focusInText(page)); i++) await page.keyboard.press('Escape')
  assert.ok(await focusInText(page), 'Escape brings the focus back to the text')
}
