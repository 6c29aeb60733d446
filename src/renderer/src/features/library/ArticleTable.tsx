// The articles of the workspace; a row opens the article in the reader.
import type { ArticleSummary } from '../../../../shared/domain'
import { formatDate } from '../../app/ui/format'

type Props = {
  articles: ArticleSummary[]
  onOpen: (id: string) => void
  onDelete: (article: ArticleSummary) => void
}

export function ArticleTable({ articles, onOpen, onDelete }: Props) {
  return (
    <table className="data-table article-table" data-testid="article-table">
      <thead>
        <tr>
          <th scope="col">Title</th>
          <th scope="col" className="col-outlet">
            Outlet
          </th>
          <th scope="col" className="col-date">
            Date
          </th>
          <th scope="col" className="col-number">
            Claims
          </th>
          <th scope="col" className="col-actions">
            <span className="visually-hidden">Actions</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {articles.map((article) => (
          <tr key={article.id} data-testid="article-row" data-article-id={article.id}>
            <td>
              <button type="button" className="row-title" onClick={() => onOpen(article.id)} data-testid="article-open">
                <bdi>{article.title}</bdi>
              </button>
              {article.author && <div className="row-sub muted">{article.author}</div>}
              {article.snippet && (
                <div className="row-snippet" data-testid="article-snippet">
                  …{article.snippet}…
                </div>
              )}
            </td>
            <td>{article.outlet || <span className="muted">—</span>}</td>
            <td className="col-date">{formatDate(article.publishedAt) || <span className="muted">—</span>}</td>
            <td className="col-number" data-testid="article-claim-count">
              {article.claimCount}
            </td>
            <td className="col-actions">
              <button
                type="button"
                className="button button-small button-quiet"
                onClick={() => onDelete(article)}
                aria-label={`Delete “${article.title}”`}
                data-testid="article-delete"
              >
                Delete
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
