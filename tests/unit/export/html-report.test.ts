import { parseHTML } from 'linkedom'
import { describe, expect, test } from 'vitest'
import { buildHtmlReport } from '../../../src/main/services/export'
import { BLOCK_SEPARATOR, plainText } from '../../../src/shared/body'
import { KINDS } from '../../../src/shared/domain'
import { KIND_STYLES } from '../../../src/shared/kinds'
import { buildFixture, HOSTILE } from './fixture'

const input = buildFixture()
const html = buildHtmlReport(input)
const { document } = parseHTML(html)
/** The same report without the claim labels, to read the article text. */
const bare = parseHTML(html).document
bare.querySelectorAll('sup.claim-label').forEach((sup: Element) => sup.remove())

const all = (doc: Document, selector: string): Element[] => [...doc.querySelectorAll(selector)]
const highlights = (doc: Document, claimId: string) => all(doc, '.text .claim').filter((el) => el.getAttribute('data-claim') === claimId)
/** A claim's highlighted text: its elements' text, a blank line between blocks. */
function highlightedText(claimId: string): string {
  const blocks = new Map<Element, string>()
  for (const el of highlights(bare, claimId)) {
    const block = el.closest('p, h4')!
    blocks.set(block, (blocks.get(block) ?? '') + el.textContent)
  }
  return [...blocks.values()].join(BLOCK_SEPARATOR)
}

