/**
 * What an aggregate report may show so that no one's answers can be read from it: the
 * suppression rules of DESIGN.md, with no I/O, so the server applies them before anything
 * leaves and the browser never receives a hidden figure.
 *
 * A report is made of breakdowns. A breakdown is one measure in one period: a total (the
 * organisation, or the teams a filter selected) and its cells, disjoint groups of the total's
 * respondents (one per team). Measures and periods each have their own respondents, so each
 * gets its own breakdown.
 *
 * 1. A cell with fewer than k respondents is hidden (`fewer-than-k`). So is a total.
 * 2. Complementary suppression: a hidden cell could be worked out as the total minus the shown
 *    cells when nothing else is unknown. So when exactly one hidden cell has respondents and
 *    every respondent is in a cell, the smallest shown cell is hidden too (`complementary`).
 *    Respondents in the total but in no cell (the remainder, which is not published) keep a
 *    hidden cell unknown; hidden cells with no respondents do not, since they hide nothing.
 * 3. Differencing: a breakdown whose remainder has 1 to k − 1 respondents is refused, and so is
 *    a filter whose selection leaves 1 to k − 1 of its parent's respondents out
 *    (`checkSelection`): parent minus selection would be a group of fewer than k.
 * 4. Trends apply the same rules to each period (`suppressTrend`).
 * 5. A selection of a breakdown's cells (a team filter, `suppressSelection`) is shown as its own
 *    breakdown only when it leaves out none or at least k of the parent's respondents, and takes
 *    none of the cells the parent hides, or all of them when their sum is already known (every
 *    respondent is in a cell); those it takes stay hidden in it. Else the selection's total,
 *    less its shown cells, would isolate some of the hidden people.
 */

/** The smallest k an organisation may choose: no figure ever stands for fewer than 5 people. */
export const MINIMUM_K = 5;

/** `k` when it is a whole number of at least `MINIMUM_K`; throws otherwise. */
export function reportThreshold(k: number): number {
  if (!Number.isInteger(k) || k < MINIMUM_K)
    throw new RangeError(`The report threshold must be a whole number of at least ${MINIMUM_K}`);
  return k;
}

/** The respondents behind one figure, and the figure (a mean, a distribution, a share). */
export interface Cell<V> {
  key: string;
  respondents: number;
  value: V;
}

/** One measure in one period: a total and disjoint groups of its respondents. */
export interface Breakdown<V> {
  total: Cell<V>;
  cells: readonly Cell<V>[];
}

export type HiddenReason = "fewer-than-k" | "complementary";

export interface ShownCell<V> {
  key: string;
  status: "shown";
  respondents: number;
  value: V;
}

/** A hidden cell: its key and why, never its respondents or its figure. */
export interface HiddenCell {
  key: string;
  status: "hidden";
  reason: HiddenReason;
}

export type PublishedCell<V> = ShownCell<V> | HiddenCell;

/**
 * Why a breakdown is not shown at all: the respondents outside its cells, or outside a selection,
 * would be a group of fewer than k (`small-remainder`); or a selection would separate some of
 * the cells its parent hides from the others (`splits-hidden`).
 */
export type RefusalReason = "small-remainder" | "splits-hidden";

export type SuppressedBreakdown<V> =
  | { status: "published"; total: PublishedCell<V>; cells: PublishedCell<V>[] }
  | { status: "refused"; reason: RefusalReason };

function assertCount(n: number, what: string): void {
  if (!Number.isInteger(n) || n < 0)
    throw new RangeError(`${what} must be a whole number of respondents, not ${n}`);
}

function show<V>(cell: Cell<V>): ShownCell<V> {
  return { key: cell.key, status: "shown", respondents: cell.respondents, value: cell.value };
}

function hide(key: string, reason: HiddenReason): HiddenCell {
  return { key, status: "hidden", reason };
}

/** Smallest first; equal sizes in key order, so the same data always hides the same cell. */
function bySize(a: Cell<unknown>, b: Cell<unknown>): number {
  return a.respondents - b.respondents || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
}

/** Whether leaving `left` of a group's respondents out exposes fewer than k people. */
function smallRemainder(left: number, k: number): boolean {
  return left > 0 && left < k;
}

/**
 * Applies rules 1–3 to a breakdown. Throws when the cells are not disjoint parts of the total.
 * `carried`: cells hidden elsewhere (in the parent of a selection) that must stay hidden here.
 */
