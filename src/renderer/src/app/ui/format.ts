// Small display helpers shared by the pages.

/** Dates are stored as given (`2020-12-24` or a full timestamp); researchers
 * compare them by day, so only the day is shown. */
export function formatDate(value: string): string {
  if (!value) return ''
  const day = /^\d{4}(-\d{2}(-\d{2})?)?/.exec(value)
  return day ? day[0] : value
}

export function truncate(text: string, max: number): string {
  const clean = text.replace(/\s+/g, ' ').trim()
  return clean.length <= max ? clean : `${clean.slice(0, max - 1).trimEnd()}…`
}

/** "1 claim", "16,146 suggestions": large counts with thousands separators
 * (in English, as the rest of the interface), so they read at a glance. */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count.toLocaleString('en')} ${count === 1 ? one : many}`
}

/** "Outlet · 2020-12-24" without stray separators when a part is missing. */
export function joinParts(parts: (string | undefined | null)[], separator = ' · '): string {
  return parts.filter((p): p is string => Boolean(p && p.trim())).join(separator)
}
