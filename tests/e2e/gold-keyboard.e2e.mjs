// The seed article's 20 gold claims (../shared/corpus/gold), coded with the
// keyboard alone (see lib/keyboard.mjs for what that means): each quote is
// found and selected with keys, tagged with its kind's key, its speakers,
// targets and event picked or created by typing their gold names. Then
// every quote, kind, speaker, target and event is read back through
// window.claimbook and compared with the gold file.
import assert from 'node:assert/strict'
import { mkdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import { backToText, focusInText, pickByKeyboard, selectByKeyboard, waitSaved } from './lib/keyboard.mjs'

export const name = 'the 20 gold claims of the seed article, coded with the keyboard alone, match the gold file'

const KIND_KEYS = { assertion: '1', denial: '2', attribution: '3' }

export async function run(ctx) {
  try {
    await codeGold(ctx)
  } catch (err) {
    // What the page looked like when it failed, for whoever reads the log.
    const shot = path.join(ctx.root, 'test-results', 'gold-keyboard-failure.png')
    await mkdir(path.dirname(shot), { recursive: true })
    const focus = await ctx.page?.evaluate(() => document.activeElement?.outerHTML.slice(0, 200)).catch(() => '')
    await ctx.page?.screenshot({ path: shot }).catch(() => {})
    throw new Error(`${err.message}\n(focus: ${focus}; screenshot: ${path.relative(ctx.root, shot)})`, { cause: err })
  }
}

async function codeGold(ctx) {
  const gold = JSON.parse(await readFile(path.join(ctx.corpus, 'gold/bad-to-worse.claims.json'), 'utf8'))
  const text = await readFile(path.join(ctx.corpus, 'seed/bad-to-worse.txt'), 'utf8')
  const host = await ctx.startHost()
  const page = await ctx.openPage(host)
  ctx.page = page

  // Importing is not coding: the file goes in through the import dialog.
  await page.getByTestId('library-empty').waitFor()
  await page.getByTestId('import-button').click()
  await page.getByTestId('import-tab-files').click()
  await page.getByTestId('import-file-input').setInputFiles(path.join(ctx.corpus, 'seed/bad-to-worse.txt'))
  await page.getByTestId('reader').waitFor()
  const articleId = await page.getByTestId('reader').getAttribute('data-article-id')
  await page.waitForFunction(() => !!document.activeElement?.closest('.ProseMirror'))

  // From here on: keys only.
  for (const [i, claim] of gold.claims.entries()) {
    await selectByKeyboard(page, text, claim.quote)
    await page.keyboard.press(KIND_KEYS[claim.kind])
    // The panel follows a tag once its save is answered. Every other claim
    // goes straight on to its speaker, a key right after the tag: the
    // panel must catch up before the key acts, or the speaker would go to
    // the claim before (the gold comparison below would tell).
    if (i % 2 === 0) {
      await page.waitForFunction(
        ({ n, kind }) => document.querySelectorAll('[data-testid="claim-item"]').length === n && !!document.querySelector(`[data-testid="claim-item"][data-kind="${kind}"][aria-current="true"]`),
        { n: i + 1, kind: claim.kind },
      )
      assert.equal(await page.getByTestId('claim-item').count(), i + 1, `claim ${i + 1} is listed`)
    }
    await page.keyboard.press('s')
    // … and types the speaker's name at once: every key must reach the field.
    for (const [k, speaker] of claim.speakers.entries()) await pickByKeyboard(page, 'speakers-input', speaker, { atOnce: i % 2 === 1 && k === 0 })
    await page.keyboard.press('Tab')
    for (const target of claim.targets) await pickByKeyboard(page, 'targets-input', target)
    await page.keyboard.press('Tab')
    await pickByKeyboard(page, 'event-input', claim.event)
    await backToText(page)
    await waitSaved(page)
  }

  // J and K move between claims in text order, from the keyboard too.
  await page.keyboard.press('Escape')
  await page.getByTestId('claim-details').waitFor({ state: 'detached' })
  await page.keyboard.press('j')
  const first = await page.locator('[data-testid="claim-item"][aria-current="true"]').getAttribute('data-claim-id')
  await page.keyboard.press('j')
  await page.keyboard.press('k')
  await page.locator(`[data-testid="claim-item"][aria-current="true"][data-claim-id="${first}"]`).waitFor({ timeout: 5000 })
  assert.ok(await focusInText(page), 'moving between claims keeps the focus in the text')

  // Compare with the gold file, through the API the app itself uses.
  const stored = await page.evaluate(async (id) => {
    const api = window.claimbook
    const [article, actors, events] = await Promise.all([api.articles.get({ id }), api.actors.list({}), api.events.list({})])
    const actorName = new Map(actors.map((a) => [a.id, a.name]))
    const eventName = new Map(events.map((e) => [e.id, e.name]))
    return article.claims.map((c) => ({
      quote: c.quote,
      kind: c.kind,
      speakers: c.speakers.map((a) => actorName.get(a)),
      targets: c.targets.map((a) => actorName.get(a)),
      event: c.eventId ? eventName.get(c.eventId) : null,
    }))
  }, articleId)
  assert.equal(stored.length, gold.claims.length, 'as many claims as in the gold file')
  for (const claim of gold.claims) {
    const found = stored.find((s) => s.quote === claim.quote)
    assert.ok(found, `the gold quote is a claim, exactly: “${claim.quote}”`)
    assert.deepEqual(found, { quote: claim.quote, kind: claim.kind, speakers: claim.speakers, targets: claim.targets, event: claim.event }, `claim “${claim.quote.slice(0, 50)}…”`)
  }
  const actorNames = new Set(gold.claims.flatMap((c) => [...c.speakers, ...c.targets]))
  const created = await page.evaluate(() => window.claimbook.actors.list({}))
  assert.deepEqual(created.map((a) => a.name).sort(), [...actorNames].sort(), 'each actor was created once, with its gold name')
}
