// Who published the article, when, and where it came from. The URL is shown
// as text only: the app never navigates to untrusted addresses.
import type { Article } from '../../../../shared/domain'
import { useNavigate } from '../../app/routes'
import { formatDate, joinParts } from '../../app/ui/format'

export function ArticleHeader({ article }: { article: Article }) {
  const navigate = useNavigate()
  const byline = joinParts([article.outlet, article.author, formatDate(article.publishedAt)])
  return (
    <header className="reader-header">
      <button type="button" className="link-button back-link" onClick={() => navigate({ page: 'library' })} data-testid="back-to-library">
        ← Library
      </button>
      <h1 className="reader-title" data-testid="reader-title">
        {article.title}
      </h1>
      <p className="reader-byline" data-testid="reader-byline">
        {byline || <span className="muted">No outlet, author or date recorded</span>}
      </p>
      {article.url && (
        <p className="reader-url" title={article.url} data-testid="reader-url">
          {article.url}
        </p>
      )}
    </header>
  )
}
