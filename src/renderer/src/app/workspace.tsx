// What the sidebar shows about the open workspace. Pages call `refresh()`
// after changes that alter the counts.
import { createContext, useContext, type ReactNode } from 'react'
import type { WorkspaceInfo } from '../../../shared/contract'
import { useApiQuery } from './useApi'

type WorkspaceState = { info: WorkspaceInfo | undefined; error: Error | null; refresh: () => void }

const WorkspaceContext = createContext<WorkspaceState>({ info: undefined, error: null, refresh: () => {} })

export function useWorkspace(): WorkspaceState {
  return useContext(WorkspaceContext)
}

export function WorkspaceProvider({ children }: { children: ReactNode }) {
  const query = useApiQuery((client) => client.workspace.info({}), [])
  return <WorkspaceContext.Provider value={{ info: query.data, error: query.error, refresh: query.reload }}>{children}</WorkspaceContext.Provider>
}
