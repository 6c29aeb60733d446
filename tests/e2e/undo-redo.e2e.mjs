// Undo and redo of every coding action, from the text (keys) and from the
// panel (toolbar buttons, pickers, the kind menu): create, retag, relink
// (speakers, targets, event), note, tags, a nested claim, delete, and a text
// edit in edit mode. After each undo and each redo the article file on disk
// is the very file there was (only its "updatedAt" moves). Then a save that
// fails is kept, retried and lands.
import assert from 'node:assert/strict'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { pick, selectQuote } from './lib/ui.mjs'

export const name = 'every coding action is undone and redone, from the text and the panel, and the file on disk follows exactly'

const TEXT = 'Russian Deputy Foreign Minister Sergei Ryabkov has accused the incoming administration of “Russophobia” and says relations will go from bad to worse.\n\nThe Kremlin has denied any role in the hacking.'
const OUTER = 'Sergei Ryabkov has accused the incoming administration of “Russophobia”'
const INNER = 'the incoming administration'

/** JSON with sorted keys: equal data, equal text. */
const stable = (value) => JSON.stringify(value, (_key, v) => (v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b))) : v))

export async function run(ctx) {
  const host = await ctx.startHost()
  const page = await ctx.openPage(host)
  const { id, actors } = await page.evaluate(async (text) => {
    const api = window.claimbook
    const article = await api.articles.create({ meta: { title: 'Undo and redo' }, text })
    const ryabkov = await api.actors.create({ name: 'Sergei Ryabkov', aliases: ['Ryabkov'] })
    await api.actors.create({ name: 'Biden administration', aliases: ['incoming administration'] })
    await api.events.create({ name: 'US-Russia relations after the 2020 election' })
    return { id: article.id, actors: { ryabkov: ryabkov.id } }
  }, TEXT)
  await page.reload()
  await page.locator(`[data-testid="article-row"][data-article-id="${id}"] [data-testid="article-open"]`).click()
  await page.getByTestId('article-text').waitFor()

  const file = path.join(ctx.workspaceDir, 'articles', `${id}.json`)
  const read = async () => {
    const data = JSON.parse(await readFile(file, 'utf8'))
    delete data.article.updatedAt
    return data
  }
  const saved = () => page.waitForFunction(() => document.querySelector('[data-testid="save-status"]')?.dataset.state === 'saved', null, { timeout: 15_000 })
  /** Waits until the file is `expected` (after an undo or redo). */
  const expectOnDisk = async (expected, what) => {
    let actual
    for (let i = 0; i < 100; i++) {
      await saved()
      actual = await read()
      if (stable(actual) === stable(expected)) return
      await page.waitForTimeout(100)
    }
    assert.deepEqual(actual, expected, what)
  }
  /** Waits until an action has changed the file, and returns the new state. */
  const changedFrom = async (previous, what) => {
    for (let i = 0; i < 100; i++) {
      await saved()
      const now = await read()
      if (stable(now) !== stable(previous)) return now
      await page.waitForTimeout(100)
    }
    throw new Error(`${what} did not change the article file`)
  }
  const states = [await read()]
  const labels = []
  const act = async (label, action) => {
    await action()
    labels.push(label)
    states.push(await changedFrom(states[states.length - 1], label))
  }
  const details = page.getByTestId('claim-details')

  await act('create (key 1 in the text)', async () => {
    await selectQuote(page, OUTER)
    await page.keyboard.press('1')
    await details.waitFor()
  })
  await act('retag (key 2, the active claim)', () => page.keyboard.press('2'))
  await act('speaker (picker)', () => pick(page, 'speakers-input', 'Sergei Ryabkov'))
  await act('target (picker)', () => pick(page, 'targets-input', 'Biden administration'))
  await act('event (picker)', () => pick(page, 'event-input', 'US-Russia relations after the 2020 election'))
  await act('note (N, Ctrl+Enter)', async () => {
    await page.getByTestId('article-text').focus()
    await page.keyboard.press('n')
    await page.waitForFunction(() => document.activeElement?.getAttribute('data-testid') === 'claim-note')
    await page.keyboard.type('Ryabkov repeats the ministry’s line.')
    await page.keyboard.press('Control+Enter')
  })
  await act('tag from the codebook (G, Shift+Enter creates it)', async () => {
    await page.keyboard.press('g')
    await page.waitForFunction(() => document.activeElement?.getAttribute('data-testid') === 'tags-input')
    await page.keyboard.type('security')
    await page.keyboard.press('Shift+Enter')
    await details.getByTestId('tags-input-picker').getByTestId('picker-chip').filter({ hasText: 'security' }).waitFor()
  })
  await act('retag (kind menu in the panel)', () => page.getByTestId('claim-kind').selectOption('attribution'))
  await act('nested claim (key 1)', async () => {
    await selectQuote(page, INNER)
    await page.keyboard.press('1')
  })
  await act('delete the outer claim (panel button)', async () => {
    const outer = page.getByTestId('claim-item').filter({ hasText: 'Sergei Ryabkov has accused' })
    await outer.click()
    await details.filter({ has: page.getByTestId('speakers-input') }).waitFor()
    await page.getByTestId('claim-delete').click()
    await outer.waitFor({ state: 'detached' })
  })
  await act('text edit (edit mode)', async () => {
    await page.getByTestId('edit-text-toggle').click()
    await page.getByTestId('edit-banner').waitFor()
    await selectQuote(page, 'The Kremlin')
    await page.keyboard.press('ArrowLeft')
    await page.keyboard.type('In Moscow, ')
    await page.getByTestId('edit-text-toggle').click()
    await page.getByTestId('edit-banner').waitFor({ state: 'detached' })
  })
  assert.ok(states[states.length - 1].article.body.content[1].content[0].text.startsWith('In Moscow, The Kremlin'), 'the text was edited')
  assert.equal(states[7].article.claims[0].note, 'Ryabkov repeats the ministry’s line.')
  assert.deepEqual(states[7].article.claims[0].tags, ['security'])
  assert.deepEqual(states[7].article.claims[0].speakers, [actors.ryabkov])

  // Undo everything: keys in the text and the toolbar button, in turn.
  for (let i = states.length - 2; i >= 0; i--) {
    if (i % 2 === 0) await page.getByTestId('undo-button').click()
    else {
      await page.getByTestId('article-text').focus()
      await page.keyboard.press('Control+z')
    }
    await expectOnDisk(states[i], `after undoing “${labels[i]}”`)
  }
  assert.equal(await page.getByTestId('undo-button').isDisabled(), true, 'nothing left to undo')
  assert.equal(await page.locator('.article-text [data-claim-id]').count(), 0, 'no highlight left')

  // Redo everything: Ctrl+Shift+Z, Ctrl+Y and the toolbar button, in turn.
  for (let i = 1; i < states.length; i++) {
    if (i % 3 === 0) await page.getByTestId('redo-button').click()
    else {
      await page.getByTestId('article-text').focus()
      await page.keyboard.press(i % 3 === 1 ? 'Control+Shift+Z' : 'Control+y')
    }
    await expectOnDisk(states[i], `after redoing “${labels[i - 1]}”`)
  }
  assert.equal(await page.getByTestId('claim-item').count(), 1, 'the nested claim is back, alone')

  // A save that fails is kept in memory, retried, and lands.
  await page.route('**/api/articles.saveBlocks', (route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify({ ok: false, error: { code: 'internal', message: 'The disk is full (simulated).' } }) }))
  await selectQuote(page, 'bad to worse')
  await page.keyboard.press('2')
  await page.locator('[data-testid="save-status"][data-state="retrying"]').waitFor()
  assert.match(await page.getByTestId('save-status').innerText(), /Not saved yet: The disk is full \(simulated\)\. Your change is kept/)
  await page.unroute('**/api/articles.saveBlocks')
  await page.getByTestId('save-retry').click()
  await saved()
  const last = await read()
  assert.ok(last.article.claims.some((c) => c.quote === 'bad to worse' && c.kind === 'denial'), 'the retried save landed')
}
