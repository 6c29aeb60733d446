// The analysis views on the seed's gold annotation, end to end in Chromium
// against the web host: the comparison of the breach of US agencies (Biden,
// Pompeo, Barr, Trump and the Kremlin, each in the right kind columns), its
// roll-up by country, the outlets side by side, head to head, the networks'
// edges, the charts, an actor's profile, merging actors (and undoing it) and
// assigning claims to an event. Every number checked here is also clicked
// through to its claims somewhere. Screenshots go to docs/screenshots/.
import assert from 'node:assert/strict'
import { mkdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import { BREACH, FIRST_OUTLET, loadGold, RELATIONS, SECOND_OUTLET } from './lib/gold.mjs'
import { normalise, settle } from './lib/ui.mjs'

export const name = 'compare, roll-up, outlets, head to head, networks, charts and profiles on the gold annotation'

const KINDS = ['assertion', 'denial', 'attribution']

export async function run(ctx) {
  const host = await ctx.startHost()
  const page = await ctx.openPage(host)
  try {
    await views(ctx, page)
  } catch (err) {
    const shot = path.join(ctx.root, 'test-results', 'compare-views-failure.png')
    await mkdir(path.dirname(shot), { recursive: true })
    await page.screenshot({ path: shot, fullPage: false }).catch(() => {})
    throw new Error(`${err.message}\n(screenshot of the page: ${path.relative(ctx.root, shot)})`, { cause: err })
  }
}

/** Text of a locator with non-breaking spaces as spaces. */
const textOf = async (locator) => normalise(await locator.innerText())

/** Clicks and returns the downloaded file (name and bytes). */
async function download(page, locator) {
  const [file] = await Promise.all([page.waitForEvent('download'), locator.click()])
  return { fileName: file.suggestedFilename(), bytes: await readFile(await file.path()) }
}

function checkImages(png, svg, words) {
  assert.match(png.fileName, /\.png$/)
  assert.deepEqual([...png.bytes.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'the PNG starts with the PNG signature')
  assert.ok(png.bytes.length > 2_000, `the PNG holds a picture (${png.bytes.length} bytes)`)
  assert.match(svg.fileName, /\.svg$/)
  const text = svg.bytes.toString('utf8')
  assert.match(text, /<svg[^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/, 'the SVG stands alone')
  for (const word of words) assert.ok(text.includes(word), `the SVG shows “${word}”`)
}

/** Opens the claims behind a count and checks how many the drawer lists. */
async function traceCount(page, countLocator, expected) {
  await countLocator.click()
  const drawer = page.getByTestId('trace-drawer')
  await drawer.waitFor()
  assert.equal(Number(await drawer.getAttribute('data-total')), expected, 'the drawer counts what the number said')
  await page.waitForFunction((n) => document.querySelectorAll('[data-testid="trace-claim"]').length === n, expected)
  return drawer
}

async function closeDrawer(page) {
  await page.getByTestId('trace-close').click()
  await page.getByTestId('trace-drawer').waitFor({ state: 'detached' })
}

async function views(ctx, page) {
  await page.getByRole('navigation').waitFor()
  const { gold, event } = await loadGold(ctx, page)
  await page.reload()
  await page.getByRole('navigation').waitFor()
  const quote = (n) => gold.claims[n - 1].quote

  // ---- event × actor: the canonical comparison ---------------------------------
  await page.getByTestId('nav-compare').click()
  await page.getByTestId('compare-event-select').selectOption(event[BREACH])
  await page.locator('[data-testid="compare-row"][data-actor="Kremlin"]').waitFor()
  // What the gold annotation says about the breach (claims 14–20), with the
  // reprint's copies of claims 14, 15, 17 and 20 from the second outlet.
  const expected = {
    'Joe Biden': { assertion: [16], attribution: [15, 15] },
    'Mike Pompeo': { attribution: [17, 17] },
    'William Barr': { attribution: [17, 17] },
    'Donald Trump': { denial: [18], attribution: [19] },
    Kremlin: { denial: [20, 20] },
    'Trump administration': { attribution: [14, 14] },
  }
  const rows = await page.getByTestId('compare-row').evaluateAll((els) => els.map((e) => e.dataset.actor))
  assert.deepEqual([...rows].sort(), Object.keys(expected).sort(), 'one row per speaker of the breach')
  for (const [speaker, kinds] of Object.entries(expected)) {
    for (const kind of KINDS) {
      const cell = page.locator(`[data-testid="compare-cell"][data-actor="${speaker}"][data-kind="${kind}"]`)
      const want = kinds[kind] ?? []
      assert.equal(Number(await cell.getAttribute('data-count')), want.length, `${speaker}: ${want.length} ${kind}(s)`)
      const text = await textOf(cell)
      for (const n of [16, 15, 17, 18, 19, 20, 14]) {
        if (want.includes(n)) assert.ok(text.includes(quote(n)), `${speaker}’s ${kind} column shows “${quote(n)}”`)
        else assert.ok(!text.includes(quote(n)), `${speaker}’s ${kind} column does not show claim ${n}`)
      }
    }
  }
  // Trump's denial sits in the denial column, and his attribution names China.
  await page.locator('[data-testid="compare-cell"][data-actor="Donald Trump"][data-kind="attribution"] [data-testid="compare-targets"]').filter({ hasText: 'China' }).waitFor()
  // Every number leads to its claims: Biden's row total opens his three claims,
  // and a claim opens its quote in the reader.
  const bidenTotal = page.locator('[data-testid="compare-row"][data-actor="Joe Biden"] [data-testid="compare-row-total"]')
  assert.equal(await bidenTotal.innerText(), '3 claims')
  const drawer = await traceCount(page, bidenTotal, 3)
  assert.ok((await textOf(drawer)).includes(quote(16)))
  await closeDrawer(page)
  assert.equal(await page.getByTestId('compare-claim-total').innerText(), '11 claims', '7 claims in one outlet and 4 in the other')
  await page.setViewportSize({ width: 1360, height: 1250 })
  await settle(page, 300)
  await page.screenshot({ path: path.join(ctx.screenshots, 'compare-event.png') })

  // ---- roll-up by country -----------------------------------------------------------
  await page.getByTestId('compare-roll-up').selectOption('top')
  await page.locator('[data-testid="compare-row"][data-actor="United States"]').waitFor()
  const rolled = await page.getByTestId('compare-row').evaluateAll((els) => els.map((e) => [e.dataset.actor, e.dataset.members.split('|').sort()]))
  assert.deepEqual(rolled, [
    ['United States', ['Donald Trump', 'Joe Biden', 'Mike Pompeo', 'Trump administration', 'William Barr']],
    ['Russia', ['Kremlin']],
  ])
  const count = async (actor, kind) => Number(await page.locator(`[data-testid="compare-cell"][data-actor="${actor}"][data-kind="${kind}"]`).getAttribute('data-count'))
  // Pompeo and Barr speak one claim together: it counts once for the United States.
  assert.deepEqual([await count('United States', 'assertion'), await count('United States', 'denial'), await count('United States', 'attribution')], [1, 1, 7])
  assert.deepEqual([await count('Russia', 'assertion'), await count('Russia', 'denial'), await count('Russia', 'attribution')], [0, 2, 0])
  await page.locator('[data-testid="compare-row"][data-actor="United States"] [data-testid="compare-expand"]').click()
  const members = await page.locator('[data-testid="compare-member-row"][data-actor="United States"]').evaluateAll((els) => els.map((e) => e.dataset.member).sort())
  assert.deepEqual(members, ['Donald Trump', 'Joe Biden', 'Mike Pompeo', 'Trump administration', 'William Barr'])
  const trumpDenials = page.locator('[data-testid="compare-member-row"][data-member="Donald Trump"] [data-kind="denial"] [data-testid="compare-member-count"]')
  await traceCount(page, trumpDenials, 1)
  await closeDrawer(page)
  await settle(page, 300)
  await page.screenshot({ path: path.join(ctx.screenshots, 'compare-rollup.png') })
  await page.setViewportSize({ width: 1360, height: 860 })

  // ---- outlets side by side --------------------------------------------------------------
  await page.getByTestId('compare-tab-outlets').click()
  await page.locator(`[data-testid="outlet-column"][data-outlet="${SECOND_OUTLET}"]`).waitFor()
  const outlets = await page.getByTestId('outlet-column').evaluateAll((els) => els.map((e) => e.dataset.outlet))
  assert.deepEqual(outlets, [FIRST_OUTLET, SECOND_OUTLET], 'most claims first')
  const quoted = async (outlet) =>
    Object.fromEntries(await page.locator(`[data-testid="outlet-column"][data-outlet="${outlet}"] [data-testid="outlet-actor"]`).evaluateAll((els) => els.map((e) => [e.dataset.actor, Number(e.dataset.total)])))
  assert.deepEqual(await quoted(FIRST_OUTLET), { 'Donald Trump': 2, 'Joe Biden': 2, Kremlin: 1, 'Mike Pompeo': 1, 'Trump administration': 1, 'William Barr': 1 })
  assert.deepEqual(await quoted(SECOND_OUTLET), { 'Joe Biden': 1, Kremlin: 1, 'Mike Pompeo': 1, 'Trump administration': 1, 'William Barr': 1 })
  const secondTotal = page.locator(`[data-testid="outlet-column"][data-outlet="${SECOND_OUTLET}"] [data-testid="outlet-total"]`)
  assert.equal(await secondTotal.innerText(), '4 claims')
  await traceCount(page, secondTotal, 4)
  await closeDrawer(page)
  await page.getByTestId('outlets-roll-up').selectOption('top')
  await page.locator(`[data-testid="outlet-column"][data-outlet="${SECOND_OUTLET}"] [data-testid="outlet-actor"][data-actor="United States"][data-total="3"]`).waitFor()
  await page.getByTestId('outlets-roll-up').selectOption('none')
  await page.locator(`[data-testid="outlet-column"][data-outlet="${SECOND_OUTLET}"] [data-testid="outlet-actor"][data-actor="Joe Biden"]`).waitFor()
  await settle(page, 300)
  await page.screenshot({ path: path.join(ctx.screenshots, 'compare-outlets.png') })

  // ---- head to head ---------------------------------------------------------------------------
  await page.getByTestId('compare-tab-head').click()
  await page.getByTestId('h2h-a').waitFor()
  const optionOf = (side, name) => page.getByTestId(side).locator('option', { hasText: new RegExp(`^${name} \\(`) }).getAttribute('value')
  await page.getByTestId('h2h-a').selectOption(await optionOf('h2h-a', 'United States'))
  await page.getByTestId('h2h-b').selectOption(await optionOf('h2h-b', 'Russia'))
  await page.locator(`[data-testid="h2h-row"][data-event="${BREACH}"]`).waitFor()
  assert.deepEqual(await page.getByTestId('h2h-row').evaluateAll((els) => els.map((e) => e.dataset.event)), [BREACH], 'the breach is the one event both speak about')
  const onlyRussia = await textOf(page.getByTestId('h2h-only-b'))
  assert.ok(onlyRussia.includes(RELATIONS) && onlyRussia.includes('US sanctions on 45 Russian companies'), onlyRussia)
  const usCell = await textOf(page.locator(`[data-testid="h2h-row"][data-event="${BREACH}"] [data-testid="h2h-a-cell"]`))
  assert.ok(usCell.includes('7 attributions') && usCell.includes('1 denial') && usCell.includes('1 assertion'), usCell)
  await page.getByTestId('h2h-by-outlet').click()
  await page.getByTestId('h2h-a').selectOption(FIRST_OUTLET)
  await page.getByTestId('h2h-b').selectOption(SECOND_OUTLET)
  await page.locator(`[data-testid="h2h-row"][data-event="${BREACH}"]`).waitFor()
  const reprintCell = await textOf(page.locator(`[data-testid="h2h-row"][data-event="${BREACH}"] [data-testid="h2h-b-cell"]`))
  assert.ok(reprintCell.includes('3 attributions') && reprintCell.includes('1 denial'), reprintCell)

  // ---- filters: kinds and outlets narrow every view ------------------------------------------
  await page.getByTestId('compare-tab-actors').click()
  await page.locator('[data-testid="compare-row"][data-actor="Kremlin"]').waitFor()
  await page.getByTestId('filter-kind-denial').click()
  await page.waitForFunction(() => [...document.querySelectorAll('[data-testid="compare-row"]')].map((e) => e.dataset.actor).sort().join('|') === 'Donald Trump|Kremlin')
  await page.getByTestId('filter-outlets').getByRole('button').first().click()
  await page.locator(`[data-testid="filter-outlets"] input[data-value="${SECOND_OUTLET}"]`).check()
  await page.waitForFunction(() => [...document.querySelectorAll('[data-testid="compare-row"]')].map((e) => e.dataset.actor).join('|') === 'Kremlin')
  await page.getByTestId('filter-clear').click()
  await page.locator('[data-testid="compare-row"][data-actor="Joe Biden"]').waitFor()

  // ---- networks ---------------------------------------------------------------------------------
  await page.getByTestId('nav-network').click()
  await page.locator('[data-testid="network-canvas"][data-edges]').waitFor()
  await page.getByTestId('network-edge').first().waitFor()
  const edges = await page.getByTestId('network-edge').evaluateAll((els) => els.map((e) => `${e.dataset.source} → ${e.dataset.target} ${e.dataset.kinds} ${e.dataset.weight}`).sort())
  assert.deepEqual(edges, [
    'Dmitry Peskov → United States assertion 2',
    'Donald Trump → China attribution 1',
    'Joe Biden → Trump administration attribution 2',
    'Kremlin → Kremlin denial 2',
    'Mike Pompeo → Russia attribution 2',
    'Sergei Lavrov → United States assertion 1',
    'Sergei Lavrov → United States attribution 1',
    'Sergei Ryabkov → Biden administration assertion 1',
    'Sergei Ryabkov → Biden administration attribution 2',
    'Sergei Ryabkov → Trump administration attribution 1',
    'Sergei Ryabkov → United States assertion 4',
    'Trump administration → Russia attribution 2',
    'Vladimir Putin → Joe Biden assertion 1',
    'William Barr → Russia attribution 2',
  ])
  assert.equal(Number(await page.getByTestId('network-canvas').getAttribute('data-edges')), edges.length, 'cytoscape draws every listed edge')
  const drawn = await page.evaluate(() => document.querySelector('[data-testid="network-canvas"] canvas') !== null)
  assert.ok(drawn, 'cytoscape drew on a canvas')
  assert.match(await textOf(page.getByTestId('network-explanation')), /An arrow goes from the speaker of a claim to each actor the claim targets/)
  // An edge leads to its claims.
  await page.locator('[data-testid="network-edge"][data-source="Sergei Ryabkov"][data-target="United States"]').click()
  await page.locator('[data-testid="trace-drawer"][data-total="4"]').waitFor()
  await page.waitForFunction(() => document.querySelectorAll('[data-testid="trace-claim"]').length === 4)
  assert.ok((await textOf(page.getByTestId('trace-drawer'))).includes(quote(2)))
  await closeDrawer(page)
  const png = await download(page, page.getByTestId('network-page').getByTestId('save-png'))
  const svg = await download(page, page.getByTestId('network-page').getByTestId('save-svg'))
  checkImages(png, svg, ['Sergei Ryabkov', 'United States', 'marker'])
  await page.setViewportSize({ width: 1360, height: 1100 })
  await page.getByTestId('network-clear').click()
  await page.locator('[data-testid="network-node-pick"][data-node="Sergei Ryabkov"]').click()
  await page.locator('[data-testid="network-node-details"][data-node="Sergei Ryabkov"] [data-testid="node-speaks"]').waitFor()
  assert.equal(await page.getByTestId('node-speaks').innerText(), '8 claims')
  await settle(page, 400)
  await page.screenshot({ path: path.join(ctx.screenshots, 'network.png') })
  await page.setViewportSize({ width: 1360, height: 860 })

  // Conflict: the Kremlin denies what the others affirm about the breach.
  await page.getByTestId('network-type-conflict').click()
  // The speaker → target network stays on screen until the conflict network arrives (it has Kremlin edges too).
  await page.waitForFunction(() => /one affirmed it/.test(document.querySelector('[data-testid="network-explanation"]')?.textContent ?? ''))
  await page.locator('[data-testid="network-edge"][data-source="Kremlin"], [data-testid="network-edge"][data-target="Kremlin"]').first().waitFor()
  assert.match(await textOf(page.getByTestId('network-explanation')), /one affirmed it \(an assertion or an attribution\) and the other denied it/)
  const conflict = await page.getByTestId('network-edge').evaluateAll((els) => els.map((e) => [e.dataset.source, e.dataset.target].sort().join(' — ')))
  assert.ok(conflict.includes(['Joe Biden', 'Kremlin'].sort().join(' — ')), `Biden and the Kremlin conflict over the breach: ${conflict.join(', ')}`)
  await page.getByTestId('network-normalise').selectOption('jaccard')
  await page.waitForFunction(() => /Jaccard/.test(document.querySelector('[data-testid="network-explanation"]')?.textContent ?? ''))
  const pair = page.locator('[data-testid="network-edge"]').filter({ has: page.locator('td', { hasText: /^Kremlin$/ }) }).filter({ has: page.locator('td', { hasText: /^Joe Biden$/ }) })
  await pair.first().click()
  await page.getByTestId('edge-concept').first().waitFor()
  assert.ok((await textOf(page.getByTestId('network-edge-details'))).includes(BREACH), 'the edge is about the breach')
  await page.locator('[data-testid="trace-drawer"]').waitFor()
  await closeDrawer(page)

  // ---- charts --------------------------------------------------------------------------------------
  await page.getByTestId('nav-charts').click()
  await page.getByTestId('bar-row').first().waitFor()
  const bars = await page.getByTestId('bar-row').evaluateAll((els) => els.slice(0, 3).map((e) => [e.dataset.label, Number(e.dataset.total)]))
  assert.deepEqual(bars[0], ['Sergei Ryabkov', 8], 'Ryabkov speaks most')
  const ryabkovAttributions = page.locator('[data-testid="bar-row"][data-label="Sergei Ryabkov"] [data-testid="bar-segment"][data-segment="attribution"]')
  assert.equal(await ryabkovAttributions.getAttribute('data-count'), '3')
  await traceCount(page, ryabkovAttributions, 3)
  await closeDrawer(page)
  const chart = page.getByTestId('chart-per-actor')
  checkImages(await download(page, chart.getByTestId('save-png')), await download(page, chart.getByTestId('save-svg')), ['Sergei Ryabkov', 'Claims per actor, by kind'])
  await page.getByTestId('time-bar').first().waitFor()
  await page.setViewportSize({ width: 1360, height: 1400 })
  await settle(page, 300)
  await page.screenshot({ path: path.join(ctx.screenshots, 'charts.png') })
  await page.setViewportSize({ width: 1360, height: 860 })

  // ---- an actor's profile ------------------------------------------------------------------------------
  await page.getByTestId('nav-actors').click()
  await page.locator('[data-testid="actor-row"][data-actor="Sergei Ryabkov"] [data-testid="actor-open"]').click()
  await page.getByTestId('actor-profile').waitFor()
  assert.equal(await page.getByTestId('profile-total').innerText(), '8')
  const targets = await page.locator('[data-testid="profile-targets"] [data-testid="count-row"]').evaluateAll((els) => els.map((e) => [e.dataset.name, Number(e.dataset.total)]))
  assert.deepEqual(targets, [
    ['Sergei Ryabkov → United States', 4],
    ['Sergei Ryabkov → Biden administration', 3],
    ['Sergei Ryabkov → Trump administration', 1],
  ])
  const events = await page.locator('[data-testid="profile-events"] [data-testid="count-row"]').evaluateAll((els) => els.map((e) => [e.dataset.name, Number(e.dataset.total)]))
  assert.deepEqual(events, [
    [`Sergei Ryabkov on ${RELATIONS}`, 7],
    ['Sergei Ryabkov on US sanctions on 45 Russian companies', 1],
  ])
  await page.setViewportSize({ width: 1360, height: 1200 })
  await settle(page, 300)
  await page.screenshot({ path: path.join(ctx.screenshots, 'actor-profile.png') })
  await page.setViewportSize({ width: 1360, height: 860 })
  // A claim of the profile opens at its quote in the reader.
  const toUs = page.locator('[data-testid="profile-targets"] [data-testid="count-row"][data-name="Sergei Ryabkov → United States"] [data-testid="claim-count"]')
  await traceCount(page, toUs, 4)
  await page.getByTestId('trace-open').first().click()
  await page.getByTestId('claim-details').waitFor()
  assert.match(await page.getByTestId('claim-details').getAttribute('data-claim-id'), /^g(2|6|8|10)$/)

  // ---- merging look-alike actors, and undoing it --------------------------------------------------------
  await page.getByTestId('nav-actors').click()
  // "Part of" names an actor of the registry: wait until the registry is listed.
  await page.locator('[data-testid="actor-row"][data-actor="Russian Foreign Ministry"]').waitFor()
  await page.getByTestId('actor-create-form').getByTestId('actor-name').fill('Sergey Ryabkov')
  await page.getByTestId('actor-create-form').getByTestId('actor-member-of').fill('Russian Foreign Ministry')
  await page.getByTestId('actor-create-form').getByTestId('actor-submit').click()
  await page.locator('[data-testid="actor-row"][data-actor="Sergey Ryabkov"]').waitFor()
  assert.equal(await page.locator('[data-testid="actor-row"][data-actor="Sergey Ryabkov"] [data-testid="actor-parent"]').innerText(), 'Russian Foreign Ministry')
  await page.getByTestId('similar-button').click()
  const similar = page.locator('[data-testid="similar-pair"]').filter({ hasText: 'Sergey Ryabkov' })
  await similar.waitFor()
  const keepSergei = (await similar.getAttribute('data-a')) === 'Sergei Ryabkov' ? 'similar-keep-a' : 'similar-keep-b'
  await similar.getByTestId(keepSergei).click()
  await page.locator('[data-testid="merge-banner"][data-state="merged"]').waitFor()
  await page.locator('[data-testid="actor-row"][data-actor="Sergey Ryabkov"]').waitFor({ state: 'detached' })
  await page.locator('[data-testid="recent-merge"][data-merged="Sergey Ryabkov"]').waitFor()
  assert.ok((await textOf(page.locator('[data-testid="actor-row"][data-actor="Sergei Ryabkov"]'))).includes('Sergey Ryabkov'), 'the merged name is kept as an alias')
  await page.getByTestId('merge-undo').click()
  await page.locator('[data-testid="merge-banner"][data-state="undone"]').waitFor()
  await page.locator('[data-testid="actor-row"][data-actor="Sergey Ryabkov"]').waitFor()
  assert.ok(!(await textOf(page.locator('[data-testid="actor-row"][data-actor="Sergei Ryabkov"]'))).includes('Sergey'), 'undo takes the alias back')

  // ---- an event's timeline and claims assigned in bulk --------------------------------------------------
  await page.getByTestId('nav-events').click()
  await page.locator(`[data-testid="event-row"][data-event="${BREACH}"] [data-testid="event-open"]`).click()
  await page.getByTestId('event-timeline').getByTestId('time-bar').first().waitFor()
  await page.locator('[data-testid="event-claims"] [data-testid="pick-claim"]').nth(10).waitFor()
  assert.equal(await page.locator('[data-testid="event-claims"] [data-testid="pick-claim"]').count(), 11)
  // Unlink the Kremlin's two denials, then bring them back from the library.
  for (const item of await page.locator('[data-testid="event-claims"] [data-testid="pick-claim"][data-claim-id="g20"]').all()) await item.getByTestId('pick-check').check()
  await page.getByTestId('event-claims-unlink').click()
  await page.getByTestId('event-notice').filter({ hasText: '2 claims unlinked' }).waitFor()
  await page.waitForFunction(() => document.querySelectorAll('[data-testid="event-claims"] [data-testid="pick-claim"]').length === 9)
  const free = page.locator('[data-testid="assign-list"] [data-testid="pick-claim"][data-claim-id="g20"]')
  await free.nth(1).waitFor()
  for (const item of await free.all()) await item.getByTestId('pick-check').check()
  await page.getByTestId('assign-submit').click()
  await page.getByTestId('event-notice').filter({ hasText: '2 claims assigned' }).waitFor()
  await page.waitForFunction(() => document.querySelectorAll('[data-testid="event-claims"] [data-testid="pick-claim"]').length === 11)
}
