// "Save PNG" and "Save SVG" for a chart or a network.
import { useAction } from '../../app/useApi'
import { fileBase } from './scale'
import { savePng, saveSvg, type ImageSource } from './saveImage'

export function SaveImageButtons({ source }: { source: () => ImageSource | null }) {
  const { busy, run } = useAction()
  const save = (format: 'png' | 'svg') =>
    run(async () => {
      const image = source()
      if (!image) throw new Error('Nothing is drawn yet.')
      const name = `${fileBase(image.title)}.${format}`
      return format === 'svg' ? saveSvg(name, image.svg()) : savePng(name, await image.png())
    }, `Could not save the ${format.toUpperCase()}`)
  return (
    <span className="image-buttons">
      <button type="button" className="button button-small" disabled={busy} onClick={() => void save('png')} data-testid="save-png">
        Save PNG
      </button>
      <button type="button" className="button button-small" disabled={busy} onClick={() => void save('svg')} data-testid="save-svg">
        Save SVG
      </button>
    </span>
  )
}
