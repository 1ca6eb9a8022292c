// Node radii for the exports that draw nodes (GEXF viz, Cytoscape, the HTML viewer).

/** Node radii between `min` and `max`, growing with the square root of importance. */
export function nodeSizes(scores: Map<string, number>, min = 4, max = 16): Map<string, number> {
  // A loop, not Math.min(...values): spreading a big graph's scores overflows the call stack.
  let low = Infinity;
  let high = -Infinity;
  for (const score of scores.values()) {
    low = Math.min(low, Math.sqrt(score));
    high = Math.max(high, Math.sqrt(score));
  }
  const sizes = new Map<string, number>();
  for (const [key, score] of scores) {
    const share = high > low ? (Math.sqrt(score) - low) / (high - low) : 0.5;
    sizes.set(key, Math.round((min + share * (max - min)) * 100) / 100);
  }
  return sizes;
}
