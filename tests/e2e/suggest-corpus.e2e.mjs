// Claim suggestions for a whole corpus, from the library: the action is
// unavailable (saying why) in an empty library; with the seed article and
// PolNeAR texts imported, "Suggest claims" runs the job with its progress
// (done of total, the article being read), then the summary (articles
// analysed, open suggestions, the articles with most, most first, counts as
// the back end gives them); the counts show in the list; the summary is
// still there after a reload; the article with most suggestions opens in
// the reader with those suggestions outlined; the chosen articles and the
// command palette start it too. Nothing is coded.
import assert from 'node:assert/strict'
import { readFileSync, readdirSync } from 'node:fs'
import path from 'node:path'
import { apiCaller } from './lib/ui.mjs'

export const name = 'corpus suggestions from the library: progress, summary, reload, open the article with most, chosen articles, palette'

/** PolNeAR texts to import: enough that the job runs for a while. */
const POLNEAR_TEXTS = 40

export async function run(ctx) {
  const host = await ctx.startHost()
  const page = await ctx.openPage(host)
  const call = apiCaller(page)

  // An empty library: the action is there, unavailable, and says why.
  const button = page.getByTestId('suggest-claims')
  await page.getByTestId('library-empty').waitFor()
  assert.equal(await button.getAttribute('aria-disabled'), 'true')
  assert.match(await button.getAttribute('title'), /library is empty: import articles first/)
  await button.click({ force: true })
  assert.equal(await page.getByTestId('suggest-progress').count(), 0, 'nothing starts in an empty library')

  // The seed article and some PolNeAR texts.
  const seed = await call('articles.importFile', { fileName: 'bad-to-worse.txt', dataBase64: readFileSync(path.join(ctx.corpus, 'seed/bad-to-worse.txt')).toString('base64') })
  const dev = path.join(ctx.corpus, 'polnear/dev/text')
  for (const f of readdirSync(dev).filter((n) => n.endsWith('.txt')).sort().slice(0, POLNEAR_TEXTS)) {
    await call('articles.importFile', { fileName: f, dataBase64: readFileSync(path.join(dev, f)).toString('base64') })
  }
  const total = POLNEAR_TEXTS + 1
  await page.reload()
  await page.waitForFunction((n) => document.querySelector('[data-testid="library-count"]')?.dataset.total === String(n), total)
  assert.equal(await button.getAttribute('aria-disabled'), null)

  // Started from the keyboard: the button is in the tab order.
  await button.focus()
  await page.keyboard.press('Enter')
  await page.getByTestId('suggest-progress').waitFor({ timeout: 10_000 })
  await page.waitForFunction(() => Number(document.querySelector('[data-testid="suggest-progress-bar"]')?.dataset.done) > 0 && document.querySelector('[data-testid="suggest-current"]')?.textContent.trim())
  const bar = page.getByTestId('suggest-progress-bar')
  assert.equal(await bar.getAttribute('data-total'), String(total))
  assert.match(await page.getByTestId('suggest-progress').textContent(), new RegExp(`Suggesting claims: \\d+ of ${total} articles`))
  assert.equal(await button.getAttribute('aria-disabled'), 'true', 'one run at a time')
  // However long the article's title, the strip keeps its width and Cancel stays in it.
  const inside = await page.evaluate(() => {
    const strip = document.querySelector('.suggest-strip').getBoundingClientRect()
    return ['suggest-cancel', 'suggest-progress-bar', 'suggest-current'].map((id) => document.querySelector(`[data-testid="${id}"]`).getBoundingClientRect()).every((r) => r.left >= strip.left && r.right <= strip.right + 0.5)
  })
  assert.ok(inside, 'Cancel, the bar and the current title stay inside the progress strip')
  await page.screenshot({ path: path.join(ctx.screenshots, 'suggest-corpus-progress.png') })

  // The summary, against what the back end says of each article.
  const summary = page.getByTestId('suggest-summary')
  await summary.waitFor({ timeout: 120_000 })
  assert.equal(await summary.getAttribute('data-state'), 'done')
  const counts = await page.getByTestId('suggest-top-count').allTextContents()
  const numbers = counts.map((c) => Number(c.replace(/\D/g, '')))
  assert.ok(numbers.length >= 5, `the summary names the articles with most suggestions (${numbers.length})`)
  assert.deepEqual(numbers, [...numbers].sort((a, b) => b - a), 'most first')
  const topIds = await page.getByTestId('suggest-top-open').evaluateAll((els) => els.map((e) => e.dataset.articleId))
  let sum = 0
  for (const id of await call('library.query', { offset: 0, limit: 100 }).then((p) => p.items.map((i) => i.id))) sum += (await call('suggest.forArticle', { articleId: id })).claims.length
  assert.match(await page.getByTestId('suggest-summary-counts').textContent(), new RegExp(`${total} articles analysed \\(all ${total} articles\\), ${sum.toLocaleString('en-US')} open suggestions found`))
  const first = await call('suggest.forArticle', { articleId: topIds[0] })
  assert.equal(first.claims.length, numbers[0], 'the count of the first article is that of suggest.forArticle')
  // Ten first; the rest of the list (up to 50) on demand.
  if ((await page.getByTestId('suggest-top-more').count()) > 0) {
    await page.getByTestId('suggest-top-more').click()
    assert.ok((await page.getByTestId('suggest-top-open').count()) > topIds.length, 'Show all lists more articles')
    await page.getByTestId('suggest-top-more').click()
  }
  // The count per article shows in the list too.
  await page.waitForFunction((id) => document.querySelector(`[data-testid="article-row"][data-article-id="${id}"] [data-testid="article-suggestion-count"]`), topIds[0])
  assert.equal(await page.locator(`[data-testid="article-row"][data-article-id="${topIds[0]}"] [data-testid="article-suggestion-count"]`).textContent(), `+${numbers[0]} suggested`)
  await page.screenshot({ path: path.join(ctx.screenshots, 'suggest-corpus-summary.png') })
  // Nothing was coded.
  assert.equal((await call('articles.get', { id: seed.id })).claims.length, 0)

  // A reload of the window: the summary is still there.
  await page.reload()
  await summary.waitFor()
  assert.deepEqual(await page.getByTestId('suggest-top-open').evaluateAll((els) => els.map((e) => e.dataset.articleId)), topIds)

  // The article with most suggestions opens in the reader with them outlined.
  await page.getByTestId('suggest-top-open').first().click()
  await page.getByTestId('article-text').waitFor()
  await page.waitForFunction((n) => Number(document.querySelector('[data-testid="suggestion-count"]')?.dataset.count) === n, numbers[0], { timeout: 20_000 })
  await page.waitForFunction(() => document.querySelectorAll('.article-text [data-suggestion-id]').length > 0)

  // Back in the library: the summary is kept; dismissed, it stays closed after a reload.
  await page.getByTestId('nav-library').click()
  await summary.waitFor()
  await page.getByTestId('suggest-dismiss').click()
  assert.equal(await summary.count(), 0)
  await page.reload()
  await page.getByTestId('article-table').waitFor()
  await page.waitForTimeout(500)
  assert.equal(await summary.count(), 0, 'a dismissed summary does not come back')

  // The chosen articles: two rows with Space, then the selection bar's action.
  await page.getByTestId('article-table').focus()
  await page.keyboard.press('Space')
  await page.keyboard.press('Shift+ArrowDown')
  await page.getByTestId('selection-bar').waitFor()
  await page.getByTestId('selection-suggest').click()
  await summary.waitFor({ timeout: 60_000 })
  assert.match(await page.getByTestId('suggest-summary-counts').textContent(), /^2 articles analysed \(the 2 chosen articles\)/)

  // The command palette offers it too.
  await page.getByTestId('suggest-dismiss').click()
  await page.keyboard.press('Control+k')
  await page.getByTestId('palette-input').fill('suggest claims for all')
  const option = page.getByTestId('palette-option').filter({ hasText: 'Suggest claims for all articles' })
  await option.first().waitFor()
  await page.keyboard.press('Enter')
  await summary.waitFor({ timeout: 60_000 })
  assert.match(await page.getByTestId('suggest-summary-counts').textContent(), new RegExp(`^${total} articles analysed`))
}
