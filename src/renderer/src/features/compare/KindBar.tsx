// How a count splits by kind, as a thin stacked bar plus the numbers; every
// segment and number opens its claims.
import type { KindRefs } from '../../../../shared/contract-analysis'
import { KINDS } from '../../../../shared/domain'
import { KIND_STYLES } from '../../../../shared/kinds'
import { kindVars } from '../../app/ui/KindBadge'
import { ClaimCount, useTrace } from './trace/TraceContext'

type Props = { kinds: KindRefs; title: string; max?: number; showNumbers?: boolean }

export function KindBar({ kinds, title, max, showNumbers = true }: Props) {
  const { show } = useTrace()
  const total = KINDS.reduce((n, k) => n + kinds[k].length, 0)
  const width = max ? `${Math.max(4, (100 * total) / max)}%` : '100%'
  return (
    <span className="kind-bar-wrap">
      <span className="kind-bar-track" aria-hidden="true">
        <span className="kind-bar" style={{ width }}>
          {KINDS.map((kind) =>
            kinds[kind].length ? (
              <span
                key={kind}
                className="kind-bar-part"
                style={{ ...kindVars(kind), flexGrow: kinds[kind].length }}
                title={`${kinds[kind].length} ${KIND_STYLES[kind].label.toLowerCase()}${kinds[kind].length === 1 ? '' : 's'}`}
                onClick={() => show({ title, detail: KIND_STYLES[kind].label, refs: kinds[kind] })}
              />
            ) : null,
          )}
        </span>
      </span>
      {showNumbers && (
        <span className="kind-numbers">
          {KINDS.map((kind) => (
            <span key={kind} className="kind-number" style={kindVars(kind)} data-kind={kind} title={KIND_STYLES[kind].label}>
              <span className="kind-swatch" aria-hidden="true">
                {KIND_STYLES[kind].letter}
              </span>
              <ClaimCount refs={kinds[kind]} title={title} detail={KIND_STYLES[kind].label} label={`${kinds[kind].length} ${KIND_STYLES[kind].label.toLowerCase()}s: show them`} />
            </span>
          ))}
        </span>
      )}
    </span>
  )
}

export const refsOf = (kinds: KindRefs) => KINDS.flatMap((k) => kinds[k])
