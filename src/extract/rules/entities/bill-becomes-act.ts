// A Bill and the Act it became are one piece of legislation: "Crime and Courts Bill receives
// Royal Assent … come into force through the Crime and Courts Act". Within an item, a Bill
// joins the Act of the same title (with or without its year) when the item names no two Acts of
// that title in different years.

export const BILL_BECOMES_ACT = 'bill-becomes-act';

/** `crime and courts bill`, `crime and courts act 2013` → `crime and courts`; undefined for other keys. */
function titleOf(key: string): { title: string; bill: boolean; year?: string } | undefined {
  const m = /^(.+) (bill|act)(?: ((?:1[89]|20)\d\d))?$/.exec(key);
  if (!m) return undefined;
  return { title: m[1]!, bill: m[2] === 'bill', year: m[3] };
}

/**
 * Pairs `[bill, act]` of indices into `keys` (each entry the keys of one Act entity) where the
 * Bill is the Act: same title, the only year the item gives that title.
 */
export function billActPairs(keys: ReadonlySet<string>[]): [number, number][] {
  const byTitle = new Map<string, { bills: number[]; acts: number[]; years: Set<string> }>();
  keys.forEach((ks, i) => {
    for (const k of ks) {
      const t = titleOf(k);
      if (!t) continue;
      const e = byTitle.get(t.title) ?? { bills: [], acts: [], years: new Set<string>() };
      const list = t.bill ? e.bills : e.acts;
      if (!list.includes(i)) list.push(i);
      if (t.year) e.years.add(t.year);
      byTitle.set(t.title, e);
    }
  });
  const out: [number, number][] = [];
  for (const e of byTitle.values()) {
    if (e.bills.length !== 1 || e.acts.length === 0 || e.years.size > 1) continue;
    // the Act with its year, where the item gives one, is the fullest name
    const act = e.acts.find((a) => [...keys[a]!].some((k) => /\d{4}$/.test(k))) ?? e.acts[0]!;
    if (act !== e.bills[0]) out.push([e.bills[0]!, act]);
  }
  return out;
}
