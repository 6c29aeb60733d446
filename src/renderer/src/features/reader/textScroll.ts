// Moving the article text to a claim, and back to where the researcher was
// reading before a jump.

/** Brings a claim's first highlight into view (centred) unless it is in
 * view already; a long way is jumped, a short one scrolled smoothly. */
export function scrollToClaim(scroller: HTMLElement | null, claimId: string): void {
  scrollToElement(scroller, scroller?.querySelector(`[data-claim-id="${CSS.escape(claimId)}"]`) ?? null)
}

/** The same for any element of the text (a suggestion's outline). */
export function scrollToElement(scroller: HTMLElement | null, span: Element | null): void {
  if (!scroller || !span) return
  const box = scroller.getBoundingClientRect()
  const at = span.getBoundingClientRect()
  if (at.top >= box.top + 24 && at.bottom <= box.bottom - 24) return
  const distance = at.top - box.top - box.height / 2 + Math.min(at.height, box.height / 3) / 2
  scroller.scrollBy({ top: distance, behavior: Math.abs(distance) > box.height * 2 ? 'auto' : 'smooth' })
}

export type ReadingPlace = { scrollTop: number; claimId: string | null }

/** The place to come back to before a jump that moves the text by more than
 * a screen; null when the jump stays close. */
export function placeBeforeJump(scroller: HTMLElement | null, claimId: string | null, targetId: string): ReadingPlace | null {
  const span = scroller?.querySelector(`[data-claim-id="${CSS.escape(targetId)}"]`)
  if (!scroller || !span) return null
  const box = scroller.getBoundingClientRect()
  const at = span.getBoundingClientRect()
  return Math.abs(at.top - box.top) > box.height ? { scrollTop: scroller.scrollTop, claimId } : null
}
