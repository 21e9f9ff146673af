// Groundwork's name as the header shows it: the mark beside the word, which stays text so it is
// crisp at any size and is what a screen reader reads ("Groundwork").
import { BrandMark } from './BrandMark'

export function Wordmark() {
  return (
    <span className="wordmark">
      <BrandMark />
      <span className="wordmark-name">Groundwork</span>
    </span>
  )
}
