// "Did you mean": the closest of some names to a near-miss, by edit distance.
import leven from 'leven';

/** The candidate within a typo or two of `word` (one for short words, any case), or undefined. */
export function closest(word: string, candidates: readonly string[]): string | undefined {
  const lower = word.toLowerCase();
  // Huge or empty input is no typo of a short name; also keeps leven's work bounded.
  if (lower.length === 0 || lower.length > 40) return undefined;
  const limit = lower.length <= 3 ? 1 : 2;
  let best: { name: string; distance: number } | undefined;
  for (const name of candidates) {
    const distance = leven(lower, name.toLowerCase());
    if (distance <= limit && word !== name && (!best || distance < best.distance)) best = { name, distance };
  }
  return best?.name;
}
