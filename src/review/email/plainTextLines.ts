// Text from people (titles, names, comments) inside a plain-text email whose own lines carry
// the links: nothing they type may pass for one of those lines. Mail clients break lines at
// more than CR and LF: at a vertical tab, a form feed, NEL and Unicode's line and paragraph
// separators too.

const LINE_BREAKS = /\r\n|[\n\r\v\f\u0085\u2028\u2029]/g

/** A title or a person's name on one line. */
export const oneLine = (text: string): string => text.replace(LINE_BREAKS, ' ').replace(/\s+/g, ' ').trim()

/** A reviewer's comment, each of its lines marked as theirs. */
export const quoted = (comment: string): string =>
  comment
    .trim()
    .split(LINE_BREAKS)
    .map((line) => `> ${line}`)
    .join('\n')
