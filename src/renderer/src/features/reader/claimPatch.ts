// The link fields of a claim the reader can change (see ClaimPatch in the contract).
import type { z } from 'zod'
import type { ClaimPatch as ClaimPatchSchema } from '../../../../shared/contract'

export type ClaimPatch = z.input<typeof ClaimPatchSchema>
