// The export dialog as a researcher uses it in the browser: from the reader
// on a coded article, a Word report (binary, a zip), the claims as CSV and a
// PDF; the whole workspace as JSON from the Export page; a long export of a
// large workspace cancelled, after which nothing is downloaded; and the
// scope said in words on the event page.
import assert from 'node:assert/strict'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { strFromU8, unzipSync } from 'fflate'
import { codeClaim, exportInDialog, normalise, settle } from './lib/ui.mjs'

export const name = 'the export dialog exports an article as DOCX, CSV and PDF, the workspace as JSON, and cancels a long export'

const EVENT = 'US-Russia relations after the 2020 election'
const CLAIMS = [
  {
    quote: 'Sergei Ryabkov has accused the incoming administration of President-elect Joe Biden of “Russophobia”',
    kind: 'attribution',
    speakers: ['Sergei Ryabkov'],
    targets: ['Biden administration'],
  },
  { quote: 'he expects relations with the United States to go “from bad to worse.”', kind: 'assertion', speakers: ['Sergei Ryabkov'], targets: ['United States'] },
]

/** A small RFC 4180 reader: quoted fields, doubled quotes, line breaks inside quotes. */
function parseCsv(text) {
  const rows = [[]]
  let field = ''
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const c = text[i]
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++
      else if (c === '"') quoted = false
      else field += c
    } else if (c === '"') quoted = true
    else if (c === ',') rows.at(-1).push(field), (field = '')
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++
      rows.at(-1).push(field)
      field = ''
      rows.push([])
    } else field += c
  }
  assert.equal(quoted, false, 'the CSV ends inside a quoted field')
  if (field || rows.at(-1).length) rows.at(-1).push(field)
  return rows.filter((r) => r.length > 1 || r[0])
}

export async function run(ctx) {
  const host = await ctx.startHost()
  const page = await ctx.openPage(host)
  try {
    await exportDialog(ctx, page)
  } catch (err) {
    // What the page looked like when it failed, for whoever reads the log.
    const shot = path.join(ctx.root, 'test-results', 'export-dialog-failure.png')
    await mkdir(path.dirname(shot), { recursive: true })
    await page.screenshot({ path: shot }).catch(() => {})
    throw new Error(`${err.message}\n(screenshot of the page: ${path.relative(ctx.root, shot)})`, { cause: err })
  }
}

