import { LivePreviewRefresh } from './LivePreviewRefresh.client'
import { exitPreviewPath } from '@/routes'

/** Shown above a page rendered from its draft; also refreshes it when the editor saves. */
export function DraftPreviewBanner({ path }: { path: string }) {
  return (
    <aside className="draft-banner" aria-label="Draft preview">
      <p>
        <strong>Draft preview</strong> — readers do not see this version yet.{' '}
        <a href={exitPreviewPath(path)}>Exit preview</a>
      </p>
      <LivePreviewRefresh />
    </aside>
  )
}
