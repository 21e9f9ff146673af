import { LivePreviewRefresh } from './LivePreviewRefresh.client'

/** Shown above a page rendered from its draft; also refreshes it when the editor saves. */
export function DraftPreviewBanner({ path }: { path: string }) {
  return (
    <aside className="draft-banner" aria-label="Draft preview">
      <p>
        <strong>Draft preview</strong> — readers do not see this version yet.{' '}
        <a href={`/preview/exit?path=${encodeURIComponent(path)}`}>Exit preview</a>
      </p>
      <LivePreviewRefresh />
    </aside>
  )
}
