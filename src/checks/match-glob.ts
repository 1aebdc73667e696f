/**
 * Matches a whole string against a glob: `*` is any run of characters, `?` is one character,
 * everything else is literal. Case-sensitive, as stack and parameter names are.
 */
export function matchGlob(pattern: string, value: string): boolean {
  return compileGlob(pattern).test(value);
}

function compileGlob(pattern: string): RegExp {
  const source = Array.from(pattern, (char) => {
    if (char === '*') return '.*';
    if (char === '?') return '.';
    return char.replace(/[.+^${}()|[\]\\]/gu, '\\$&');
  }).join('');

  return new RegExp(`^${source}$`, 'su');
}
