// Moving the highlighted option of a list with the arrow keys, wrapping at both ends: down
// from the last (or from none) goes to the first, up from the first (or from none) to the last.

export type ArrowKey = 'ArrowDown' | 'ArrowUp'

export const isArrowKey = (key: string): key is ArrowKey => key === 'ArrowDown' || key === 'ArrowUp'

/** The index to highlight after `key`, given the current one (-1 for none); -1 when the list is empty. */
export function nextActiveIndex(current: number, count: number, key: ArrowKey): number {
  if (count <= 0) return -1
  const highlighted = current >= 0 && current < count
  if (key === 'ArrowDown') return highlighted ? (current + 1) % count : 0
  return highlighted ? (current - 1 + count) % count : count - 1
}
