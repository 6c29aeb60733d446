// Text with its search hits marked.
import { splitHits } from './hits'

export function Highlighted({ text, hits }: { text: string; hits?: [number, number][] }) {
  if (!hits?.length) return <>{text}</>
  return (
    <>
      {splitHits(text, hits).map((piece, i) => (piece.hit ? <mark key={i}>{piece.text}</mark> : <span key={i}>{piece.text}</span>))}
    </>
  )
}
