// The Groundwork mark drawn inline: one path in the current colour, its strata cut out so the
// background shows through them in either theme. `.brand-mark` (styles/brand.css) sets the colour.
import { MARK_GRID, MARK_PATH } from './markShape'

type BrandMarkProps = {
  /** Width and height in pixels. */
  size?: number
  className?: string
}

/** Decorative: the text beside it (the wordmark's name, a link's label) says what it stands for. */
export function BrandMark({ size = 28, className }: BrandMarkProps) {
  return (
    <svg
      className={className ? `brand-mark ${className}` : 'brand-mark'}
      width={size}
      height={size}
      viewBox={`0 0 ${MARK_GRID} ${MARK_GRID}`}
      aria-hidden="true"
      focusable="false"
    >
      <path fill="currentColor" fillRule="evenodd" d={MARK_PATH} />
    </svg>
  )
}
