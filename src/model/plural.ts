/** "1 stack", "2 stacks": a count with its noun; `many` for nouns that do not just add an s. */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}
