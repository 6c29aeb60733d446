// Helpers that drive the Claimbook renderer the way a researcher does:
// a real DOM selection in the article text, real keys, real clicks.
import assert from 'node:assert/strict'
import { readFile } from 'node:fs/promises'

export const KIND_KEYS = { assertion: '1', denial: '2', attribution: '3' }

/** A function that calls the app's API in the page (`call('articles.get',
 * { id })`), as the renderer does: set-up and checks that need no clicks. */
export function apiCaller(page) {
  return (method, input) =>
    page.evaluate(
      ([m, i]) => {
        const [ns, fn] = m.split('.')
        return window.claimbook[ns][fn](i)
      },
      [method, input],
    )
}

/** Non-breaking spaces in the article count as spaces when looking for a quote. */
export const normalise = (text) => text.replace(/\u00a0/g, ' ')

/** Selects `quote` in the article text with a real DOM selection; ProseMirror
 * picks it up through `selectionchange`, as it does for a mouse selection. */
export async function selectQuote(page, quote) {
  // Suggestions arrive a moment after an article opens; their redraw can
  // replace a DOM selection ProseMirror has not read yet. Select again then.
  for (let attempt = 1; ; attempt++) {
    try {
      await selectQuoteOnce(page, quote, attempt < 4 ? 3_000 : 30_000)
      return
    } catch (error) {
      if (attempt >= 4 || !/Timeout/.test(String(error))) throw error
    }
  }
}

async function selectQuoteOnce(page, quote, timeout) {
  await page.evaluate((wanted) => {
    const root = document.querySelector('[data-testid="article-text"]')
    if (!root) throw new Error('the article text is not on the page')
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
    const nodes = []
    let text = ''
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      nodes.push({ node, start: text.length })
      text += node.data
    }
    const at = text.replace(/\u00a0/g, ' ').indexOf(wanted)
    if (at < 0) throw new Error(`quote not found in the article: ${wanted}`)
    const locate = (offset, isEnd) => {
      for (const { node, start } of nodes) {
        const end = start + node.data.length
        if (offset < end || (isEnd && offset === end)) return { node, offset: offset - start }
      }
      throw new Error(`offset ${offset} is outside the text`)
    }
    const from = locate(at, false)
    const to = locate(at + wanted.length, true)
    root.focus()
    window.getSelection().setBaseAndExtent(from.node, from.offset, to.node, to.offset)
  }, quote)
  // The toolbar reports the editor's own idea of the selection.
  await page.waitForFunction((length) => Number(document.querySelector('[data-testid="selection-info"]')?.dataset.length) === length, quote.length, { timeout })
}

export async function waitSaved(page) {
  await page.waitForFunction(() => document.querySelector('[data-testid="save-status"]')?.dataset.state === 'saved', null, { timeout: 15_000 })
}

/** Types a name into a picker of the active claim and chooses the matching
 * entry, or "Create …" when it does not exist yet. */
export async function pick(page, testId, name) {
  const details = page.getByTestId('claim-details')
  const input = details.getByTestId(testId)
  await input.click()
  await input.fill(name)
  const option = details.getByTestId(`${testId}-picker`).locator(`[role="option"][data-name="${name}"]`)
  await option.click()
  await details.getByTestId(`${testId}-picker`).getByTestId('picker-chip').filter({ hasText: name }).waitFor()
  await waitSaved(page)
}

/** Tags a quote with the keyboard and codes its speakers, targets and event. */
export async function codeClaim(page, claim, eventName) {
  await selectQuote(page, claim.quote)
  await page.keyboard.press(KIND_KEYS[claim.kind])
  const details = page.getByTestId('claim-details')
  const item = page.getByTestId('claim-item').filter({ hasText: claim.quote.slice(0, 60) })
  await item.waitFor()
  await waitSaved(page)
  assert.equal(await item.getAttribute('data-kind'), claim.kind, `kind of “${claim.quote}”`)
  assert.equal(await details.getAttribute('data-claim-id'), await item.getAttribute('data-claim-id'), 'the new claim is the active one')
  for (const speaker of claim.speakers) await pick(page, 'speakers-input', speaker)
  for (const target of claim.targets) await pick(page, 'targets-input', target)
  if (eventName) await pick(page, 'event-input', eventName)
  const links = normalise(await item.getByTestId('claim-links').innerText())
  for (const name of [...claim.speakers, ...claim.targets]) assert.ok(links.includes(name), `“${name}” is shown on the claim: ${links}`)
  return item.getAttribute('data-claim-id')
}

/** Clicks an export button and returns the downloaded file's name and text. */
export async function download(page, testId) {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testId).click()])
  const filePath = await file.path()
  return { fileName: file.suggestedFilename(), text: await readFile(filePath, 'utf8') }
}

/** In the open export dialog: chooses `format`, exports, waits for the
 * download and returns the file's name, bytes and text. */
export async function exportInDialog(page, format) {
  const dialog = page.getByTestId('export-dialog')
  await dialog.getByTestId(`export-format-${format}`).click()
  const [file] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), dialog.getByTestId('export-start').click()])
  await dialog.getByTestId('export-status').filter({ hasText: 'Downloaded' }).waitFor()
  const bytes = await readFile(await file.path())
  return { fileName: file.suggestedFilename(), bytes, text: bytes.toString('utf8') }
}

/** Drops files on an element the way the browser does for a drag from the desktop. */
export async function dropFiles(page, selector, files) {
  const dataTransfer = await page.evaluateHandle((list) => {
    const dt = new DataTransfer()
    for (const f of list) dt.items.add(new File([f.text], f.name, { type: f.type }))
    return dt
  }, files)
  for (const type of ['dragenter', 'dragover', 'drop']) await page.dispatchEvent(selector, type, { dataTransfer })
}

/** Waits until smooth scrolling and transitions have settled before a screenshot. */
export async function settle(page, ms = 700) {
  await page.waitForTimeout(ms)
}