export function suppressBreakdown<V>(
  breakdown: Breakdown<V>,
  k: number,
  carried: ReadonlySet<string> = new Set(),
): SuppressedBreakdown<V> {
  reportThreshold(k);
  const { total, cells } = breakdown;
  assertCount(total.respondents, `The total "${total.key}"`);
  const keys = new Set<string>();
  let inCells = 0;
  for (const cell of cells) {
    assertCount(cell.respondents, `Cell "${cell.key}"`);
    if (keys.has(cell.key)) throw new RangeError(`Cell "${cell.key}" appears twice`);
    keys.add(cell.key);
    inCells += cell.respondents;
  }
  const remainder = total.respondents - inCells;
  if (remainder < 0)
    throw new RangeError(`The cells of "${total.key}" have more respondents than its total`);
  if (smallRemainder(remainder, k)) return { status: "refused", reason: "small-remainder" };

  if (total.respondents < k)
    return {
      status: "published",
      total: hide(total.key, "fewer-than-k"),
      // Every cell is part of the total, so every cell is below k too.
      cells: cells.map((c) => hide(c.key, "fewer-than-k")),
    };

  const hidden = new Map<string, HiddenReason>();
  for (const cell of cells)
    if (cell.respondents < k) hidden.set(cell.key, "fewer-than-k");
    else if (carried.has(cell.key)) hidden.set(cell.key, "complementary");
  const hiddenPeople = cells.filter((c) => hidden.has(c.key) && c.respondents > 0).length;
  // A remainder of k or more may be worked out (it is not small), but it keeps a hidden cell unknown.
  if (hiddenPeople === 1 && remainder === 0) {
    const [next] = cells.filter((c) => !hidden.has(c.key)).sort(bySize);
    // One unknown group and no shown cell would make the total that group, below k: hidden above.
    if (!next) throw new Error("unreachable: a shown total with one hidden group has a shown cell");
    hidden.set(next.key, "complementary");
  }
  return {
    status: "published",
    total: show(total),
    cells: cells.map((c) => {
      const reason = hidden.get(c.key);
      return reason ? hide(c.key, reason) : show(c);
    }),
  };
}

/**
 * Rule 1 for a figure of the whole organisation that has no breakdown and no filter (such as the
 * number of peer groups that met): shown from k respondents, otherwise hidden. With nothing to
 * subtract it from, rules 2, 3 and 5 have nothing to guard.
 */
export function suppressTotal<V>(total: Cell<V>, k: number): PublishedCell<V> {
  reportThreshold(k);
  assertCount(total.respondents, `The total "${total.key}"`);
  return total.respondents < k ? hide(total.key, "fewer-than-k") : show(total);
}

export interface Period<B> {
  period: string;
  breakdown: B;
}

/** Rule 4: the rules applied to each period of a trend on its own. */
export function suppressTrend<V>(
  periods: readonly Period<Breakdown<V>>[],
  k: number,
): Period<SuppressedBreakdown<V>>[] {
  return periods.map(({ period, breakdown }) => ({
    period,
    breakdown: suppressBreakdown(breakdown, k),
  }));
}

export type SelectionCheck = { ok: true } | { ok: false; reason: RefusalReason };

/**
 * The differencing guard for a filter: a selection (teams, a role) of a parent's respondents is
 * refused when the respondents it leaves out are 1 to k − 1, since the parent's figures minus
 * the selection's would describe them. Check every measure and period the filtered report shows.
 */
export function checkSelection(
  respondents: { parent: number; selected: number },
  k: number,
): SelectionCheck {
  reportThreshold(k);
  assertCount(respondents.parent, "The parent");
  assertCount(respondents.selected, "The selection");
  const left = respondents.parent - respondents.selected;
  if (left < 0) throw new RangeError("A selection cannot have more respondents than its parent");
  return smallRemainder(left, k) ? { ok: false, reason: "small-remainder" } : { ok: true };
}

/**
 * Rule 5: a selection of a breakdown's cells, as a breakdown of its own whose total is the
 * selected cells' respondents (`totalKey` names it). Refused when it leaves 1 to k − 1 of the
 * parent's respondents out, or when it takes some but not all of the cells (with respondents)
 * that the parent's breakdown hides; the hidden cells it takes stay hidden in it.
 */
export function suppressSelection<V>(
  parent: Breakdown<V>,
  selection: ReadonlySet<string>,
  total: (cells: readonly Cell<V>[]) => Cell<V>,
  k: number,
): SuppressedBreakdown<V> {
  const whole = suppressBreakdown(parent, k);
  if (whole.status === "refused") return whole;
  const selected = parent.cells.filter((c) => selection.has(c.key));
  const check = checkSelection(
    {
      parent: parent.total.respondents,
      selected: selected.reduce((n, c) => n + c.respondents, 0),
    },
    k,
  );
  if (!check.ok) return { status: "refused", reason: check.reason };
  const people = new Map(parent.cells.map((c) => [c.key, c.respondents]));
  const hiddenWithPeople = whole.cells
    .filter((c) => c.status === "hidden" && (people.get(c.key) ?? 0) > 0)
    .map((c) => c.key);
  const taken = hiddenWithPeople.filter((key) => selection.has(key));
  // Taking every hidden cell reveals only their sum, which the parent's total less its shown
  // cells already gives, when every respondent is in a cell. Anything else reveals more.
  const inCells = parent.cells.reduce((n, c) => n + c.respondents, 0);
  const sumKnown = inCells === parent.total.respondents;
  if (taken.length > 0 && (taken.length < hiddenWithPeople.length || !sumKnown))
    return { status: "refused", reason: "splits-hidden" };
  return suppressBreakdown({ total: total(selected), cells: selected }, k, new Set(taken));
}
