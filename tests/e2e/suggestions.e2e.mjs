// Suggestions in the reader, on the seed article (../shared/corpus/seed),
// driven with the keys a researcher uses: accept one (quote, kind, speaker
// and cue land on the claim), undo and redo it as one step, adjust another's
// boundaries before accepting it, reject a third (still gone after a reload),
// accept all in a paragraph (one undo takes them back), accept one whose
// speaker is not in the registry (the actor is added and linked), turn the
// suggestions off (no outline left, remembered after a reload) and on, show
// the rejected one again, add a named actor in one step.
//
// Everything is checked against what the back end suggests, read through
// window.claimbook in the test: no offsets or sentences of a particular
// version of the rules are written here.
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { apiCaller, settle, waitSaved } from './lib/ui.mjs'

export const name = 'suggestions on the seed article: accept, undo, adjust, reject, accept a paragraph, new speaker, off and on, actors'

/** The rule of boundaries.ts for "start one word later": past the rest of
 * the word it is in, then past what is between words. */
const WORD = "[\\p{L}\\p{N}'’-]"
const startOneWordLater = (text) => text.replace(new RegExp(`^${WORD}*[^\\p{L}\\p{N}'’-]*`, 'u'), '')

export async function run(ctx) {
  const host = await ctx.startHost()
  const page = await ctx.openPage(host)
  const call = apiCaller(page)

  const seed = readFileSync(path.join(ctx.corpus, 'seed/bad-to-worse.txt')).toString('base64')
  const article = await call('articles.importFile', { fileName: 'bad-to-worse.txt', dataBase64: seed })
  const articleId = article.id
  // One speaker in the registry, so some suggestions come with their actor.
  const ryabkov = await call('actors.create', { name: 'Sergei Ryabkov', type: 'person', aliases: ['Ryabkov'] })
  const suggested = await call('suggest.forArticle', { articleId })
  assert.ok(suggested.claims.length >= 6, `the back end suggests enough claims to test with (${suggested.claims.length})`)
  const byId = new Map(suggested.claims.map((s) => [s.id, s]))
  const text = article.body.content.map((b) => (b.content ?? []).map((t) => t.text).join('')).join('\n\n')
  const blockOf = (s) => text.slice(0, s.content.start).split('\n\n').length - 1

  /** Reloads the page (nothing left to save first) and opens the article. */
  const openReader = async () => {
    await page.waitForFunction(() => ['saved', 'idle', undefined].includes(document.querySelector('[data-testid="save-status"]')?.dataset.state))
    await page.reload()
    await page.locator(`[data-testid="article-row"][data-article-id="${articleId}"] [data-testid="article-open"]`).click()
    await page.getByTestId('article-text').waitFor()
    await page.waitForFunction(() => !!document.activeElement?.closest('.ProseMirror'))
  }
  /** The suggestions outlined in the text, by id. */
  const outlined = () => page.evaluate(() => [...new Set([...document.querySelectorAll('.article-text [data-suggestion-id]')].map((e) => e.getAttribute('data-suggestion-id')))])
  const waitOutlined = async (count, what) => {
    await page
      .waitForFunction((n) => new Set([...document.querySelectorAll('.article-text [data-suggestion-id]')].map((e) => e.getAttribute('data-suggestion-id'))).size === n, count, { timeout: 10_000 })
      .catch(async () => assert.fail(`${what}: expected ${count} outlined suggestions, found ${(await outlined()).length}`))
  }
  const activeId = () => page.getByTestId('active-suggestion').getAttribute('data-suggestion-id')
  /** From the top of the text, presses ] until the active suggestion is one of `wanted`. */
  const goTo = async (wanted, what) => {
    await page.keyboard.press('Escape')
    await page.keyboard.press('Escape')
    await page.keyboard.press('Control+Home')
    for (let i = 0; i <= suggested.claims.length; i++) {
      await page.keyboard.press(']')
      await page.getByTestId('active-suggestion').waitFor()
      const id = await activeId()
      if (wanted(byId.get(id))) return byId.get(id)
    }
    throw new Error(`no suggestion to ${what} was reached with ]`)
  }
  const claims = async () => (await call('articles.get', { id: articleId })).claims
  /** Waits until the stored claims satisfy `ok`, and returns them. */
  const storedWhen = async (ok, what) => {
    let last
    for (let i = 0; i < 100; i++) {
      await waitSaved(page)
      last = await claims()
      if (ok(last)) return last
      await page.waitForTimeout(100)
    }
    assert.fail(`${what}; the claims are: ${JSON.stringify(last.map((c) => [c.quote, c.kind, c.speakers, c.cue]))}`)
  }
  const used = new Set()
  /** The suggestions no stored claim covers by more than half (the rule of
   * the contract: those are coded already, and hidden). */
  const uncoveredBy = (list, stored) =>
    list.filter((s) => !stored.some((c) => Math.min(c.end, s.content.end) - Math.max(c.start, s.content.start) > (s.content.end - s.content.start) / 2))

  await openReader()
  // Every suggestion is outlined, and the panel counts them.
  await waitOutlined(suggested.claims.length, 'on opening')
  assert.deepEqual(new Set(await outlined()), new Set(byId.keys()), 'the outlines are the back end’s suggestions')
  assert.equal(await page.getByTestId('suggestion-count').getAttribute('data-count'), String(suggested.claims.length))
  assert.equal(await page.locator('.article-text .claim').count(), 0, 'a suggestion is not a claim')

  // ---- accept one with its known speaker (A) ----------------------------------
  const first = await goTo((s) => s.speakerIds.includes(ryabkov.id) && !!s.cue, 'accept (with Ryabkov as speaker)')
  used.add(first.id)
  assert.ok(await page.getByTestId('suggestion-speaker').innerText().then((t) => t.includes('Sergei Ryabkov')), 'the card names the speaker')
  await page.screenshot({ path: path.join(ctx.screenshots, 'suggestions.png') })
  await page.keyboard.press('a')
  const [accepted] = await storedWhen((cs) => cs.length === 1 && cs[0].speakers.length === 1, 'the accepted suggestion is a claim with its speaker')
  assert.equal(accepted.quote, first.content.text.trim(), 'the claim quotes the suggested words')
  assert.equal(accepted.kind, first.kind)
  assert.deepEqual(accepted.speakers, [ryabkov.id])
  assert.equal(accepted.cue, first.cue.text)
  await waitOutlined(uncoveredBy(suggested.claims, [accepted]).length, 'after accepting one')
  assert.ok(!(await outlined()).includes(first.id), 'the accepted suggestion is no longer outlined')

  // ---- one undo takes the accept back whole, one redo brings it back ----------
  await page.keyboard.press('Control+z')
  await storedWhen((cs) => cs.length === 0, 'undo of an accept removes the claim')
  await waitOutlined(suggested.claims.length, 'after the undo')
  await page.keyboard.press('Control+Shift+z')
  const [redone] = await storedWhen((cs) => cs.length === 1 && cs[0].speakers.length === 1 && cs[0].cue === first.cue.text, 'redo brings the claim back with its speaker and cue')
  assert.equal(redone.quote, accepted.quote)

  // ---- adjust the boundaries, then accept -------------------------------------
  const second = await goTo((s) => !used.has(s.id) && s.content.text.length > 40, 'adjust')
  used.add(second.id)
  for (let i = 0; i < 3; i++) await page.keyboard.press('Shift+ArrowLeft')
  await page.keyboard.press('.')
  await page.keyboard.press('a')
  const expected = startOneWordLater(second.content.text.slice(0, -3)).trim()
  assert.notEqual(expected, second.content.text)
  const adjusted = await storedWhen((cs) => cs.length === 2, 'the adjusted suggestion is accepted')
  const adjustedClaim = adjusted.find((c) => c.id !== accepted.id)
  assert.equal(adjustedClaim.quote, expected, 'the claim quotes the adjusted words (one word later, three characters shorter)')
  assert.equal(adjustedClaim.kind, second.kind)

  // ---- reject (X): gone, and still gone after a reload ------------------------
  const third = await goTo((s) => !used.has(s.id), 'reject')
  used.add(third.id)
  await page.keyboard.press('x')
  await page.waitForFunction((id) => !document.querySelector(`.article-text [data-suggestion-id="${id}"]`), third.id)
  await waitSaved(page)
  const afterReject = await call('suggest.forArticle', { articleId })
  assert.ok(!afterReject.claims.some((s) => s.id === third.id), 'the back end no longer suggests it')
  assert.equal(afterReject.rejectedCount, 1)
  await openReader()
  const remaining = afterReject.claims.length
  await waitOutlined(remaining, 'after the reload')
  assert.ok(!(await outlined()).includes(third.id), 'a rejected suggestion stays rejected after a reload')

  // ---- accept all in a paragraph (Shift+A), one undo takes them all back -----
  const byBlock = new Map()
  for (const s of afterReject.claims) byBlock.set(blockOf(s), [...(byBlock.get(blockOf(s)) ?? []), s])
  const paragraph = [...byBlock.values()].sort((a, b) => b.length - a.length)[0]
  assert.ok(paragraph.length >= 2, 'some paragraph has two suggestions')
  const inParagraph = new Set(paragraph.map((s) => s.id))
  await goTo((s) => inParagraph.has(s.id), 'accept a paragraph')
  const before = (await claims()).length
  await page.keyboard.press('Shift+A')
  const all = await storedWhen((cs) => cs.length === before + paragraph.length, 'every suggestion of the paragraph became a claim')
  for (const s of paragraph) assert.ok(all.some((c) => c.quote === s.content.text.trim() && c.kind === s.kind), `“${s.content.text}” is a claim of kind ${s.kind}`)
  await waitOutlined(uncoveredBy(afterReject.claims, all).length, 'after accepting the paragraph')
  await page.keyboard.press('Control+z')
  await storedWhen((cs) => cs.length === before, 'one undo takes the whole paragraph back')
  await waitOutlined(remaining, 'after undoing the paragraph')
  for (const s of paragraph) used.add(s.id)

  // ---- a speaker not in the registry is added and linked in one step ---------
  const named = new Set(afterReject.actors.flatMap((a) => [a.name, ...a.variants]))
  const newSpeaker = afterReject.claims.find((s) => !used.has(s.id) && s.speakerIds.length === 0 && named.has(s.speakerName))
  assert.ok(newSpeaker, 'some suggestion has a named speaker who is not in the registry')
  {
    await goTo((s) => s.id === newSpeaker.id, 'accept with a new speaker')
    assert.equal(await page.getByTestId('suggestion-add-speaker').isChecked(), true, 'a named speaker is offered to be added, ticked')
    const count = (await claims()).length
    await page.getByTestId('suggestion-accept').click()
    const withNew = await storedWhen((cs) => cs.length === count + 1 && cs.some((c) => c.quote === newSpeaker.content.text.trim() && c.speakers.length === 1), 'the claim is linked to the new actor')
    const actors = await call('actors.list', {})
    const speaker = actors.find((a) => a.id === withNew.find((c) => c.quote === newSpeaker.content.text.trim()).speakers[0])
    const group = afterReject.actors.find((a) => a.name === newSpeaker.speakerName || a.variants.includes(newSpeaker.speakerName))
    assert.equal(speaker.name, group.name, 'the actor is named with the fullest form')
    used.add(newSpeaker.id)
  }

  // ---- the keys are in the help, the commands in the palette -----------------
  await page.getByTestId('article-text').focus()
  await page.keyboard.press('?')
  const help = page.getByTestId('help-overlay')
  for (const [id, key] of [['next-suggestion', ']'], ['accept-suggestion', 'A'], ['reject-suggestion', 'X'], ['accept-paragraph', 'Shift+A'], ['suggestion-start-later', '.']]) {
    assert.ok((await help.locator(`[data-command="${id}"] kbd`).allInnerTexts()).includes(key), `the help lists ${key} for ${id}`)
  }
  await page.keyboard.press('Escape')
  await help.waitFor({ state: 'detached' })

  // ---- off (from the palette): no outline left, remembered; on again ----------
  await page.getByTestId('article-text').focus()
  await page.keyboard.press('Control+k')
  await page.getByTestId('palette-input').fill('hide suggestions')
  await page.locator('[data-testid="palette-option"][data-command="toggle-suggestions"]').waitFor()
  await page.keyboard.press('Enter')
  await waitOutlined(0, 'with suggestions off')
  assert.equal(await page.locator('.article-text .suggestion, .article-text .suggestion-end').count(), 0)
  await openReader()
  await settle(page, 500)
  assert.equal(await page.getByTestId('suggestions-toggle').getAttribute('aria-checked'), 'false', 'off is remembered')
  assert.equal((await outlined()).length, 0, 'still no outline after a reload')
  await page.getByTestId('suggestions-toggle').click()
  await page.waitForFunction(() => document.querySelectorAll('.article-text [data-suggestion-id]').length > 0)

  // ---- show the rejected suggestion again --------------------------------------
  await page.getByTestId('suggestions-show-rejected').click()
  await page.waitForFunction((id) => !!document.querySelector(`.article-text [data-suggestion-id="${id}"]`), third.id)
  assert.equal((await call('suggest.forArticle', { articleId })).rejectedCount, 0)

  // ---- add a named actor in one step --------------------------------------------
  const offered = page.getByTestId('actor-suggestion').first()
  const actorName = await offered.getAttribute('data-name')
  const group = afterReject.actors.find((a) => a.name === actorName)
  assert.ok(group, `“${actorName}” is one of the back end’s actor suggestions`)
  await offered.getByTestId('actor-suggestion-add').click()
  await page.locator(`[data-testid="actor-suggestion"][data-name="${actorName}"]`).waitFor({ state: 'detached' })
  const added = (await call('actors.list', {})).find((a) => a.name === actorName)
  assert.ok(added, 'the actor is in the registry')
  assert.deepEqual(new Set(added.aliases), new Set(group.variants.filter((v) => v !== group.name)), 'its other forms are its aliases')
  assert.equal(added.type, group.type)
}
