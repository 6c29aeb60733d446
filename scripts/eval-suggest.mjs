// `npm run eval:suggest [train|dev] [--limit N] [--errors N] [--source-errors N] [--wrong-speakers N]`: measures the
// claim suggestions against PolNeAR's gold attributions (brat standoff,
// ../shared/corpus/polnear/<split>) and the kinds against the seed gold file
// (../shared/corpus/gold/bad-to-worse.claims.json).
//
// Per role (content, source, cue): precision, recall and F1, exact (same
// characters, white space at the ends aside) and overlap (a predicted span
// counts when it overlaps a gold span of the same role by at least half of
// the shorter one; a gold span counts as found when a predicted span
// overlaps it so). "1:1" is the stricter overlap where spans are paired one
// to one, largest overlap first (a long prediction covering two gold spans
// finds only one). Exact matches are one to one too. A gold content
// split into several spans counts from its first to its last character, as
// the import places it on one claim. Source precision is also given per
// rule, and the gold sources no suggestion found are counted (those whose
// statement was found apart); `--source-errors N` prints N of them with
// their cue and content marked. `--wrong-speakers N` counts (by rule and
// by a rough category) the predicted sources of statements that were found
// (the content overlaps a gold content) whose source overlaps no gold
// source, and prints N of them with the gold source(s) of that statement.
// Develop on train; measure on dev (never with --errors, --source-errors
// or --wrong-speakers).
//
// The .ann files are read with the import's own brat reader and the texts
// split into paragraphs as the import does (corpus/brat.ts, verbatim.ts), so
// the offsets compared are those of the article in the app.
import { readdirSync, readFileSync, existsSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { annotatorOf, extent, parseAnn } from '../src/main/services/corpus/brat.ts'
import { codePointOffsets, splitVerbatim } from '../src/main/services/corpus/verbatim.ts'
import { suggestForText } from '../src/main/services/suggest/engine.ts'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const CORPUS = path.resolve(ROOT, '../shared/corpus')
const args = process.argv.slice(2)
const split = args.find((a) => !a.startsWith('--') && !/^\d+$/.test(a)) ?? 'dev'
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`)
  return i >= 0 ? Number(args[i + 1]) : fallback
}
const limit = option('limit', Infinity)
const showErrors = option('errors', 0)
// `--source-errors N`: N gold sources no suggestion found, each with its
// cue, and whether the statement itself was found (then the speaker was
// missed or mis-bounded) or not.
const showSourceErrors = option('source-errors', 0)
// `--wrong-speakers N`: N predicted sources of found statements that
// overlap no gold source, each with the gold source(s) of the statement.
const showWrongSpeakers = option('wrong-speakers', 0)

if (split === 'dev' && (showErrors || showSourceErrors || showWrongSpeakers)) {
  console.error('The dev part is for totals only: read errors on train (npm run eval:suggest train --errors N).')
  process.exit(2)
}
if (!['train', 'dev'].includes(split)) {
  console.error(`Unknown split “${split}”: use train (to develop on) or dev (to measure).`)
  process.exit(2)
}
const dir = path.join(CORPUS, 'polnear', split)
if (!existsSync(dir)) {
  console.error(`No corpus at ${dir}: the PolNeAR train and dev parts belong in ../shared/corpus/polnear/.`)
  process.exit(2)
}

const ROLES = ['content', 'source', 'cue']
const tally = Object.fromEntries(ROLES.map((r) => [r, { gold: 0, pred: 0, exact: 0, oneToOne: 0, predHit: 0, goldHit: 0 }]))
const byRule = {}
const sourceByRule = {}
const errors = []
const sourceErrors = []
const wrongSpeakers = []
const wrongByRule = {}
const wrongByCategory = {}
let missedSources = 0
let missedWithContent = 0

const trim = (text, [a, b]) => {
  while (a < b && /\s/.test(text[a])) a++
  while (b > a && /\s/.test(text[b - 1])) b--
  return [a, b]
}
const overlapOf = (x, y) => Math.max(0, Math.min(x[1], y[1]) - Math.max(x[0], y[0]))
const counts = (x, y) => overlapOf(x, y) >= 0.5 * Math.min(x[1] - x[0], y[1] - y[0]) && overlapOf(x, y) > 0
const uniq = (spans) => [...new Map(spans.map((s) => [`${s[0]}:${s[1]}`, s])).values()]

/** The text around `marks` ([span, open, close]), each span between its
 * marks, on one line. */
function marked(body, marks, before = 40, after = 20) {
  const from = Math.max(0, Math.min(...marks.map(([e]) => e[0])) - before)
  const to = Math.min(body.length, Math.max(...marks.map(([e]) => e[1])) + after)
  let shown = ''
  for (let k = from; k < to; k++) {
    for (const [e, open] of marks) if (e[0] === k) shown += open
    shown += body[k]
    for (const [e, , close] of marks.slice().reverse()) if (e[1] === k + 1) shown += close
  }
  return shown.replace(/\s+/g, ' ')
}

const PRONOUN = /^(he|she|they|we|i|you|it|who|which|that|him|her|them)$/i
/** A rough reason why a predicted source of a found statement is wrong:
 * what the gold source(s) of that statement are, compared with it. */
function wrongCategory(body, predicted, golds) {
  if (!golds.length) return 'no gold source for the statement'
  const text = (e) => body.slice(e[0], e[1])
  if (golds.some((g) => overlapOf(g, predicted) > 0)) return 'mis-bounded (overlaps less than half)'
  if (PRONOUN.test(text(predicted).trim())) return 'pronoun predicted, gold elsewhere'
  const g = golds.reduce((a, b) => (Math.abs(b[0] - predicted[0]) < Math.abs(a[0] - predicted[0]) ? b : a))
  const between = body.slice(Math.min(g[1], predicted[1]), Math.max(g[0], predicted[0]))
  if (/\n|[.!?][”"]?\s+[“"]?\p{Lu}/u.test(between)) return 'gold source in another sentence'
  if (PRONOUN.test(text(g).trim())) return 'gold is a pronoun in the sentence'
  return g[0] < predicted[0] ? 'gold earlier in the sentence' : 'gold later in the sentence'
}

/** One-to-one matches, largest overlap first: how many pairs pass `ok`. */
function match(pred, gold, ok) {
  const pairs = []
  pred.forEach((p, i) => gold.forEach((g, j) => ok(p, g) && pairs.push([overlapOf(p, g), i, j])))
  pairs.sort((a, b) => b[0] - a[0])
  const usedP = new Set()
  const usedG = new Set()
  for (const [, i, j] of pairs) {
    if (usedP.has(i) || usedG.has(j)) continue
    usedP.add(i)
    usedG.add(j)
  }
  return { n: usedP.size, usedP, usedG }
}

const texts = readdirSync(path.join(dir, 'text')).filter((n) => n.endsWith('.txt')).sort().slice(0, limit)
const anns = readdirSync(path.join(dir, 'attributions')).filter((n) => n.endsWith('.ann')).sort()
let articles = 0
let ms = 0
for (const name of texts) {
  const stem = name.slice(0, -4)
  const annName = anns.find((a) => annotatorOf(a, stem))
  if (!annName) continue
  const source = readFileSync(path.join(dir, 'text', name), 'utf8')
  const bom = source.startsWith('\uFEFF')
  const verbatim = splitVerbatim(bom ? source.slice(1) : source)
  const toUnit = codePointOffsets(verbatim.text)
  const at = (o, side) => verbatim.toBody(toUnit(o - (bom ? 1 : 0)), side)
  const body = verbatim.paragraphs.join('\n\n')
  const toBody = (e) => (e ? trim(body, [at(e[0], 'start'), at(e[1], 'end')]) : null)
  const ann = parseAnn(readFileSync(path.join(dir, 'attributions', annName), 'utf8'))
  const gold = { content: [], source: [], cue: [] }
  const attributions = []
  for (const a of ann.attributions) {
    const one = {}
    for (const [role, spans] of [['content', a.contents], ['source', a.sources], ['cue', a.cues]]) {
      const e = toBody(extent(spans))
      if (e && e[1] > e[0]) {
        gold[role].push(e)
        one[role] = e
      }
    }
    attributions.push(one)
  }
  const t0 = performance.now()
  const { claims } = suggestForText(body, [])
  ms += performance.now() - t0
  articles++
  const pred = {
    content: claims.map((c) => trim(body, [c.content.start, c.content.end])),
    source: claims.filter((c) => c.source).map((c) => trim(body, [c.source.start, c.source.end])),
    cue: claims.filter((c) => c.cue).map((c) => trim(body, [c.cue.start, c.cue.end])),
  }
  const seen = new Set()
  for (const a of attributions) {
    if (!a.source || seen.has(a.source.join()) || pred.source.some((x) => counts(x, a.source))) continue
    seen.add(a.source.join())
    missedSources++
    const withContent = !!a.content && pred.content.some((x) => counts(x, a.content))
    if (withContent) missedWithContent++
    if (sourceErrors.length < showSourceErrors) {
      const shown = marked(body, [[a.source, '[[', ']]'], [a.cue, '{', '}'], [a.content, '<', '>']].filter(([e]) => e))
      const said = claims.find((c) => a.content && counts([c.content.start, c.content.end], a.content))
      const got = said ? ` (found [${said.rule}] source “${said.source?.text ?? '—'}”)` : ''
      sourceErrors.push(`${withContent ? 'SRC' : 'MISS'} ${stem}${got}: ${shown.slice(0, 400)}`)
    }
  }
  // Found statements with a wrong speaker: the content overlaps a gold
  // content, the source no gold source at all.
  const wrongSeen = new Set()
  for (const c of claims) {
    if (!c.source) continue
    const p = trim(body, [c.source.start, c.source.end])
    const content = trim(body, [c.content.start, c.content.end])
    const same = attributions.filter((a) => a.content && counts(content, a.content))
    if (!same.length || gold.source.some((g) => counts(p, g)) || wrongSeen.has(p.join())) continue
    wrongSeen.add(p.join())
    const golds = same.filter((a) => a.source).map((a) => a.source)
    const category = wrongCategory(body, p, golds)
    wrongByRule[c.rule] = (wrongByRule[c.rule] ?? 0) + 1
    wrongByCategory[category] = (wrongByCategory[category] ?? 0) + 1
    if (wrongSpeakers.length < showWrongSpeakers) {
      const marks = [[p, '[[', ']]'], ...golds.map((g) => [g, '((', '))']), [content, '<', '>']]
      if (c.cue) marks.push([trim(body, [c.cue.start, c.cue.end]), '{', '}'])
      const goldText = golds.map((g) => `“${body.slice(g[0], g[1])}”`).join(', ') || '—'
      wrongSpeakers.push(`[${c.rule}] ${category} ${stem}: predicted “${body.slice(p[0], p[1])}”, gold ${goldText}\n    ${marked(body, marks, 60, 10).slice(0, 500)}`)
    }
  }
  for (const role of ROLES) {
    const g = uniq(gold[role])
    const p = uniq(pred[role])
    const t = tally[role]
    t.gold += g.length
    t.pred += p.length
    t.exact += match(p, g, (x, y) => x[0] === y[0] && x[1] === y[1]).n
    const m = match(p, g, counts)
    t.oneToOne += m.n
    const predHit = p.map((x) => g.some((y) => counts(x, y)))
    t.predHit += predHit.filter(Boolean).length
    t.goldHit += g.filter((y) => p.some((x) => counts(x, y))).length
    if (role === 'source') {
      p.forEach((span, i) => {
        const rule = claims.find((c) => c.source && trim(body, [c.source.start, c.source.end]).join() === span.join())?.rule ?? '?'
        sourceByRule[rule] ??= { pred: 0, hit: 0 }
        sourceByRule[rule].pred++
        if (predHit[i]) sourceByRule[rule].hit++
      })
    }
    if (role === 'content') {
      p.forEach((span, i) => {
        const rule = claims.find((c) => trim(body, [c.content.start, c.content.end]).join() === span.join())?.rule ?? '?'
        byRule[rule] ??= { pred: 0, hit: 0 }
        byRule[rule].pred++
        if (predHit[i]) byRule[rule].hit++
        else if (errors.length < showErrors * 2) errors.push(`FP ${stem} [${rule}] ${body.slice(span[0], span[1]).slice(0, 160)}`)
      })
      g.forEach((span) => {
        if (!p.some((x) => counts(x, span)) && errors.length < showErrors * 2) errors.push(`FN ${stem}: ${body.slice(Math.max(0, span[0] - 60), span[0])}[[${body.slice(span[0], span[1]).slice(0, 160)}]]`)
      })
    }
  }
}

const prf = (predHit, pred, goldHit, gold) => {
  const p = pred ? predHit / pred : 0
  const r = gold ? goldHit / gold : 0
  return [p, r, p + r ? (2 * p * r) / (p + r) : 0]
}
const pct = (x) => (100 * x).toFixed(1).padStart(5)
console.log(`\nClaim suggestions against PolNeAR ${split}: ${articles} articles, ${(ms / Math.max(1, articles)).toFixed(1)} ms per article\n`)
console.log('         |       |       | exact             | overlap           | overlap 1:1')
console.log('role     |  gold |  pred |   P     R     F1  |   P     R     F1  |   P     R     F1')
console.log('---------|-------|-------|-------------------|-------------------|------------------')
for (const role of ROLES) {
  const t = tally[role]
  const cells = [prf(t.exact, t.pred, t.exact, t.gold), prf(t.predHit, t.pred, t.goldHit, t.gold), prf(t.oneToOne, t.pred, t.oneToOne, t.gold)]
  console.log(`${role.padEnd(8)} | ${String(t.gold).padStart(5)} | ${String(t.pred).padStart(5)} | ${cells.map((c) => c.map(pct).join(' ')).join(' | ')}`)
}
const byRuleLine = (rules) => Object.entries(rules).map(([r, v]) => `${r} ${v.hit}/${v.pred} (${pct(v.hit / v.pred).trim()}%)`).join(', ')
console.log('\ncontent precision by rule: ' + byRuleLine(byRule))
console.log('\nsource precision by rule: ' + byRuleLine(sourceByRule))

// Kinds and speakers on the seed article against the analyst's gold file.
const goldFile = JSON.parse(readFileSync(path.join(CORPUS, 'gold', 'bad-to-worse.claims.json'), 'utf8'))
const seed = splitVerbatim(readFileSync(path.join(CORPUS, 'seed', 'bad-to-worse.txt'), 'utf8'))
const seedText = seed.paragraphs.join('\n\n')
const registry = goldFile.actors.map((a, i) => ({ id: `a${i}`, name: a.name, type: a.type, aliases: a.aliases, memberOf: null, description: '', colour: '' }))
const idOf = new Map(registry.map((a) => [a.name, a.id]))
const seedSuggestions = suggestForText(seedText, registry).claims
let found = 0
let kinds = 0
let speakers = 0
const confusions = []
for (const claim of goldFile.claims) {
  const start = seedText.indexOf(claim.quote)
  if (start < 0) continue
  const g = [start, start + claim.quote.length]
  const best = seedSuggestions
    .map((s) => ({ s, o: overlapOf([s.content.start, s.content.end], g) }))
    .filter(({ s }) => counts([s.content.start, s.content.end], g))
    .sort((a, b) => b.o - a.o)[0]?.s
  if (!best) continue
  found++
  if (best.kind === claim.kind) kinds++
  else confusions.push(`${claim.kind} → ${best.kind}: ${claim.quote.slice(0, 70)}`)
  if (claim.speakers.some((name) => best.speakerIds.includes(idOf.get(name)))) speakers++
}
console.log(`\nSeed gold (${goldFile.claims.length} claims): ${found} found by a suggestion; kind agrees on ${kinds}/${found} (${pct(kinds / Math.max(1, found)).trim()}%); speaker matched to the right registry actor on ${speakers}/${found}.`)
for (const c of confusions) console.log(`  kind ${c}`)
if (errors.length) console.log('\n' + errors.join('\n'))
console.log(`\nGold sources missed: ${missedSources}; of these, ${missedWithContent} with their content found (speaker missed or mis-bounded), ${missedSources - missedWithContent} with the statement missed.`)
if (sourceErrors.length) console.log('\n' + sourceErrors.join('\n'))
const tallyLine = (counted) => Object.entries(counted).sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k} ${n}`).join(', ')
const wrongTotal = Object.values(wrongByRule).reduce((a, b) => a + b, 0)
console.log(`\nWrong speakers of found statements (source overlaps no gold source): ${wrongTotal}; by rule: ${tallyLine(wrongByRule)}; by category: ${tallyLine(wrongByCategory)}.`)
if (wrongSpeakers.length) console.log('\n' + wrongSpeakers.join('\n'))
