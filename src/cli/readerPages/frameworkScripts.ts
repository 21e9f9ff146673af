// Next puts its client runtime into every page it renders: script tags for its chunks (and a
// preload of one), Turbopack's chunk registration, and the page's React Server Components
// payload as inline scripts (`self.__next_f.push`), from which React hydrates the whole
// document. Reader pages have no client components (their few interactive parts are plain
// scripts, src/enhancements), so all of it is work for nothing: most of a page's bytes, and
// on a mid-range phone most of a second of a busy main thread before the page answers a tap.

const FRAMEWORK_MARKUP = new RegExp(
  [
    // <script src="/_next/static/chunks/….js" async=""></script>, and the noModule polyfills
    String.raw`<script\b[^>]*\bsrc="/_next/[^"]*"[^>]*></script>`,
    // <link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/….js"/>
    String.raw`<link\b[^>]*\bas="script"[^>]*\bhref="/_next/[^"]*"[^>]*>`,
    // the payload and the chunk registration; React escapes "</script" inside both
    String.raw`<script\b[^>]*>(?:\(?self\.__next_f|\(globalThis\["TURBOPACK"\])[\s\S]*?</script>`,
  ].join('|'),
  'g',
)

/**
 * When a page turns out not to exist (or fails) after Next began it, Next sends an empty error
 * document and React draws the not-found or error page into it from the payload: that document
 * needs its runtime.
 */
const ERROR_DOCUMENT = '<html id="__next_error__"'

/** The page without Next's client runtime; every other script (JSON-LD, ours, React's inline ones) stays. */
export const withoutFrameworkScripts = (html: string): string =>
  html.includes(ERROR_DOCUMENT) ? html : html.replace(FRAMEWORK_MARKUP, '')
