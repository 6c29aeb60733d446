// The app loads in Chromium from the web host, shows the empty library, and
// talks to its workspace: the smallest proof that both halves are wired.
export const name = 'the app loads from the web host with an empty library'

export async function run(ctx) {
  const host = await ctx.startHost()
  const page = await ctx.openPage(host)
  await page.getByRole('navigation').waitFor()
  // The token left the address bar once it was read.
  if (page.url().includes('token=')) throw new Error(`the token stayed in the address bar: ${page.url()}`)
  await page.getByText(/No articles yet/i).first().waitFor()
}
