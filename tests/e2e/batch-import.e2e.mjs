// Batch import in Chromium against the web host, as a researcher does it:
// 26 files at once (.txt, .html, .md, plus an empty file, a binary file named
// .txt, a .docx that is not a zip and a duplicate), with the progress bar,
// the summary naming every bad file and why, and the library after it
// (count, sorting, an outlet filter with its count, a search with its hits
// marked, metadata of several articles at once). Then a corpus folder with a
// TSV mapped column by column, and a large batch cancelled half-way: what
// arrived stays, the rest never comes. Screenshots: library.png,
// import-progress.png, import-summary.png, corpus-mapping.png.
import assert from 'node:assert/strict'
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { dropFiles, settle } from './lib/ui.mjs'

export const name = 'batch import of many files: progress, summary of bad files, library sort/filter/search, corpus table, cancel'

const file = (name, text) => ({ name, mimeType: 'application/octet-stream', buffer: Buffer.isBuffer(text) ? text : Buffer.from(text, 'utf8') })

/** Records every state of the progress bar, however short it is shown. */
async function recordProgress(page) {
  await page.evaluate(() => {
    window.__progress = []
    const seen = () => {
      const bar = document.querySelector('[data-testid="batch-progress-bar"]')
      if (bar) window.__progress.push({ done: Number(bar.dataset.done), total: Number(bar.dataset.total) })
    }
    window.__progressObserver?.disconnect()
    window.__progressObserver = new MutationObserver(seen)
    window.__progressObserver.observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-done', 'data-total'] })
  })
}

const libraryTotal = async (page) => Number(await page.getByTestId('library-count').getAttribute('data-total'))
const waitTotal = (page, n) => page.waitForFunction((want) => document.querySelector('[data-testid="library-count"]')?.dataset.total === String(want), n, { timeout: 20_000 })
const visibleTitles = (page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('[data-testid="article-row"]')]
      .sort((a, b) => Number(a.dataset.index) - Number(b.dataset.index))
      .map((r) => r.querySelector('[data-testid="article-open"]').textContent),
  )

