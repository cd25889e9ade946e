// A country's adjective that says where a person's forebears came from: "of Chinese and Laotian
// descent", "a man of Russian ancestry". It names no state, government or event, so it is no
// mention of the country (the corpus's rules count such adjectives only for the state).

/** After the adjective, other adjectives joined on, then the word for forebears. */
const DESCENT = /^(?:,?\s+(?:and|or)\s+\p{Lu}[\p{L}-]*|,\s+\p{Lu}[\p{L}-]*)*[\s-]+(?:descent|ancestry|extraction)(?![\p{L}])/u;

/** Whether the match ending at `end` of `text` is followed by the word for descent. */
export function ofDescent(text: string, end: number): boolean {
  return DESCENT.test(text.slice(end, end + 80));
}
