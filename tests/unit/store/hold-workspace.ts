// Child process for the lock tests: opens a workspace, says so, and holds it
// until its standard input closes (then closes the store and exits) or it is
// killed. An open that fails prints the error and exits 3.
import { WorkspaceStore } from '../../../src/main/services/store/workspace-store'

try {
  const store = await WorkspaceStore.open(process.argv[2])
  process.stdout.write(`holding ${process.pid}\n`)
  process.stdin.resume()
  process.stdin.once('end', () => void store.close().then(() => process.exit(0)))
} catch (err) {
  process.stdout.write(`refused ${(err as Error).message}\n`)
  process.exit(3)
}
