// Backups are listed in the app and a restore brings the workspace back:
// delete an article, restore the backup taken before, find it again.
export const name = 'backups are listed in the app and restore a deleted article'

export async function run(ctx) {
  const host = await ctx.startHost()
  const page = await ctx.openPage(host)
  await page.getByRole('navigation').waitFor()
  await page.evaluate(() => window.claimbook.articles.create({ meta: { title: 'Kept by a backup' }, text: 'The ministry said the talks would resume next week.' }))
  await page.getByTestId('nav-export').click()
  await page.getByTestId('backup-now').click()
  await page.getByTestId('backups-table').getByText('made by hand').waitFor()
  const [article] = await page.evaluate(() => window.claimbook.articles.list({}))
  await page.evaluate((id) => window.claimbook.articles.delete({ id }), article.id)
  await page.getByTestId('nav-library').click()
  await page.getByText(/No articles yet/i).first().waitFor()

  await page.getByTestId('nav-export').click()
  const row = page.getByTestId('backups-table').locator('tr', { hasText: 'made by hand' }).first()
  await row.getByRole('button', { name: 'Restore…' }).click()
  await page.getByRole('dialog').getByRole('button', { name: 'Restore' }).click()
  await page.waitForLoadState('load')
  await page.getByTestId('nav-library').click()
  await page.getByText('Kept by a backup').waitFor()
  // The state before the restore was itself backed up.
  const list = await page.evaluate(() => window.claimbook.backups.list({}))
  if (!list.some((b) => /before restoring/i.test(b.reason))) throw new Error(`no backup of the state before restoring: ${JSON.stringify(list.map((b) => b.reason))}`)
  await page.getByTestId('nav-export').click()
  await page.getByTestId('backups-panel').screenshot({ path: `${ctx.screenshots}/backups.png` })
}