export async function run(ctx) {
  const host = await ctx.startHost()
  const page = await ctx.openPage(host)
  await page.getByTestId('library-empty').waitFor()

  // ---- a batch of 26 files -------------------------------------------------
  const polnear = path.join(ctx.corpus, 'polnear/dev/text')
  const texts = readdirSync(polnear).filter((f) => f.endsWith('.txt')).sort().slice(0, 12)
  const good = texts.map((f) => file(f, readFileSync(path.join(polnear, f))))
  const outlets = ['Daily Example', 'Daily Example', 'Daily Example', 'Other Gazette', 'Other Gazette']
  outlets.forEach((outlet, i) =>
    good.push(
      file(
        `page-${i + 1}.html`,
        `<!doctype html><html><head><title>Page ${i + 1} about harbour tariffs</title><meta property="og:site_name" content="${outlet}"><meta property="article:published_time" content="2021-0${i + 1}-15"></head><body><article><h1>Page ${i + 1} about harbour tariffs</h1><p>The minister said the harbour tariffs would rise in spring, number ${i + 1}.</p><p>Dock workers disputed the figures and called the plan ${['reckless', 'rushed', 'unfair', 'costly', 'vague'][i]}.</p></article></body></html>`,
      ),
    ),
  )
  for (let i = 1; i <= 4; i++) good.push(file(`notes-${i}.md`, `# Field notes ${i}\n\nA quiet **observation** number ${i} about the zeppelinfield archive.\n\nSecond paragraph of note ${i}.\n`))
  good.push(file('bad-to-worse.html', readFileSync(path.join(ctx.corpus, 'seed/bad-to-worse.html'))))
  const bad = [
    file('empty.txt', ''),
    file('binary.txt', Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 37) % 256))),
    file('report.docx', 'This is plain text with a .docx name, not a zip archive.'),
  ]
  const duplicate = file('copy-of-first.txt', good[0].buffer)
  const batch = [...good, ...bad, duplicate]
  assert.ok(batch.length >= 20)

  await page.getByTestId('import-button').click()
  await page.getByTestId('import-tab-files').click()
  assert.equal(await page.getByTestId('duplicate-skip').isChecked(), true, 'skipping duplicates is the default')
  await recordProgress(page)
  await page.getByTestId('import-file-input').setInputFiles(batch)
  const summary = page.getByTestId('import-summary')
  await summary.waitFor({ timeout: 60_000 })
  const progress = await page.evaluate(() => window.__progress)
  assert.ok(progress.length > 0, 'the progress bar was shown')
  assert.ok(progress.every((p) => p.total === batch.length), `the bar counts every file: ${JSON.stringify(progress.slice(0, 3))}`)
  assert.equal(await page.getByTestId('summary-progress').getAttribute('data-done'), String(batch.length), 'the progress reached the end')
  assert.equal(await page.getByTestId('summary-progress').getAttribute('data-total'), String(batch.length))

  assert.equal(await summary.getAttribute('data-imported'), String(good.length))
  assert.equal(await summary.getAttribute('data-duplicates'), '1')
  assert.equal(await summary.getAttribute('data-failed'), String(bad.length))
  const reasons = {}
  for (const item of await page.getByTestId('summary-failure').all()) reasons[await item.getAttribute('data-file')] = await item.innerText()
  assert.deepEqual(Object.keys(reasons).sort(), bad.map((b) => b.name).sort(), 'every bad file is listed')
  assert.match(reasons['empty.txt'], /is empty/)
  assert.match(reasons['binary.txt'], /binary/)
  assert.match(reasons['report.docx'], /not a Word document/)
  const dup = page.getByTestId('summary-duplicate')
  await page.locator('details.summary-summary-duplicate > summary').click()
  assert.equal(await dup.getAttribute('data-file'), 'copy-of-first.txt')
  await settle(page, 300)
  await page.getByTestId('import-dialog').screenshot({ path: path.join(ctx.screenshots, 'import-summary.png') })
  await page.getByTestId('summary-done').click()
  await page.getByTestId('import-dialog').waitFor({ state: 'detached' })

  // ---- the library -----------------------------------------------------------
  await waitTotal(page, good.length)
  assert.equal(await page.locator('[data-testid="article-row"]').count() > 0, true)

  // Sorting by title, both ways (aria-sort follows).
  const titleHeader = page.getByTestId('sort-title')
  await titleHeader.getByRole('button').click()
  await page.waitForFunction(() => document.querySelector('[data-testid="sort-title"]')?.getAttribute('aria-sort') === 'ascending')
  await page.waitForTimeout(300)
  const ascending = await visibleTitles(page)
  const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true })
  assert.deepEqual(ascending, [...ascending].sort(collator.compare), `titles A–Z: ${ascending.slice(0, 5)}`)
  await titleHeader.getByRole('button').click()
  await page.waitForFunction(() => document.querySelector('[data-testid="sort-title"]')?.getAttribute('aria-sort') === 'descending')
  await page.waitForTimeout(300)
  const descending = await visibleTitles(page)
  assert.equal(descending[0], [...ascending, ...descending].sort(collator.compare).at(-1), 'Z–A starts with the last title')

  // The outlet filter shows its counts and keeps only that outlet.
  await page.getByTestId('filter-outlet').getByRole('button').first().click()
  const option = page.locator('[data-testid="filter-outlet"] label', { hasText: 'Daily Example' })
  assert.equal((await option.locator('.facet-count').innerText()).trim(), '3')
  await option.locator('input').check()
  await page.keyboard.press('Escape')
  await waitTotal(page, 3)
  const shownOutlets = await page.getByTestId('article-outlet').allInnerTexts()
  assert.deepEqual([...new Set(shownOutlets.map((s) => s.trim()))], ['Daily Example'])
  await page.screenshot({ path: path.join(ctx.screenshots, 'library-filtered.png') })
  await page.getByTestId('clear-filters').click()
  await waitTotal(page, good.length)

  // A search shows ranked results with their hits marked in the snippet.
  await page.getByTestId('library-search').fill('zeppelinfield')
  await waitTotal(page, 4)
  const snippet = page.getByTestId('article-snippet').first()
  assert.match((await snippet.locator('mark').first().innerText()).toLowerCase(), /zeppelinfield/)
  assert.equal(await page.locator('[data-testid="article-snippet"] script, [data-testid="article-snippet"] b').count(), 0)
  // No match: a clear way back.
  await page.getByTestId('library-search').fill('qwxyzzy nothing like this')
  await page.getByTestId('library-no-match').waitFor()
  await page.getByTestId('clear-search-filters').click()
  await waitTotal(page, good.length)

  // "/" goes to the search box; ↓ into the list; Enter opens the article.
  await page.locator('h1').click()
  await page.keyboard.press('/')
  assert.equal(await page.evaluate(() => document.activeElement?.dataset.testid), 'library-search')
  await page.keyboard.press('ArrowDown')
  await page.keyboard.press('ArrowDown')
  const second = await page.evaluate(() => document.querySelector('[data-testid="article-row"][data-index="1"]')?.dataset.articleId)
  await page.keyboard.press('Enter')
  await page.locator(`[data-testid="reader"][data-article-id="${second}"]`).waitFor()
  // Back in the library: the same order, the same active row.
  await page.getByTestId('nav-library').click()
  await waitTotal(page, good.length)
  assert.equal(await page.getByTestId('sort-title').getAttribute('aria-sort'), 'descending')
  await page.locator(`.library-row.is-active[data-article-id="${second}"]`).waitFor()

  // Metadata of several at once: a click, a shift-click, one change.
  const boxes = page.getByTestId('article-select')
  await boxes.nth(0).click()
  await boxes.nth(3).click({ modifiers: ['Shift'] })
  await page.getByTestId('selection-count').filter({ hasText: '4 articles chosen' }).waitFor()
  assert.equal(await page.getByTestId('selection-bar').getByTestId('export-open').count(), 1, 'the chosen articles can be exported')
  const chosen = await page.evaluate(() => [...document.querySelectorAll('[data-testid="article-row"][aria-selected="true"]')].map((r) => r.dataset.articleId))
  await page.getByTestId('bulk-edit').click()
  await page.getByTestId('bulk-outlet').fill('Bulk Outlet')
  await page.getByTestId('bulk-add-tags').fill('checked, round-2')
  await page.getByTestId('bulk-apply').filter({ hasText: 'Change 4 articles' }).click()
  await page.getByTestId('library-notice').filter({ hasText: '4 articles updated.' }).waitFor()
  const metas = await page.evaluate((ids) => Promise.all(ids.map((id) => window.claimbook.articles.get({ id }))), chosen)
  for (const a of metas) {
    assert.equal(a.outlet, 'Bulk Outlet')
    assert.ok(a.tags.includes('checked') && a.tags.includes('round-2'))
  }
  await page.locator('[data-testid="article-row"] [data-testid="article-outlet"]', { hasText: 'Bulk Outlet' }).first().waitFor()
  // Ctrl+A in the list chooses every article listed.
  await page.getByTestId('article-table').focus()
  await page.keyboard.press('Control+a')
  await page.getByTestId('selection-count').filter({ hasText: `${good.length} articles chosen` }).waitFor()
  await page.keyboard.press('Escape')
  await page.getByTestId('selection-bar').waitFor({ state: 'detached' })
  await page.getByTestId('library-notice').getByRole('button', { name: 'OK' }).click()
  await page.getByTestId('library-search').fill('harbour tariffs')
  await page.locator('[data-testid="article-snippet"] mark').first().waitFor()
  await page.getByTestId('article-select').nth(1).click()
  await settle(page, 300)
  await page.screenshot({ path: path.join(ctx.screenshots, 'library.png') })
  await page.getByTestId('selection-clear').click()
  await page.getByTestId('library-search').fill('')
  await waitTotal(page, good.length)

  // Escape closes the idle dialog, and the focus goes back where it was.
  await page.getByTestId('import-button').click()
  await page.getByTestId('import-dialog').waitFor()
  await page.keyboard.press('Escape')
  await page.getByTestId('import-dialog').waitFor({ state: 'detached' })
  assert.equal(await page.evaluate(() => document.activeElement?.dataset.testid), 'import-button')

  // Dropping files on the library waits for the duplicate choice.
  await dropFiles(page, '[data-testid="library"]', [{ name: 'dropped-note.txt', type: 'text/plain', text: 'Dropped note\n\nA note about the lighthouse ledger.' }])
  await page.getByTestId('staged-files').waitFor()
  await page.getByTestId('batch-start').click()
  // One clean file opens in the reader.
  await page.getByTestId('reader').waitFor()
  await page.getByTestId('nav-library').click()
  await waitTotal(page, good.length + 1)

  await corpusScenario(ctx, page, good.length + 1)
  await cancelScenario(ctx, page)
}

