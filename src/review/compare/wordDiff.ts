// A word-level diff of two texts, for showing a reviewer what an edit changed inline.
export type TextPart = { change: 'same' | 'added' | 'removed'; text: string }

/** Longer middles than this (old words × new words) are shown as replaced whole. */
const MAX_TABLE_CELLS = 4_000_000

/** Words with the spaces after them: a lone space never counts as common ground between two edits. */
const tokens = (text: string) => text.match(/^\s+|\S+\s*/g) ?? []

function pushPart(parts: TextPart[], change: TextPart['change'], text: string) {
  const last = parts.at(-1)
  if (last?.change === change) last.text += text
  else if (text) parts.push({ change, text })
}

/** The longest common subsequence of two token lists, walked into parts. */
function diffMiddle(before: string[], after: string[], parts: TextPart[]) {
  const rows = before.length
  const cols = after.length
  if (rows * cols > MAX_TABLE_CELLS) {
    pushPart(parts, 'removed', before.join(''))
    pushPart(parts, 'added', after.join(''))
    return
  }
  const width = cols + 1
  const common = new Uint32Array((rows + 1) * width)
  for (let i = rows - 1; i >= 0; i--) {
    for (let j = cols - 1; j >= 0; j--) {
      common[i * width + j] =
        before[i] === after[j]
          ? common[(i + 1) * width + j + 1] + 1
          : Math.max(common[(i + 1) * width + j], common[i * width + j + 1])
    }
  }
  let i = 0
  let j = 0
  while (i < rows && j < cols) {
    if (before[i] === after[j]) {
      pushPart(parts, 'same', before[i])
      i++
      j++
    } else if (common[(i + 1) * width + j] >= common[i * width + j + 1]) {
      pushPart(parts, 'removed', before[i++])
    } else {
      pushPart(parts, 'added', after[j++])
    }
  }
  pushPart(parts, 'removed', before.slice(i).join(''))
  pushPart(parts, 'added', after.slice(j).join(''))
}

export function wordDiff(before: string, after: string): TextPart[] {
  const old = tokens(before)
  const next = tokens(after)
  let start = 0
  while (start < old.length && start < next.length && old[start] === next[start]) start++
  let end = 0
  while (
    end < old.length - start &&
    end < next.length - start &&
    old[old.length - 1 - end] === next[next.length - 1 - end]
  )
    end++
  const parts: TextPart[] = []
  pushPart(parts, 'same', old.slice(0, start).join(''))
  diffMiddle(old.slice(start, old.length - end), next.slice(start, next.length - end), parts)
  pushPart(parts, 'same', old.slice(old.length - end).join(''))
  return parts
}
