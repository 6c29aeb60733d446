// Axis arithmetic for the hand-written SVG charts: round tick values, which
// period labels fit, and a colour for each series.

/** Ticks from 0 to a round maximum at or above `max`: 1, 2 or 5 × 10^n steps, about `count` of them. */
export function niceTicks(max: number, count = 5): number[] {
  if (!(max > 0)) return [0, 1]
  const raw = max / count
  const power = 10 ** Math.floor(Math.log10(raw))
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? 10 * power
  const whole = Math.max(1, Math.round(step))
  const use = step < 1 ? 1 : whole
  const ticks: number[] = []
  for (let v = 0; v < max + use; v += use) ticks.push(v)
  return ticks
}

/** Every n-th label so that labels of `labelWidth` fit in `width`. */
export function labelEvery(labels: number, width: number, labelWidth: number): number {
  if (labels <= 1) return 1
  return Math.max(1, Math.ceil((labels * labelWidth) / Math.max(1, width)))
}

/** Series colours, told apart from the three kind colours (blue, vermilion,
 * green) and from each other. */
export const SERIES_COLOURS = ['#4e79a7', '#f28e2b', '#e15759', '#76b7b2', '#59a14f', '#edc948', '#b07aa1', '#ff9da7', '#9c755f', '#7f7f7f', '#1f3a5f', '#8cd17d']

export const seriesColour = (index: number) => SERIES_COLOURS[index % SERIES_COLOURS.length]

/** A file name from a title: letters, digits and dashes. */
export function fileBase(title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
  return slug || 'chart'
}

/** Shortens a label to about `max` characters. */
export function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`
}