/** A folder of texts plus a TSV, mapped column by column. */
async function corpusScenario(ctx, page, before) {
  const dir = path.join(ctx.downloadsDir, 'corpus')
  mkdirSync(path.join(dir, 'text'), { recursive: true })
  const rows = [
    ['doc_one', 'Harbour Herald', '2019-03-04', 'Port strike enters second week', 'Ana Silva', 'https://example.org/one', 'labour;ports'],
    ['doc_two', 'Valley Times', '2019-03-06', 'Council denies tariff deal', 'Ben Okafor', 'https://example.org/two', 'tariffs'],
    ['doc_three', 'Harbour Herald', '04/17/2019', 'Minister blames unions', 'Ana Silva', 'https://example.org/three', 'labour'],
    ['doc_missing', 'Valley Times', '2019-04-20', 'A row without a file', 'Nobody', '', ''],
  ]
  for (const [name, , , title] of rows.slice(0, 3)) writeFileSync(path.join(dir, 'text', `${name}.txt`), `${title}\n\nThe text of ${name}, about the corpus import with a table.\n`)
  const tsv = path.join(ctx.downloadsDir, 'metadata.tsv')
  writeFileSync(tsv, ['doc\tpublisher\tdate\theadline\tbyline\tlink\ttopics', ...rows.map((r) => r.join('\t'))].join('\n') + '\n')

  await page.getByTestId('import-button').click()
  await page.getByTestId('import-tab-corpus').click()
  await page.getByTestId('corpus-folder-input').setInputFiles(dir)
  await page.getByTestId('corpus-folder-count').filter({ hasText: '3 files' }).waitFor()
  await page.getByTestId('corpus-table-input').setInputFiles(tsv)
  await page.getByTestId('corpus-preview').waitFor()
  assert.match(await page.getByTestId('corpus-table-info').innerText(), /4 rows, 7 columns/)
  // The back end's guess fills the mapping; the user fixes what it missed.
  assert.equal(await page.getByTestId('map-outlet').inputValue(), 'publisher')
  assert.equal(await page.getByTestId('map-publishedAt').inputValue(), 'date')
  assert.equal(await page.getByTestId('map-title').inputValue(), 'headline')
  await page.getByTestId('map-file').selectOption('doc')
  await page.getByTestId('map-author').selectOption('byline')
  await page.getByTestId('map-url').selectOption('link')
  const topics = page.locator('[data-testid="map-tag"][data-column="topics"]')
  if (!(await topics.isChecked())) await topics.check()
  await page.getByTestId('import-dialog').screenshot({ path: path.join(ctx.screenshots, 'corpus-mapping.png') })
  await page.getByTestId('corpus-start').click()
  const summary = page.getByTestId('import-summary')
  await summary.waitFor({ timeout: 30_000 })
  assert.equal(await summary.getAttribute('data-imported'), '3')
  assert.equal(await summary.getAttribute('data-failed'), '0')
  await page.locator('details.summary-summary-skip > summary').click()
  assert.match(await page.getByTestId('summary-skip').first().innerText(), /doc_missing/)
  await page.getByTestId('summary-done').click()
  await waitTotal(page, before + 3)

  await page.getByTestId('library-search').fill('Council denies tariff deal')
  const row = page.getByTestId('article-row').filter({ hasText: 'Council denies tariff deal' }).first()
  await row.waitFor()
  const id = await row.getAttribute('data-article-id')
  const article = await page.evaluate((articleId) => window.claimbook.articles.get({ id: articleId }), id)
  assert.equal(article.outlet, 'Valley Times')
  assert.equal(article.publishedAt, '2019-03-06')
  assert.equal(article.author, 'Ben Okafor')
  assert.equal(article.url, 'https://example.org/two')
  assert.deepEqual(article.tags, ['tariffs'])
  await page.getByTestId('library-search').fill('')
  await waitTotal(page, before + 3)
}

