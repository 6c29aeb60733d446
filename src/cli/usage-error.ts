/** A mistake in the command line itself: reported with the usage, exit code 2. */
export class UsageError extends Error {}
