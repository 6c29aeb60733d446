// Dropping files on an area (the library, the import dialog's drop zone)
// hands them over. A counter tracks nested dragenter/dragleave pairs so the
// overlay does not flicker; an inner area keeps its drops from the outer one.
import { useRef, useState, type DragEvent } from 'react'

function carriesFiles(event: DragEvent): boolean {
  return [...event.dataTransfer.types].includes('Files')
}

export function useFileDrop(onFiles: (files: File[]) => void) {
  const [dragging, setDragging] = useState(false)
  const depth = useRef(0)
  const handlers = {
    onDragEnter: (event: DragEvent) => {
      if (!carriesFiles(event)) return
      event.preventDefault()
      event.stopPropagation()
      depth.current += 1
      setDragging(true)
    },
    onDragOver: (event: DragEvent) => {
      if (!carriesFiles(event)) return
      event.stopPropagation()
      event.preventDefault() // without this the browser would open the file instead
      event.dataTransfer.dropEffect = 'copy'
    },
    onDragLeave: (event: DragEvent) => {
      if (!carriesFiles(event)) return
      event.stopPropagation()
      depth.current = Math.max(0, depth.current - 1)
      if (depth.current === 0) setDragging(false)
    },
    onDrop: (event: DragEvent) => {
      if (!carriesFiles(event)) return
      event.preventDefault()
      event.stopPropagation()
      depth.current = 0
      setDragging(false)
      const files = [...event.dataTransfer.files]
      if (files.length > 0) onFiles(files)
    },
  }
  return { dragging, handlers }
}
