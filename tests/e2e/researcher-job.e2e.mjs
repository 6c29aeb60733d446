// The researcher's job on the seed article, end to end in Chromium against
// the web host: import a saved web page, code four claims about the breach of
// US agencies with speakers, targets and an event, compare how the actors
// frame it, export the report and the data, and find everything again after
// the host restarts on the same workspace. Screenshots of the reader and
// the comparison go to docs/screenshots/ (the library's: batch-import).
import assert from 'node:assert/strict'
import { mkdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import { codeClaim, dropFiles, exportInDialog, normalise, selectQuote, settle, waitSaved } from './lib/ui.mjs'

export const name = 'researcher codes the seed article, compares, exports and reopens it'

const EVENT = 'Breach of US government agencies (SolarWinds hack)'
const TITLE = 'Russia sees relations with US going ‘from bad to worse’'
const CLAIMS = [
  {
    quote: 'Biden faulted the Trump administration for stripping U.S. defenses against cyberattacks',
    kind: 'attribution',
    speakers: ['Joe Biden'],
    targets: ['Trump administration'],
  },
  {
    quote: 'Secretary of State Mike Pompeo and Attorney General William Barr said all signs pointed to Moscow',
    kind: 'attribution',
    speakers: ['Mike Pompeo', 'William Barr'],
    targets: ['Russia'],
  },
  { quote: 'Trump has downplayed the seriousness of the attack uncovered last week', kind: 'denial', speakers: ['Donald Trump'], targets: [] },
  { quote: 'The Kremlin has denied any role in the hacking.', kind: 'denial', speakers: ['Kremlin'], targets: [] },
]
const KINDS = ['assertion', 'denial', 'attribution']

export async function run(ctx) {
  const host = await ctx.startHost()
  const page = await ctx.openPage(host)
  try {
    await researcherJob(ctx, host, page)
  } catch (err) {
    // What the page looked like when it failed, for whoever reads the log.
    const shot = path.join(ctx.root, 'test-results', 'researcher-job-failure.png')
    await mkdir(path.dirname(shot), { recursive: true })
    await ctx.lastPage?.screenshot({ path: shot }).catch(() => {})
    throw new Error(`${err.message}\n(screenshot of the page: ${path.relative(ctx.root, shot)})`, { cause: err })
  }
}

async function researcherJob(ctx, host, page) {
  ctx.lastPage = page

  // An empty workspace says what to do next.
  await page.getByTestId('library-empty').waitFor()

  // Import the saved web page through the Files tab of the import dialog.
  await page.getByTestId('import-button').click()
  await page.getByTestId('import-tab-files').click()
  await page.getByTestId('import-file-input').setInputFiles(path.join(ctx.corpus, 'seed/bad-to-worse.html'))
  await page.getByTestId('reader').waitFor()
  assert.equal(await page.getByTestId('reader-title').innerText(), TITLE)
  assert.match(await page.getByTestId('reader-byline').innerText(), /American Military News/)
  const articleId = await page.getByTestId('reader').getAttribute('data-article-id')
  // The hostile markup of the page is gone: only text and claim marks remain.
  assert.equal(await page.locator('[data-testid="article-text"] :is(script, img, iframe, a, style)').count(), 0, 'no markup from the page survives')

  // The text is evidence: typing and deleting change nothing.
  const textBefore = await page.getByTestId('article-text').innerText()
  await selectQuote(page, 'The Kremlin has denied')
  await page.keyboard.type('xyz')
  await page.keyboard.press('Backspace')
  await page.keyboard.press('Enter')
  assert.equal(await page.getByTestId('article-text').innerText(), textBefore, 'the article text is read-only while coding')

  // A claim tagged with the toolbar can be undone (Ctrl+Z), and a claim
  // tagged with a key can be deleted: the highlight goes, the text stays.
  await selectQuote(page, 'The hackers')
  await page.getByTestId('tag-assertion').click()
  const temporary = page.getByTestId('claim-item').filter({ hasText: 'The hackers' })
  await temporary.waitFor()
  await waitSaved(page)
  await page.keyboard.press('Control+z')
  await temporary.waitFor({ state: 'detached' })
  await waitSaved(page)
  await selectQuote(page, 'The hackers')
  await page.keyboard.press('1')
  await temporary.waitFor()
  await waitSaved(page)
  await page.getByTestId('claim-delete').click()
  await temporary.waitFor({ state: 'detached' })
  await waitSaved(page)
  assert.equal(await page.locator('.article-text [data-claim-id]').count(), 0, 'the deleted claim left no mark')
  assert.equal(await page.getByTestId('article-text').innerText(), textBefore, 'deleting a claim leaves the text alone')

  // Code the four claims: select, press the kind's key, link actors and event.
  const ids = []
  for (const claim of CLAIMS) ids.push(await codeClaim(page, claim, EVENT))
  assert.equal(await page.getByTestId('claim-item').count(), 4)
  const panelOrder = await page.getByTestId('claim-item').evaluateAll((items) => items.map((i) => i.getAttribute('data-claim-id')))
  assert.deepEqual(panelOrder, ids, 'the panel lists claims in text order')

  // Kind changes go through the marks in the text and are saved.
  const trumpItem = page.locator(`[data-testid="claim-item"][data-claim-id="${ids[2]}"]`)
  await trumpItem.click()
  await page.getByTestId('claim-kind').selectOption('assertion')
  await page.locator(`[data-testid="claim-item"][data-claim-id="${ids[2]}"][data-kind="assertion"]`).waitFor()
  await waitSaved(page)
  await page.getByTestId('claim-kind').selectOption('denial')
  await page.locator(`[data-testid="claim-item"][data-claim-id="${ids[2]}"][data-kind="denial"]`).waitFor()
  await waitSaved(page)

  // Clicking a highlight in the text makes its claim active; Escape clears it.
  await page.locator(`.article-text [data-claim-id="${ids[3]}"]`).first().click()
  await page.locator(`[data-testid="claim-details"][data-claim-id="${ids[3]}"]`).waitFor()
  await page.keyboard.press('Escape')
  await page.getByTestId('claim-details').waitFor({ state: 'detached' })

  // Reader screenshot: Biden's claim open for coding, all four highlights in view.
  await page.locator(`[data-testid="claim-item"][data-claim-id="${ids[0]}"]`).click()
  await page.locator(`[data-testid="claim-details"][data-claim-id="${ids[0]}"]`).waitFor()
  await settle(page)
  await page.screenshot({ path: path.join(ctx.screenshots, 'reader.png') })

  // More material for the library: one article pasted with its metadata,
  // one dropped as a file, and one file the importer cannot read.
  const pasted = await readFile(path.join(ctx.corpus, 'polnear/train/text/nyt_2015-12-19_putin-chides-turkey-and-praises-.txt'), 'utf8')
  const dropped = await readFile(path.join(ctx.corpus, 'polnear/train/text/nyt_2015-12-22_trump-says-praise-from-putin-hel.txt'), 'utf8')
  await page.getByTestId('nav-library').click()
  await page.getByTestId('import-button').click()
  await page.getByTestId('paste-text').fill(pasted)
  await page.getByTestId('paste-title').fill('Putin chides Turkey and praises Trump at news conference')
  await page.getByTestId('paste-outlet').fill('The New York Times')
  await page.getByTestId('paste-author').fill('Andrew E. Kramer')
  await page.getByTestId('paste-date').fill('2015-12-19')
  await page.getByTestId('paste-submit').click()
  await page.getByTestId('reader').waitFor()
  assert.equal(await page.getByTestId('reader-title').innerText(), 'Putin chides Turkey and praises Trump at news conference')
  await page.getByTestId('nav-library').click()
  await page.getByTestId('article-row').first().waitFor()
  await dropFiles(page, '[data-testid="library"]', [
    { name: 'trump-praise-from-putin.txt', type: 'text/plain', text: dropped },
    { name: 'interview-notes.pdf', type: 'application/pdf', text: '%PDF-1.4 not really' },
  ])
  // Dropped files wait in the import dialog for the duplicate choice; the
  // summary names the file that could not be imported.
  await page.getByTestId('batch-start').click()
  const summary = page.getByTestId('import-summary')
  await summary.waitFor()
  assert.equal(await summary.getAttribute('data-imported'), '1')
  assert.match(await page.locator('[data-testid="summary-failure"][data-file="interview-notes.pdf"]').innerText(), /interview-notes\.pdf/)
  await page.getByTestId('summary-done').click()
  await page.locator('[data-testid="article-row"]').nth(2).waitFor()
  assert.equal(await page.getByTestId('article-row').count(), 3)
  const seedRow = page.locator(`[data-testid="article-row"][data-article-id="${articleId}"]`)
  assert.equal((await seedRow.getByTestId('article-claim-count').innerText()).trim(), '4')

  // Search finds the seed article by a word of its text.
  await page.getByTestId('library-search').fill('Kremlin')
  await page.waitForFunction((id) => {
    const rows = [...document.querySelectorAll('[data-testid="article-row"]')]
    return rows.length > 0 && rows.some((r) => r.getAttribute('data-article-id') === id)
  }, articleId)
  await page.getByTestId('library-search').fill('')

  // Compare: each actor's quote sits in the column of its kind.
  await page.getByTestId('nav-compare').click()
  const select = page.getByTestId('compare-event-select')
  const eventValue = await select.locator('option', { hasText: EVENT }).getAttribute('value')
  await select.selectOption(eventValue)
  await page.getByTestId('compare-table').waitFor()
  const expected = CLAIMS.flatMap((claim) => claim.speakers.map((speaker) => ({ speaker, kind: claim.kind, quote: claim.quote })))
  for (const { speaker, kind, quote } of expected) {
    for (const column of KINDS) {
      const cell = page.locator(`[data-testid="compare-cell"][data-actor="${speaker}"][data-kind="${column}"]`)
      assert.equal(await cell.count(), 1, `one ${column} cell for ${speaker}`)
      const text = normalise(await cell.innerText())
      if (column === kind) assert.ok(text.includes(quote), `${speaker}’s ${kind} column shows “${quote}”, got: ${text}`)
      else assert.ok(!text.includes(quote), `${speaker}’s ${column} column does not show “${quote}”`)
    }
  }
  // The page scrolls inside the app shell, so show the whole table with a taller window.
  await page.setViewportSize({ width: 1360, height: 1080 })
  await settle(page, 300)
  await page.screenshot({ path: path.join(ctx.screenshots, 'compare.png') })
  await page.setViewportSize({ width: 1360, height: 860 })

  // A quote in the comparison opens its article with that claim active.
  await page.locator(`[data-testid="compare-cell"][data-actor="Kremlin"][data-kind="denial"]`).getByTestId('compare-open').click()
  await page.locator(`[data-testid="claim-details"][data-claim-id="${ids[3]}"]`).waitFor()

  // Export the annotated report and the claims table.
  await page.getByTestId('nav-export').click()
  await page.getByTestId('export-page').getByTestId('export-open').click()
  const report = await exportInDialog(page, 'html')
  const csv = await exportInDialog(page, 'csv')
  await page.getByTestId('export-close').click()
  assert.match(report.fileName, /\.html?$/)
  assert.match(csv.fileName, /\.csv$/)
  for (const claim of CLAIMS) {
    assert.ok(normalise(report.text).includes(claim.quote), `the HTML report contains “${claim.quote}”`)
    assert.ok(normalise(csv.text).includes(claim.quote), `the CSV contains “${claim.quote}”`)
  }
  assert.ok(!/<script/i.test(report.text), 'the report carries no script')

  // Restart the host on the same workspace: everything is still there.
  await host.stop()
  host = await ctx.startHost()
  page = await ctx.openPage(host)
  ctx.lastPage = page
  await page.getByTestId('article-row').nth(2).waitFor()
  const row = page.locator(`[data-testid="article-row"][data-article-id="${articleId}"]`)
  assert.equal((await row.getByTestId('article-claim-count').innerText()).trim(), '4')
  await row.getByTestId('article-open').click()
  await page.getByTestId('claim-item').nth(3).waitFor()
  assert.equal(await page.getByTestId('claim-item').count(), 4)
  for (const [i, claim] of CLAIMS.entries()) {
    const item = page.locator(`[data-testid="claim-item"][data-claim-id="${ids[i]}"]`)
    assert.equal(await item.getAttribute('data-kind'), claim.kind)
    const shown = normalise(await item.innerText())
    assert.ok(shown.includes(claim.quote.slice(0, 60)), `after the reopen, the panel shows “${claim.quote.slice(0, 60)}”, got: ${shown}`)
    const links = normalise(await item.getByTestId('claim-links').innerText())
    for (const actor of [...claim.speakers, ...claim.targets]) assert.ok(links.includes(actor), `${actor} is still linked: ${links}`)
    assert.equal((await item.getByTestId('claim-event').innerText()).trim(), EVENT)
    assert.equal(await page.locator(`.article-text [data-claim-id="${ids[i]}"][data-kind="${claim.kind}"]`).count() > 0, true, 'the highlight is back in the text')
  }

  // The actor page lists Biden's claim and leads back into the reader.
  await page.getByTestId('nav-actors').click()
  await page.getByTestId('actor-row').filter({ hasText: 'Joe Biden' }).getByTestId('actor-open').click()
  const asSpeaker = page.getByTestId('as-speaker')
  await asSpeaker.waitFor()
  const spoken = normalise(await asSpeaker.innerText())
  assert.ok(spoken.includes(CLAIMS[0].quote), `Biden's page lists “${CLAIMS[0].quote}” as his, got: ${spoken}`)
  await asSpeaker.getByTestId('open-claim').first().click()
  await page.locator(`[data-testid="claim-details"][data-claim-id="${ids[0]}"]`).waitFor()

  // Deleting an article asks first (in the app, never a browser dialog).
  await page.getByTestId('nav-library').click()
  const pastedRow = page.getByTestId('article-row').filter({ hasText: 'Putin chides Turkey' })
  await pastedRow.getByTestId('article-delete').click()
  await page.getByTestId('confirm-dialog').waitFor()
  await page.getByTestId('confirm-ok').click()
  await pastedRow.waitFor({ state: 'detached' })
  assert.equal(await page.getByTestId('article-row').count(), 2)
}
