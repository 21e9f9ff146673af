// An audit's details as lines of text, one per row: the elements, resources, timings or checks it names.
import type { Audit, Result } from 'lighthouse/types/lh.js'

type Details = NonNullable<Result['audits'][string]['details']>
type Table = Extract<Details, { type: 'table' | 'opportunity' }>
type Cell = Table['items'][number][string]
type ListedDetail = Exclude<Extract<Details, { type: 'list' }>['items'][number], { type: 'list-section' }>

function describeNode(node: Audit.Details.NodeValue): string {
  const element = node.selector ?? node.snippet ?? node.nodeLabel ?? 'unnamed element'
  const explanation = node.explanation?.replace(/\s+/g, ' ').trim()
  return explanation ? `${element} — ${explanation}` : element
}

function describeNumber(value: number, valueType: Audit.Details.ItemValueType): string {
  if (valueType === 'ms' || valueType === 'timespanMs') return `${Math.round(value)} ms`
  if (valueType === 'bytes') return `${(value / 1024).toFixed(1)} KiB`
  return String(value)
}

function describeCell(cell: Cell, valueType: Audit.Details.ItemValueType): string | undefined {
  if (cell === undefined) return undefined
  if (typeof cell === 'number') return describeNumber(cell, valueType)
  if (typeof cell !== 'object') return String(cell)
  switch (cell.type) {
    case 'node':
      return describeNode(cell)
    case 'source-location':
      return cell.line || cell.column ? `${cell.url}:${cell.line + 1}:${cell.column + 1}` : cell.url
    case 'link':
      return cell.url
    case 'url':
    case 'text':
    case 'code':
    case 'numeric':
      return String(cell.value)
    default:
      return undefined
  }
}

function tableRows(table: Table): string[] {
  return table.items
    .map((item) =>
      table.headings
        .map((heading) => (heading.key === null ? undefined : describeCell(item[heading.key], heading.valueType)))
        .filter((text) => text !== undefined && text !== '')
        .join(' — '),
    )
    .filter((row) => row !== '')
}

export function detailRows(details: Details | ListedDetail): string[] {
  switch (details.type) {
    case 'table':
    case 'opportunity':
      return tableRows(details)
    case 'checklist':
      return Object.values(details.items)
        .filter((check) => !check.value)
        .map((check) => check.label)
    case 'list':
      return details.items.flatMap((item) => detailRows(item.type === 'list-section' ? item.value : item))
    case 'node':
      return [describeNode(details)]
    default:
      return []
  }
}