describe('buildHtmlReport', () => {
  test('is one self-contained page with a strict CSP', () => {
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true)
    expect(document.title).toBe('Claimbook report')
    const csp = document.querySelector('meta[http-equiv="Content-Security-Policy"]')
    expect(csp?.getAttribute('content')).toBe("default-src 'none'; style-src 'unsafe-inline'")
    expect(all(document, 'style')).toHaveLength(1)
    expect(document.querySelector('style')!.textContent).not.toMatch(/url\(|@import/i)
  })

  test('runs and loads nothing, whatever the articles contain', () => {
    expect(html).not.toMatch(/<script/i)
    for (const tag of html.match(/<[^>]*>/g)!) {
      expect(tag).not.toMatch(/\son\w+\s*=/i)
      expect(tag).not.toMatch(/javascript:/i)
      expect(tag).not.toMatch(/\s(src|href|action|srcset|poster)\s*=\s*["']?\s*(https?:)?\/\//i)
    }
    const forbidden = 'script, img, iframe, object, embed, link, base, form, svg, math, video, audio, source, b'
    expect(all(document, forbidden)).toEqual([])
    for (const el of all(document, '*')) {
      for (const name of el.getAttributeNames()) {
        expect(name).not.toMatch(/^(on|src|srcset|action|formaction|poster)/i)
        if (name === 'href') expect(el.getAttribute('href')).toMatch(/^#[\w-]+$/)
      }
    }
  })

  test('shows hostile metadata and text as text', () => {
    const hostile = document.querySelector('#article-1')!
    expect(hostile.querySelector('h2')!.textContent).toBe(HOSTILE.title)
    expect(hostile.querySelector('.meta')!.textContent).toContain(HOSTILE.outlet)
    expect(hostile.querySelector('.url')!.textContent).toBe(HOSTILE.url)
    expect(document.querySelector('#actors')!.textContent).toContain(HOSTILE.actorName)
    const rogue = highlights(document, HOSTILE.rogueId)
    expect(rogue.map((el) => el.getAttribute('data-kind'))).toEqual(['assertion'])
  })

  test('header counts and contents list every article', () => {
    const claims = input.articles.flatMap((a) => a.claims).length
    expect(document.querySelector('header')!.textContent).toContain(`2 articles · ${claims} claims`)
    expect(document.querySelector('header time')!.textContent).toBe('2026-11-29 14:03 UTC')
    const contents = all(document, 'nav a').map((a) => a.textContent)
    expect(contents).toEqual([HOSTILE.title, input.articles[0].title, 'Actors', 'Kinds of claim'])
  })

  test('renders each article text in full, every quote included', () => {
    const text = bare.body.textContent!
    for (const article of input.articles) {
      for (const claim of article.claims) expect(text).toContain(claim.quote)
      const section = [...bare.querySelectorAll('article')].find((a) => a.querySelector('h2')!.textContent === article.title)!
      const blocks = [...section.querySelectorAll('.text > p, .text > h4')].map((b) => b.textContent)
      expect(blocks.join(BLOCK_SEPARATOR)).toBe(plainText(article.body))
    }
  })

  test('highlights every claim over its quote, with its kind and a numbered label', () => {
    for (const article of input.articles) {
      const labels: string[] = []
      for (const claim of article.claims) {
        const els = highlights(document, claim.id)
        expect(els.length).toBeGreaterThan(0)
        for (const el of els) {
          expect(el.getAttribute('data-kind')).toBe(claim.kind)
          expect(el.classList.contains(`kind-${claim.kind}`)).toBe(true)
        }
        expect(highlightedText(claim.id)).toBe(claim.quote)
        const label = els[0].querySelector(':scope > sup.claim-label')!.textContent!
        expect(label).toMatch(new RegExp(`^${KIND_STYLES[claim.kind].letter}\\d+$`))
        expect(els.slice(1).some((el) => el.querySelector(':scope > sup.claim-label'))).toBe(false)
        expect(document.getElementById(els[0].id)).toBe(els[0])
        labels.push(label.slice(1))
      }
      expect(labels.map(Number).sort((a, b) => a - b)).toEqual(article.claims.map((_, i) => i + 1))
    }
  })

  test('nests contained claims and splits crossing ones', () => {
    const [outer] = highlights(document, 'nestedOuter')
    const inner = highlights(document, 'gold-09')
    expect(inner).toHaveLength(1)
    expect(outer.contains(inner[0])).toBe(true)
    const overlapping = highlights(document, 'overlapping')
    expect(overlapping).toHaveLength(2)
    expect(inner[0].contains(overlapping[0])).toBe(true)
    expect(outer.contains(overlapping[1])).toBe(false)
    const twoParagraphs = highlights(document, 'twoParagraphs')
    expect(new Set(twoParagraphs.map((el) => el.closest('p'))).size).toBe(2)
  })

  test('lists each article’s claims in a table linked to the highlights', () => {
    for (const article of input.articles) {
      const section = [...document.querySelectorAll('article')].find((a) => a.querySelector('h2')!.textContent === article.title)!
      const rows = [...section.querySelectorAll('tbody tr')]
      expect(rows).toHaveLength(article.claims.length)
      expect(rows.map((r) => r.children[2].textContent).sort()).toEqual(article.claims.map((c) => c.quote).sort())
    }
    for (const link of all(document, 'a[href^="#"]')) expect(document.getElementById(link.getAttribute('href')!.slice(1))).not.toBeNull()
  })

  test('indexes actors with links to their claims, and has a legend of kinds', () => {
    const dts = all(document, '#actors dt')
    expect(dts).toHaveLength(input.actors.length)
    const ryabkov = dts.find((dt) => dt.textContent!.startsWith('Sergei Ryabkov'))!
    const links = [...ryabkov.nextElementSibling!.querySelectorAll('a')]
    const expected = input.articles.flatMap((a) => a.claims).filter((c) => [...c.speakers, ...c.targets].includes('sergei-ryabkov'))
    expect(links).toHaveLength(expected.length)
    const linked = links.map((a) => document.getElementById(a.getAttribute('href')!.slice(1))!.getAttribute('data-claim'))
    expect(linked.sort()).toEqual(expected.map((c) => c.id).sort())
    const legend = document.querySelector('#legend')!.textContent!
    for (const kind of KINDS) expect(legend).toContain(KIND_STYLES[kind].label)
  })
})
