/** A LIKE pattern matching `text` literally anywhere (`%` and `_` in user input match themselves). Use with ESCAPE '\'. */
export function containsPattern(text: string): string {
  return `%${text.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
