/** Where a pass placed each block, and the page breaks the next pass should make from it. */

/**
 * What an earlier pass over the same handout learned: the blocks to start on a new page (a
 * heading that was left at the foot of a page without what follows it), and how much of the
 * usual white space to keep (less when the last page would hold only a few lines).
 */
export interface LayoutPlan {
  breakBefore: ReadonlySet<number>;
  squeeze: number;
  /** Whether a section was already moved to balance the last two pages (done once only). */
  balanced?: boolean;
}

export const FIRST_PASS: LayoutPlan = { breakBefore: new Set(), squeeze: 1 };

/** Where each block started: the page, and whether it must stay with the block after it. */
export interface PlacedBlock {
  sticky: boolean;
  page: number;
  /** How far down its page it started, 0 to 1. */
  at: number;
  /** A section heading: where a page may be broken to balance the last two pages. */
  section: boolean;
}

/**
 * The section heading to start on a new page so a last page holding only a few lines takes
 * the whole section before them: the last one on the page before, from low enough on it that
 * the page keeps a fair share of its content. Null when there is none.
 */
export function balancingBreak(blocks: readonly PlacedBlock[], lastPage: number): number | null {
  for (let i = blocks.length - 1; i >= 0; i--) {
    const b = blocks[i];
    if (!b || b.page < lastPage - 1) break;
    // From a third of the way down to three quarters: both pages keep a fair share.
    if (b.page === lastPage - 1 && b.section && b.at >= 0.33 && b.at <= 0.75) return i;
  }
  return null;
}

/**
 * The blocks to start on a new page next pass: each sticky block (heading, item name, label)
 * whose next block went to a later page, or the first of a run of sticky blocks on its page.
 */
export function strandedBlocks(blocks: readonly PlacedBlock[]): number[] {
  const out = new Set<number>();
  for (let i = 0; i + 1 < blocks.length; i++) {
    const here = blocks[i];
    const next = blocks[i + 1];
    if (!here?.sticky || !next || next.page <= here.page) continue;
    let j = i;
    while (j > 0 && blocks[j - 1]?.sticky && blocks[j - 1]?.page === here.page) j--;
    out.add(j);
  }
  return [...out];
}
