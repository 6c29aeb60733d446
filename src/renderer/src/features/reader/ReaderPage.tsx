// Opens one article for coding: loads it with the actor, event and codebook
// lists the claim editor picks from. A save of this article still waiting
// (the reader was left while it was retried) is finished first, so the page
// never shows an older state.
import { useEffect, useState } from 'react'
import { useReportError } from '../../app/errors'
import { useNavigate } from '../../app/routes'
import { EmptyState, Loading } from '../../app/ui/EmptyState'
import { useApiQuery } from '../../app/useApi'
import { PERF, perfStart } from './perf'
import { ReaderWorkspace } from './ReaderWorkspace'
import { installUnloadGuard, readerSaves, setRefusalReporter } from './session/readerSaves'

export function ReaderPage({ articleId, claimId }: { articleId: string; claimId?: string }) {
  useState(() => {
    // Opening is measured from here until the text is laid out and scrollable.
    perfStart(PERF.open)
    perfStart(PERF.openPainted)
    perfStart(PERF.panel)
    return null
  })
  const navigate = useNavigate()
  const report = useReportError()
  useEffect(() => {
    setRefusalReporter((err, label) => report(err, label))
    installUnloadGuard()
  }, [report])
  // Asked in this order, the small answers come before the actor registry
  // (thousands of actors), which the text does not wait for.
  const article = useApiQuery((client) => (readerSaves.pending === 0 ? client.articles.get({ id: articleId }) : readerSaves.idle(articleId).then(() => client.articles.get({ id: articleId }))), [articleId])
  const events = useApiQuery((client) => client.events.list({}), [])
  const codebook = useApiQuery((client) => client.codebook.list({}), [])
  const actors = useApiQuery((client) => client.actors.list({}), [])

  if (article.error) {
    return (
      <div className="page">
        <EmptyState title="This article could not be opened.">
          <p>{article.error.message}</p>
          <button type="button" className="button" onClick={() => navigate({ page: 'library' })}>
            Back to the library
          </button>
        </EmptyState>
      </div>
    )
  }
  if (!article.data || !events.data || (!codebook.data && !codebook.error)) {
    return <Loading label={readerSaves.pending > 0 ? 'Finishing the last save of this article…' : 'Opening the article…'} />
  }
  return (
    <ReaderWorkspace
      article={article.data}
      actors={actors.data}
      events={events.data}
      // An unreadable codebook (reported) leaves tagging by codebook out, not the reader.
      codebook={codebook.data ?? null}
      focusClaimId={claimId}
      onActorCreated={(actor) => actors.setData((all) => [...(all ?? []), { ...actor, claimCount: 0 }])}
      onEventCreated={(event) => events.setData((all) => [...(all ?? []), { ...event, claimCount: 0 }])}
      onTagCreated={(tag) => codebook.setData((all) => [...(all ?? []), tag])}
      onCodebookChanged={(tags) => codebook.setData(() => tags)}
    />
  )
}