async function exportDialog(ctx, page) {
  const downloads = []
  page.on('download', (d) => downloads.push(d.suggestedFilename()))
  await page.getByRole('navigation').waitFor()

  // The seed article, with its actors and event, coded in the reader.
  const text = await readFile(path.join(ctx.corpus, 'seed/bad-to-worse.txt'), 'utf8')
  const articleId = await page.evaluate(
    async ({ text, event, actors }) => {
      const api = window.claimbook
      for (const name of actors) await api.actors.create({ name })
      await api.events.create({ name: event })
      const article = await api.articles.create({ meta: { title: 'Russia sees relations with US going from bad to worse', outlet: 'American Military News', publishedAt: '2020-12-24' }, text })
      return article.id
    },
    { text, event: EVENT, actors: ['Sergei Ryabkov', 'Biden administration', 'United States'] },
  )
  await page.reload()
  await page.locator(`[data-testid="article-row"][data-article-id="${articleId}"] [data-testid="article-open"]`).click()
  await page.getByTestId('article-text').waitFor()
  for (const claim of CLAIMS) await codeClaim(page, claim, EVENT)

  // The dialog from the reader's header, about this article.
  await page.getByTestId('reader').getByTestId('export-open').click()
  const dialog = page.getByTestId('export-dialog')
  await dialog.waitFor()
  assert.equal(normalise(await dialog.getByTestId('export-scope').innerText()), 'Exporting this article')
  await dialog.getByTestId('export-format-docx').click()
  await settle(page, 200)
  await page.screenshot({ path: path.join(ctx.screenshots, 'export-dialog.png') })

  // Word: a zip (PK…) whose document has the quotes and whose comments give the kinds.
  const docx = await exportInDialog(page, 'docx')
  assert.match(docx.fileName, /\.docx$/)
  assert.equal(docx.bytes.subarray(0, 2).toString('latin1'), 'PK')
  const parts = unzipSync(new Uint8Array(docx.bytes))
  const documentText = strFromU8(parts['word/document.xml']).replace(/<[^>]+>/g, '')
  for (const claim of CLAIMS) assert.ok(documentText.includes(claim.quote), `the DOCX has “${claim.quote}”`)
  assert.ok(parts['word/comments.xml'], 'the DOCX carries Word comments')

  // CSV: one row per claim, in the columns the header names.
  const csv = await exportInDialog(page, 'csv')
  assert.match(csv.fileName, /\.csv$/)
  const rows = parseCsv(csv.bytes.toString('utf8').replace(/^\uFEFF/, ''))
  const header = rows[0]
  const quoteAt = header.indexOf('quote')
  const kindAt = header.indexOf('kind')
  assert.ok(quoteAt >= 0 && kindAt >= 0, `the CSV header names quote and kind: ${header.join(', ')}`)
  assert.equal(rows.length - 1, CLAIMS.length, 'one row per claim')
  for (const claim of CLAIMS) {
    const row = rows.find((r) => r[quoteAt] === claim.quote)
    assert.ok(row, `a row quotes “${claim.quote}”`)
    assert.equal(row[kindAt], claim.kind)
    assert.equal(row.length, header.length, 'every row has every column')
  }

  // PDF: printed by the web host's headless Chromium.
  const pdf = await exportInDialog(page, 'pdf')
  assert.match(pdf.fileName, /\.pdf$/)
  assert.equal(pdf.bytes.subarray(0, 5).toString('latin1'), '%PDF-')
  await dialog.getByTestId('export-close').click()
  await dialog.waitFor({ state: 'detached' })

  // The whole workspace as JSON, from the Export page.
  await page.getByTestId('nav-export').click()
  await page.getByTestId('export-page').getByTestId('export-open').click()
  assert.equal(normalise(await dialog.getByTestId('export-scope').innerText()), 'Exporting the workspace')
  const json = await exportInDialog(page, 'json')
  assert.match(json.fileName, /\.json$/)
  const workspace = JSON.parse(json.bytes.toString('utf8'))
  assert.equal(workspace.format, 'claimbook-export')
  assert.deepEqual(
    workspace.articles.map((a) => a.claims.length),
    [CLAIMS.length],
  )
  assert.deepEqual(workspace.actors.map((a) => a.name).sort(), ['Biden administration', 'Sergei Ryabkov', 'United States'])
  await dialog.getByTestId('export-close').click()

  // Loading that JSON back here is refused, saying why and what to do: this
  // workspace is not empty. Nothing changes.
  const jsonFile = path.join(ctx.downloadsDir, json.fileName)
  await writeFile(jsonFile, json.bytes)
  await page.getByTestId('json-import-input').setInputFiles(jsonFile)
  const refusal = page.getByTestId('error-toast').filter({ hasText: 'only be imported into an empty workspace' })
  await refusal.waitFor()
  assert.match(await refusal.innerText(), /Create a new workspace and import it there/)
  await refusal.getByRole('button', { name: 'Dismiss error' }).click()
  assert.equal((await page.evaluate(() => window.claimbook.articles.list({}))).length, 1)

  // A long export: a PDF of a workspace of many articles, cancelled while it
  // runs. Nothing is downloaded, and the job says it was cancelled.
  await page.evaluate(async (base) => {
    const api = window.claimbook
    const paragraph = (i, p) => `Article ${i}, paragraph ${p}: ${base}`
    for (let i = 0; i < 250; i++) {
      await api.articles.create({ meta: { title: `Coverage ${i}`, outlet: 'Wire', publishedAt: '2021-01-01' }, text: Array.from({ length: 12 }, (_, p) => paragraph(i, p)).join('\n\n') })
    }
  }, text.slice(0, 600).replace(/\s+/g, ' '))
  await page.getByTestId('export-page').getByTestId('export-open').click()
  await dialog.getByTestId('export-format-pdf').click()
  const before = downloads.length
  await dialog.getByTestId('export-start').click()
  await dialog.getByTestId('export-phase').filter({ hasText: ' of ' }).waitFor()
  await page.screenshot({ path: path.join(ctx.screenshots, 'export-progress.png') })
  await dialog.getByTestId('export-cancel').click()
  await dialog.getByTestId('export-status').filter({ hasText: 'Export cancelled: nothing was saved.' }).waitFor()
  const jobs = await page.evaluate(() => window.claimbook.jobs.list({}))
  const last = jobs.filter((j) => j.kind === 'export').at(-1)
  // The job ends shortly after the cancel (the printer is stopped between steps).
  for (let i = 0; i < 50 && last.state === 'running'; i++) {
    await page.waitForTimeout(200)
    Object.assign(last, await page.evaluate((id) => window.claimbook.jobs.get({ id }), last.id))
  }
  assert.equal(last.state, 'cancelled', `the export job was cancelled: ${JSON.stringify(last)}`)
  await page.waitForTimeout(1000)
  assert.equal(downloads.length, before, `nothing was downloaded after the cancel: ${downloads.slice(before).join(', ')}`)
  await dialog.getByTestId('export-close').click()

  // The event page names its event.
  await page.getByTestId('nav-events').click()
  await page.getByTestId('event-open').filter({ hasText: EVENT }).click()
  await page.getByTestId('export-open').click()
  // The name arrives with the list of events.
  await dialog.getByTestId('export-scope').filter({ hasText: EVENT }).waitFor()
  assert.equal(normalise(await dialog.getByTestId('export-scope').innerText()), `Exporting the event “${EVENT}”`)
  await dialog.getByTestId('export-close').click()
}
