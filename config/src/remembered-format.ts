/**
 * A date formatter that remembers its answers. Pages show the same dates again and again (a
 * member's due date, the creation dates of their fiches), and ICU formatting costs more than
 * the rest of such a line; the map is emptied when it grows past `limit`, so it stays small.
 */
export function rememberedFormat(format: (value: string) => string, limit = 5_000): (value: string) => string {
  const known = new Map<string, string>();
  return (value) => {
    let text = known.get(value);
    if (text === undefined) {
      if (known.size >= limit) known.clear();
      text = format(value);
      known.set(value, text);
    }
    return text;
  };
}
