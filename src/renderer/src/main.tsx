// Entry point: make sure `window.claimbook` exists (preload in the desktop app,
// HTTP web client in a browser) before anything renders and calls it.
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { installApi } from './transport/install'
import { App } from './app/App'
import './styles/base.css'
import './styles/layout.css'
import './styles/controls.css'
import './styles/pages.css'
import './styles/reader.css'

installApi()

const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root element')
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
)
