// Saving a chart or network as SVG and PNG. An SVG chart is serialised as it
// is drawn (XMLSerializer), on a white background with its text colour
// fixed (the screen's follows the theme); PNG is that SVG drawn on a canvas
// through an <img> (the CSP allows blob: images). Files go through
// file.save: a save dialog in the desktop app, a download in the browser.
import { api } from '../../app/useApi'

export const EXPORT_TEXT = '#1e2227'
export const EXPORT_FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif"
const SVG_NS = 'http://www.w3.org/2000/svg'

/** What a chart or network gives to be saved. */
export type ImageSource = { svg: () => string; png: () => Promise<string>; title: string }

/** The markup of a drawn SVG, ready to stand alone. */
export function svgMarkup(svg: SVGSVGElement): { markup: string; width: number; height: number } {
  const box = svg.viewBox.baseVal
  const width = box && box.width ? box.width : svg.clientWidth
  const height = box && box.height ? box.height : svg.clientHeight
  const clone = svg.cloneNode(true) as SVGSVGElement
  clone.setAttribute('width', String(width))
  clone.setAttribute('height', String(height))
  clone.setAttribute('style', `color:${EXPORT_TEXT};font-family:${EXPORT_FONT}`)
  clone.removeAttribute('class')
  for (const el of clone.querySelectorAll('[tabindex], [role], [data-testid]')) {
    el.removeAttribute('tabindex')
    el.removeAttribute('role')
    el.removeAttribute('data-testid')
  }
  const background = document.createElementNS(SVG_NS, 'rect')
  background.setAttribute('x', String(box?.x ?? 0))
  background.setAttribute('y', String(box?.y ?? 0))
  background.setAttribute('width', String(width))
  background.setAttribute('height', String(height))
  background.setAttribute('fill', '#ffffff')
  clone.insertBefore(background, clone.firstChild)
  return { markup: `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(clone)}\n`, width, height }
}

/** Draws SVG markup on a canvas at `scale` and returns the PNG, base64. */
export async function pngFromSvg(markup: string, width: number, height: number, scale = 2): Promise<string> {
  const url = URL.createObjectURL(new Blob([markup], { type: 'image/svg+xml' }))
  try {
    const image = new Image()
    await new Promise<void>((resolve, reject) => {
      image.onload = () => resolve()
      image.onerror = () => reject(new Error('the chart could not be drawn as an image'))
      image.src = url
    })
    const canvas = document.createElement('canvas')
    canvas.width = Math.max(1, Math.round(width * scale))
    canvas.height = Math.max(1, Math.round(height * scale))
    const context = canvas.getContext('2d')
    if (!context) throw new Error('this browser cannot draw on a canvas')
    context.fillStyle = '#ffffff'
    context.fillRect(0, 0, canvas.width, canvas.height)
    context.drawImage(image, 0, 0, canvas.width, canvas.height)
    return canvas.toDataURL('image/png').slice('data:image/png;base64,'.length)
  } finally {
    URL.revokeObjectURL(url)
  }
}

/** An ImageSource for an SVG element drawn by React. */
export function svgSource(title: string, getSvg: () => SVGSVGElement | null): ImageSource {
  const markup = () => {
    const svg = getSvg()
    if (!svg) throw new Error('the chart is not on the screen')
    return svgMarkup(svg)
  }
  return {
    title,
    svg: () => markup().markup,
    png: async () => {
      const { markup: text, width, height } = markup()
      return pngFromSvg(text, width, height)
    },
  }
}

export async function saveSvg(fileName: string, markup: string): Promise<boolean> {
  return (await api().file.save({ fileName, mimeType: 'image/svg+xml', content: markup })).saved
}

export async function savePng(fileName: string, base64: string): Promise<boolean> {
  return (await api().file.save({ fileName, mimeType: 'image/png', content: base64, encoding: 'base64' })).saved
}
