// How the reader looks with overlapping, nested and cross-paragraph claims,
// with the help overlay open, and in both themes (following the system, and
// switched by hand). Screenshots go to docs/screenshots/.
import assert from 'node:assert/strict'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { pick, selectQuote, settle, waitSaved } from './lib/ui.mjs'

export const name = 'the reader shows overlapping claims readably, lists its shortcuts, and follows the light and dark themes'

const OUTER = 'Russian Deputy Foreign Minister Sergei Ryabkov has accused the incoming administration of President-elect Joe Biden of “Russophobia”'
const NESTED = 'the incoming administration of President-elect Joe Biden'
const OVERLAP = 'Joe Biden of “Russophobia” and says he expects relations with the United States'
const ACROSS_START = 'go “from bad to worse.”'

async function tag(page, quote, key) {
  await selectQuote(page, quote)
  await page.keyboard.press(key)
  await waitSaved(page)
}

async function openSeed(ctx, host, colorScheme) {
  const page = await ctx.openPage(host, { colorScheme })
  await page.getByTestId('article-row').first().waitFor()
  await page.getByTestId('article-open').first().click()
  await page.getByTestId('article-text').waitFor()
  return page
}

export async function run(ctx) {
  const host = await ctx.startHost()
  const page = await ctx.openPage(host)
  const gold = JSON.parse(await readFile(path.join(ctx.corpus, 'gold/bad-to-worse.claims.json'), 'utf8'))
  const seed = (await readFile(path.join(ctx.corpus, 'seed/bad-to-worse.txt'))).toString('base64')
  await page.evaluate(
    async ({ seed, actors }) => {
      const api = window.claimbook
      await api.articles.importFile({ fileName: 'bad-to-worse.txt', dataBase64: seed })
      for (const a of actors) await api.actors.create({ name: a.name, type: a.type, aliases: a.aliases })
    },
    { seed, actors: gold.actors },
  )
  await page.reload()
  await page.getByTestId('article-open').first().click()
  await page.getByTestId('article-text').waitFor()

  // An attribution that contains the assertion it reports, a denial that
  // overlaps it, and a claim that runs into the next paragraph.
  await tag(page, OUTER, '3')
  await pick(page, 'speakers-input', 'Sergei Ryabkov')
  await pick(page, 'targets-input', 'Biden administration')
  await tag(page, NESTED, '1')
  await tag(page, OVERLAP, '2')
  await selectQuote(page, ACROSS_START) // from here …
  await page.evaluate(() => {
    // … to the fifth word of the next paragraph: extend the DOM selection.
    const sel = window.getSelection()
    const p = sel.focusNode.parentElement.closest('p').nextElementSibling
    const text = document.createTreeWalker(p, NodeFilter.SHOW_TEXT).nextNode()
    sel.extend(text, text.data.split(' ').slice(0, 5).join(' ').length)
  })
  await page.waitForFunction((n) => Number(document.querySelector('[data-testid="selection-info"]')?.dataset.length) > n, ACROSS_START.length + 10)
  await page.keyboard.press('1')
  await waitSaved(page)
  const quotes = await page.evaluate(async (id) => (await window.claimbook.articles.get({ id })).claims.map((c) => c.quote), await page.getByTestId('reader').getAttribute('data-article-id'))
  assert.equal(quotes.length, 4)
  for (const quote of [OUTER, NESTED, OVERLAP]) assert.ok(quotes.includes(quote), `claimed: “${quote}”`)
  assert.ok(quotes.some((q) => q.startsWith(`${ACROSS_START}\n\n“It would be strange`)), `one claim runs into the next paragraph: ${quotes}`)

  // A click where three claims meet shows the innermost; the panel says so.
  const spot = page.locator('.article-text [data-claim-id]', { hasText: 'Joe Biden' }).last()
  await spot.click()
  await page.getByTestId('claim-overlap').waitFor()
  assert.match(await page.getByTestId('claim-overlap').innerText(), /Claim 1 of 3 at this spot/)
  const first = await page.getByTestId('claim-details').getAttribute('data-claim-id')
  // Clicks closer than half a second make a double click (which selects a word).
  const again = async () => (await page.waitForTimeout(600), spot.click())
  await again()
  await page.getByTestId('claim-overlap').filter({ hasText: 'Claim 2 of 3 at this spot' }).waitFor({ timeout: 5000 })
  assert.notEqual(await page.getByTestId('claim-details').getAttribute('data-claim-id'), first, 'a second click makes the next claim there active')
  await again()
  await again()
  await page.getByTestId('claim-overlap').filter({ hasText: 'Claim 1 of 3' }).waitFor()
  // Kind letters mark where each claim starts; known actors are underlined.
  assert.ok((await page.locator('.article-text .claim-start').count()) >= 4)
  await page.locator('.article-text .actor-mention').first().waitFor()
  await page.keyboard.press('Escape') // closes the mention menu the clicks opened
  await page.getByTestId('mention-menu').waitFor({ state: 'detached' })
  await page.locator('.reader-scroll').evaluate((el) => el.scrollTo({ top: 0 }))
  await settle(page)
  await page.screenshot({ path: path.join(ctx.screenshots, 'overlapping-claims.png') })

  // The reader in the light theme: the attribution open with its coding,
  // its words outlined as the active claim.
  await page.getByTestId('claim-item').first().click()
  // The outlined pieces, read back as the claims whose marks hold them.
  const outlined = () =>
    page.evaluate(() =>
      [...document.querySelectorAll('.article-text .claim-active')].map((e) => {
        const ids = []
        for (let m = e.closest('[data-claim-id]'); m; m = m.parentElement?.closest('[data-claim-id]')) ids.push(m.getAttribute('data-claim-id'))
        return ids.join(' ')
      }),
    )
  const activeId = await page.getByTestId('claim-details').getAttribute('data-claim-id')
  const activeQuote = await page.evaluate(async ({ id, articleId }) => (await window.claimbook.articles.get({ id: articleId })).claims.find((c) => c.id === id).quote, { id: activeId, articleId: await page.getByTestId('reader').getAttribute('data-article-id') })
  const pieces = await outlined()
  assert.ok(pieces.length > 0 && pieces.every((ids) => ids.split(' ').includes(activeId)), `only the active claim is outlined: ${pieces}`)
  const outlinedText = await page.evaluate(() => [...document.querySelectorAll('.article-text .claim-active')].map((e) => e.textContent).join(''))
  assert.equal(outlinedText.replace(/\u00a0/g, ' '), activeQuote, 'the outline covers the active claim’s words, all of them')
  await page.locator('.reader-scroll').evaluate((el) => el.scrollTo({ top: 0 }))
  await settle(page)
  await page.screenshot({ path: path.join(ctx.screenshots, 'reader-light.png') })

  // The help overlay lists the shortcuts (from the same table as the keys).
  await page.getByTestId('article-text').focus()
  await page.keyboard.press('?')
  await page.getByTestId('help-overlay').waitFor()
  for (const key of ['Next claim', 'Speakers of the active claim', 'Undo the last coding action', 'Command palette']) assert.ok((await page.getByTestId('help-overlay').innerText()).includes(key), `help lists “${key}”`)
  await settle(page, 300)
  await page.screenshot({ path: path.join(ctx.screenshots, 'help-overlay.png') })
  await page.keyboard.press('Escape')

  // The palette reaches every action: "speakers" runs the jump.
  await page.getByTestId('claim-item').first().click()
  await page.keyboard.press('Control+k')
  await page.getByTestId('palette-input').fill('speakers')
  await page.keyboard.press('Enter')
  await page.waitForFunction(() => document.activeElement?.getAttribute('data-testid') === 'speakers-input')

  // Filters: by kind, by actor.
  await page.keyboard.press('Escape')
  await page.getByTestId('filter-denial').click()
  await page.waitForFunction(() => document.querySelectorAll('[data-testid="claim-item"]').length === 1)
  assert.equal(await page.getByTestId('claim-item').getAttribute('data-kind'), 'denial')
  await page.getByTestId('filter-clear').click()
  await page.getByTestId('filter-actor').selectOption({ label: 'Sergei Ryabkov' })
  await page.waitForFunction(() => document.querySelectorAll('[data-testid="claim-item"]').length === 1)
  assert.match(await page.getByTestId('claim-item').innerText(), /Sergei Ryabkov → Biden administration/)
  await page.getByTestId('filter-clear').click()
  await page.waitForFunction(() => document.querySelectorAll('[data-testid="claim-item"]').length === 4)

  // An actor named in the text, linked to the active claim from the text.
  await page.getByTestId('claim-item').filter({ hasText: 'and says he expects relations' }).click()
  await page.locator('.article-text .actor-mention', { hasText: 'United States' }).first().click()
  await page.getByTestId('mention-menu').waitFor()
  await page.getByTestId('mention-menu').getByTestId('mention-target').click()
  await page.getByTestId('claim-details').getByTestId('targets-input-picker').getByTestId('picker-chip').filter({ hasText: 'United States' }).waitFor()
  await waitSaved(page)

  // A jump from the list to a claim far down, and back (B) to where the text was.
  await tag(page, 'The Kremlin has denied any role in the hacking.', '2')
  const scroller = page.locator('.reader-scroll')
  await scroller.evaluate((el) => el.scrollTo({ top: 0 }))
  await page.getByTestId('claim-item').filter({ hasText: 'The Kremlin has denied' }).click()
  await page.getByTestId('back-to-reading').waitFor()
  await page.waitForFunction(() => document.querySelector('.reader-scroll').scrollTop > 300)
  await page.keyboard.press('b')
  await page.waitForFunction(() => document.querySelector('.reader-scroll').scrollTop < 50)
  await page.getByTestId('back-to-reading').waitFor({ state: 'detached' })

  // The article's details, edited from the reader.
  await page.getByTestId('edit-details').click()
  await page.getByTestId('meta-outlet').fill('Radio Free Europe/Radio Liberty')
  await page.getByTestId('meta-date').fill('2020-12-24')
  await page.getByTestId('meta-save').click()
  await page.getByTestId('reader-byline').filter({ hasText: 'Radio Free Europe/Radio Liberty · 2020-12-24' }).waitFor()
  await waitSaved(page)
  const meta = await page.evaluate(async (id) => window.claimbook.articles.get({ id }), await page.getByTestId('reader').getAttribute('data-article-id'))
  assert.deepEqual([meta.outlet, meta.publishedAt], ['Radio Free Europe/Radio Liberty', '2020-12-24'])

  // The codebook: a tag with its colour, put on a claim with G, renamed on
  // every claim from the codebook.
  await page.getByTestId('open-codebook').click()
  await page.getByTestId('codebook-new').fill('economy')
  await page.keyboard.press('Enter')
  await page.getByTestId('codebook-tag').first().waitFor()
  await page.keyboard.press('Escape')
  await page.getByTestId('claim-item').first().click()
  await page.getByTestId('article-text').focus()
  await page.keyboard.press('g')
  await page.waitForFunction(() => document.activeElement?.getAttribute('data-testid') === 'tags-input')
  await page.keyboard.type('econ')
  await page.locator('[data-testid="tags-input-picker"] [role="option"][data-name="economy"]').waitFor()
  await page.keyboard.press('Enter')
  await page.locator('[data-testid="tags-input-picker"] [data-testid="picker-chip"]', { hasText: 'economy' }).waitFor()
  await waitSaved(page)
  await page.getByTestId('open-codebook').click()
  const nameField = page.getByTestId('codebook-tag').first().locator('input')
  await nameField.fill('the economy')
  await nameField.press('Enter')
  await page.keyboard.press('Escape')
  await page.getByTestId('claim-tags').filter({ hasText: 'the economy' }).first().waitFor()
  await waitSaved(page)

  // Dark: following the system …
  const dark = await openSeed(ctx, host, 'dark')
  await dark.getByTestId('claim-item').filter({ hasText: 'incoming administration of President-elect' }).first().click()
  await settle(dark)
  const background = await dark.evaluate(() => getComputedStyle(document.querySelector('.reader-scroll')).backgroundColor)
  assert.equal(background, 'rgb(24, 25, 28)', 'the system’s dark scheme gives the dark theme')
  await dark.screenshot({ path: path.join(ctx.screenshots, 'reader-dark.png') })
  // … and by hand: the toggle goes system → light → dark and stays.
  await dark.getByTestId('theme-toggle').click()
  assert.equal(await dark.evaluate(() => getComputedStyle(document.querySelector('.reader-scroll')).backgroundColor), 'rgb(246, 245, 241)', 'pinned light on a dark system')
  await dark.getByTestId('theme-toggle').click()
  assert.equal(await dark.evaluate(() => document.documentElement.dataset.theme), 'dark')
  await dark.getByTestId('theme-toggle').click()
  assert.equal(await dark.evaluate(() => document.documentElement.dataset.theme), undefined, 'back to following the system')
}
