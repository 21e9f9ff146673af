/** "1 concept", "1,234 concepts": a count as readers and staff see it, on the site and in emails. */
export function counted(count: number, one: string, many = `${one}s`): string {
  return `${count.toLocaleString('en')} ${count === 1 ? one : many}`
}
