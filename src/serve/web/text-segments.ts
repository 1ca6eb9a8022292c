// Cutting an item's text into runs for display: each run knows which entity is named there (if
// any) and whether it lies in a highlighted evidence sentence. Pure, so it is tested in Node.

export interface Range {
  start: number;
  end: number;
}

export interface Segment {
  text: string;
  /** The entity named by this run. */
  entity?: string;
  /** Inside an evidence sentence of the entity the page is about. */
  evidence: boolean;
}

export function textSegments(text: string, mentions: readonly (Range & { entity: string })[], evidence: readonly Range[]): Segment[] {
  const cuts = new Set<number>([0, text.length]);
  for (const r of [...mentions, ...evidence]) {
    cuts.add(Math.max(0, Math.min(text.length, r.start)));
    cuts.add(Math.max(0, Math.min(text.length, r.end)));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (const [i, start] of points.entries()) {
    const end = points[i + 1];
    if (end === undefined) break;
    if (start === end) continue;
    const mention = mentions.find((m) => m.start <= start && end <= m.end);
    const inEvidence = evidence.some((e) => e.start <= start && end <= e.end);
    const previous = segments[segments.length - 1];
    const piece = text.slice(start, end);
    if (previous && previous.entity === mention?.entity && previous.evidence === inEvidence && mention === undefined) previous.text += piece;
    else segments.push({ text: piece, ...(mention ? { entity: mention.entity } : {}), evidence: inEvidence });
  }
  return segments;
}
