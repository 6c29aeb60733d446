import type { z } from 'zod'

/** Declares one API method: `def<Result>()(inputSchema)`. Features add their
 * methods in their own `contract-<feature>.ts` and spread them into
 * `contract` in contract.ts. */
export const def =
  <R>() =>
  <I extends z.ZodType>(input: I) => ({ input, result: undefined as unknown as R })