/** A large batch cancelled while it runs. */
async function cancelScenario(ctx, page) {
  const before = await libraryTotal(page)
  const many = Array.from({ length: 1000 }, (_, i) => file(`bulk-${String(i).padStart(4, '0')}.txt`, `Bulk article ${i}\n\n${`Paragraph ${i} of a long filler text about harbour number ${i}. `.repeat(40)}\n`))
  await page.getByTestId('import-button').click()
  await page.getByTestId('import-tab-files').click()
  await page.getByTestId('import-file-input').setInputFiles(many)
  await page.waitForFunction(() => Number(document.querySelector('[data-testid="batch-progress-bar"]')?.dataset.done) >= 10, null, { timeout: 30_000 })
  await page.getByTestId('import-dialog').screenshot({ path: path.join(ctx.screenshots, 'import-progress.png') })
  // Closing the dialog leaves the batch running, its progress in the library.
  await page.keyboard.press('Escape')
  await page.getByTestId('import-dialog').waitFor({ state: 'detached' })
  await page.getByTestId('library').getByTestId('batch-progress').waitFor()
  await page.getByTestId('import-show').click()
  await page.getByTestId('batch-cancel').click()
  const summary = page.getByTestId('import-summary')
  await summary.waitFor({ timeout: 30_000 })
  assert.match(await summary.innerText(), /Import cancelled/)
  const imported = Number(await summary.getAttribute('data-imported'))
  assert.ok(imported >= 10 && imported < many.length, `some but not all files were imported before the cancel (${imported})`)
  await page.getByTestId('summary-done').click()
  await waitTotal(page, before + imported)
  // Nothing more arrives after the cancel.
  await page.waitForTimeout(2_000)
  const info = await page.evaluate(() => window.claimbook.workspace.info({}))
  assert.equal(info.articles, before + imported)
  assert.equal(readdirSync(path.join(ctx.workspaceDir, 'articles')).filter((f) => f.endsWith('.json')).length, before + imported)
}
