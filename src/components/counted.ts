/** "1 concept", "1,234 concepts": a count as readers see it everywhere on the site. */
export function counted(count: number, one: string, many = `${one}s`): string {
  return `${count.toLocaleString('en')} ${count === 1 ? one : many}`
}
