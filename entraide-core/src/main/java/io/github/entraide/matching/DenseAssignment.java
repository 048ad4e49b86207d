package io.github.entraide.matching;

import java.util.Arrays;

/**
 * The Jonker–Volgenant linear assignment method (LAPJV, 1987) for one dense component of a batch:
 * every request (row) is given one place (column) of an offer, or goes unserved through its own
 * private "unserved" column of cost {@code unserved}, larger than any total of pair costs, so that
 * the result serves as many requests as possible, then at the least total cost.
 *
 * <p>Costs are a dense row-major {@code int} matrix ({@link #REFUSED} where the pair is
 * impossible), one column per place: an offer with {@code k} free places is {@code k} columns, its
 * {@code u}-th costing the pair's distance plus the fairness penalty of its {@code u}-th place.
 * As penalties do not decrease with {@code u}, the cheapest use of {@code n} places of an offer is
 * its first {@code n}, so this capacity-expanded assignment has the optimum of the min-cost flow.
 *
 * <p>Two phases, on column prices {@code v} only (a row's price is implicit: the least
 * {@code cost - v} over its columns, reached by the column it holds):
 * <ol>
 *   <li>augmenting row reduction: a free row takes the column of its smallest {@code cost - v},
 *       lowering that column's price to its second smallest value (an auction step), the row it
 *       displaces trying again at once; a bounded number of steps;</li>
 *   <li>shortest augmenting paths: for each row left, a Dijkstra over the columns on dense arrays
 *       (no heap: an {@code O(M)} scan per step finds the nearest column and relaxes from its
 *       row), ending at a free column or at a row of the tree going unserved; the prices of the
 *       scanned columns then move by their distance, which keeps every reduced cost non-negative
 *       and every held column a row's cheapest.</li>
 * </ol>
 * {@code O(R² M)} time in the worst case for {@code R} rows and {@code M} columns, {@code O(R M)}
 * memory; in practice the row reduction places most rows and each search stops early.
 *
 * <p>Not thread-safe: one instance solves one component once.
 */
final class DenseAssignment {
    /** The cost of an impossible pair. */
    static final int REFUSED = Integer.MAX_VALUE;
    /** A row that goes unserved. */
    static final int UNSERVED = -2;
    private static final long INFINITE = Long.MAX_VALUE / 4;
    /** The fewest requests of a dense component (a lone request is as quick either way). */
    static final int MIN_ROWS = 2;
    /** The largest capacity-expanded matrix solved densely: 2^25 cells, 128 MiB of {@code int}. */
    static final long MAX_CELLS = 1L << 25;

    private final int rows;
    private final int cols;
    private final int[] cost;
    private final CellCheck check;
    private final long unserved;
    /** Per row: its column, -1 while free, or {@link #UNSERVED}. */
    final int[] rowCol;
    private final int[] colRow;
    private final long[] v;
    private final long[] d;
    private final int[] pred;
    private final int[] order;

    /**
     * @param rows the rows (requests)
     * @param cols the columns (places)
     * @param cost row-major costs, {@link #REFUSED} for impossible pairs, {@code -1 - cost} for pairs
     *     whose filters have not run yet (they run when the pair could improve a search)
     * @param unserved the cost of leaving a row unserved: more than any total of feasible costs
     * @param check runs a pair's filters
     */
    DenseAssignment(int rows, int cols, int[] cost, long unserved, CellCheck check) {
        this.check = check;
        this.rows = rows;
        this.cols = cols;
        this.cost = cost;
        this.unserved = unserved;
        rowCol = new int[rows];
        Arrays.fill(rowCol, -1);
        colRow = new int[cols];
        Arrays.fill(colRow, -1);
        v = new long[cols];
        d = new long[cols];
        pred = new int[cols];
        order = new int[cols];
    }

    /** Whether a cell's pair is possible: runs its filters. */
    interface CellCheck {
        boolean allowed(int row, int col);
    }

    /** The fairness penalty of an offer's {@code unit}-th newly used place (1-based). */
    interface PlacePenalty {
        long of(int offer, int unit);
    }

    /**
     * Solves every dense connected component of a batch's candidate graph with this method, and
     * writes the result into the sparse solver's arrays. A component (requests and offers joined
     * by candidate pairs, before the filters run) is dense when its pairs are at least
     * {@code minDensity} of its requests × offers, it has at least {@link #MIN_ROWS} requests
     * and its capacity-expanded matrix fits in {@link #MAX_CELLS} cells.
     *
     * @param nr the requests
     * @param pairs the candidate pairs, by request
     * @param remaining per offer, its free places
     * @param penalty the fairness penalty of a place
     * @param maxPenalty the largest penalty of any place
     * @param minDensity the least share of a component's request × offer pairs that are candidates
     * @param assigned per request: set to its offer or {@link #UNSERVED} where solved here
     * @param assignedCost per request: set to its pair's cost where solved here
     * @param used per offer: set to the places used where solved here
     * @return how many requests were solved here
     */
    static int solveDenseComponents(int nr, BatchAssigner.Pairs pairs, int[] remaining, PlacePenalty penalty,
            long maxPenalty, double minDensity, int[] assigned, long[] assignedCost, int[] used) {
        int no = remaining.length;
        int[] rowStart = pairs.rowStart;
        int[] parent = new int[nr + no];
        for (int x = 0; x < parent.length; x++) {
            parent[x] = x;
        }
        for (int r = 0; r < nr; r++) {
            for (int e = rowStart[r]; e < rowStart[r + 1]; e++) {
                int a = find(parent, r);
                int b = find(parent, nr + pairs.offer[e]);
                if (a != b) {
                    parent[Math.max(a, b)] = Math.min(a, b); // a request's root is its first request
                }
            }
        }
        int[] rowsOf = new int[nr + no];
        int[] offersOf = new int[nr + no];
        long[] pairsOf = new long[nr + no];
        long[] placesOf = new long[nr + no];
        for (int r = 0; r < nr; r++) {
            int root = find(parent, r);
            rowsOf[root]++;
            pairsOf[root] += rowStart[r + 1] - rowStart[r];
        }
        for (int o = 0; o < no; o++) {
            int root = find(parent, nr + o);
            if (root < nr) { // the offer has a pair
                offersOf[root]++;
            }
        }
        for (int o = 0; o < no; o++) {
            int root = find(parent, nr + o);
            if (root < nr) {
                placesOf[root] += Math.min(remaining[o], rowsOf[root]);
            }
        }
        int solved = 0;
        for (int root = 0; root < nr; root++) {
            int rows = rowsOf[root];
            if (parent[root] != root || rows < MIN_ROWS || offersOf[root] == 0
                    || pairsOf[root] < minDensity * rows * offersOf[root]
                    || (long) rows * placesOf[root] > MAX_CELLS) {
                continue;
            }
            if (solveComponent(root, rows, (int) placesOf[root], nr, pairs, parent, remaining, penalty, maxPenalty,
                    assigned, assignedCost, used)) {
                solved += rows;
            }
        }
        return solved;
    }

    private static boolean solveComponent(int root, int rows, int places, int nr, BatchAssigner.Pairs pairs,
            int[] parent, int[] remaining, PlacePenalty penalty, long maxPenalty, int[] assigned, long[] assignedCost,
            int[] used) {
        int no = remaining.length;
        int[] rowStart = pairs.rowStart;
        int[] request = new int[rows];
        int count = 0;
        long unserved = 1;
        for (int r = root; r < nr && count < rows; r++) {
            if (find(parent, r) == root) {
                request[count++] = r;
                if (rowStart[r] < rowStart[r + 1]) { // pairs by cost: the last is the dearest
                    long dearest = pairs.cost[rowStart[r + 1] - 1] + maxPenalty;
                    if (dearest >= REFUSED) {
                        return false; // the costs do not fit the int matrix: left to the sparse solver
                    }
                    unserved += dearest;
                }
            }
        }
        if (unserved > INFINITE / 4 / (rows + 1)) {
            return false; // prices could overflow: left to the sparse solver
        }
        int[] firstCol = new int[no]; // per offer of the component: its first column
        int[] colOffer = new int[places];
        long[] colPenalty = new long[places];
        int col = 0;
        for (int o = 0; o < no; o++) {
            if (find(parent, nr + o) == root) {
                firstCol[o] = col;
                for (int u = 1, n = Math.min(remaining[o], rows); u <= n; u++) {
                    colOffer[col] = o;
                    colPenalty[col++] = penalty.of(o, u);
                }
            }
        }
        int offers = countOffers(colOffer, places);
        int[] colLocal = new int[places]; // per column: its offer's number within the component
        for (int j = 0, k = -1; j < places; j++) {
            if (j == 0 || colOffer[j] != colOffer[j - 1]) {
                k++;
            }
            colLocal[j] = k;
        }
        int[] cost = new int[rows * places];
        int[] edge = new int[rows * offers]; // per request and offer of the component: the pair
        Arrays.fill(cost, REFUSED);
        for (int i = 0; i < rows; i++) {
            int r = request[i];
            int base = i * places;
            for (int e = rowStart[r]; e < rowStart[r + 1]; e++) {
                boolean known = pairs.known(e);
                if (known && !pairs.allowed(r, e)) {
                    continue;
                }
                int o = pairs.offer[e];
                long c = pairs.cost[e];
                int j = firstCol[o];
                edge[i * offers + colLocal[j]] = e;
                for (int last = j + Math.min(remaining[o], rows); j < last; j++) {
                    int value = (int) (c + colPenalty[j]);
                    cost[base + j] = known ? value : -1 - value; // its filters run only if the solver looks
                }
            }
        }
        CellCheck check = (i, j) -> pairs.allowed(request[i], edge[i * offers + colLocal[j]]);
        DenseAssignment lap = new DenseAssignment(rows, places, cost, unserved, check);
        lap.solve();
        for (int i = 0; i < rows; i++) {
            int r = request[i];
            int j = lap.rowCol[i];
            if (j < 0) {
                assigned[r] = UNSERVED;
            } else {
                int o = colOffer[j];
                assigned[r] = o;
                assignedCost[r] = cost[i * places + j] - colPenalty[j];
                used[o]++;
            }
        }
        return true;
    }

    private static int countOffers(int[] colOffer, int places) {
        int count = 0;
        for (int j = 0; j < places; j++) {
            if (j == 0 || colOffer[j] != colOffer[j - 1]) {
                count++;
            }
        }
        return count;
    }

    private static int find(int[] parent, int x) {
        while (parent[x] != x) {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        return x;
    }

    /** Runs the filters of cell {@code at} (row {@code i}, column {@code j}) and stores its cost or {@link #REFUSED}. */
    private int checked(int at, int i, int j) {
        int c = check.allowed(i, j) ? -1 - cost[at] : REFUSED;
        cost[at] = c;
        return c;
    }

    /** Solves; {@link #rowCol} then holds each row's column or {@link #UNSERVED}. */
    void solve() {
        solve(2);
    }

    /**
     * Solves with the given number of row reduction passes (0: shortest augmenting paths alone, so
     * that tests reach them on small matrices).
     */
    void solve(int reductionPasses) {
        int[] free = new int[rows];
        for (int i = 0; i < rows; i++) {
            free[i] = i;
        }
        int count = rows;
        for (int pass = 0; pass < reductionPasses && count > 0; pass++) {
            count = reduceRows(free, count);
        }
        Arrays.sort(free, 0, count); // rows left in row order, for a deterministic result
        for (int k = 0; k < count; k++) {
            augment(free[k]);
        }
    }

    /**
     * Jonker–Volgenant's augmenting row reduction over the free rows {@code free[0 … count-1]}: a
     * row displaced by a strict improvement tries again at once, one displaced on a tie waits for
     * the next pass; a bounded number of steps.
     *
     * @return how many rows are free afterwards, listed first in {@code free}
     */
    private int reduceRows(int[] free, int count) {
        int left = 0; // rows for the next pass, written over the front of free (never ahead of k)
        long steps = 8L * count + 16;
        int k = 0;
        while (k < count) {
            int i = free[k++];
            if (steps-- <= 0) {
                free[left++] = i;
                continue;
            }
            long u1 = unserved; // the row's own "unserved" column (price 0) bounds both
            long u2 = unserved;
            int j1 = -1;
            int j2 = -1;
            int base = i * cols;
            for (int j = 0; j < cols; j++) {
                int c = cost[base + j];
                if (c == REFUSED) {
                    continue;
                }
                long h = (c >= 0 ? c : -1 - c) - v[j];
                if (h < u2) {
                    if (c < 0 && checked(base + j, i, j) == REFUSED) {
                        continue;
                    }
                    if (h < u1) {
                        u2 = u1;
                        j2 = j1;
                        u1 = h;
                        j1 = j;
                    } else {
                        u2 = h;
                        j2 = j;
                    }
                }
            }
            if (j1 < 0) {
                free[left++] = i; // its cheapest is to go unserved: left to the augmenting paths
                continue;
            }
            int displaced = colRow[j1];
            if (u1 < u2) {
                v[j1] -= u2 - u1;
            } else if (displaced >= 0) {
                if (j2 < 0) {
                    free[left++] = i;
                    continue;
                }
                j1 = j2; // a tie: take the other column, perhaps free
                displaced = colRow[j2];
            }
            rowCol[i] = j1;
            colRow[j1] = i;
            if (displaced >= 0) {
                rowCol[displaced] = -1;
                if (u1 < u2) {
                    free[--k] = displaced; // it tries again at once
                } else {
                    free[left++] = displaced;
                }
            }
        }
        return left;
    }

    /** Gives free row {@code f} a column along a shortest augmenting path (or leaves a row unserved). */
    private void augment(int f) {
        int base = f * cols;
        long min = INFINITE;
        int minPos = -1; // position in order of the nearest column not scanned yet, a free one on ties
        for (int j = 0; j < cols; j++) {
            order[j] = j;
            pred[j] = f;
            int c = cost[base + j];
            if (c < 0) {
                c = checked(base + j, f, j);
            }
            long dj = c == REFUSED ? INFINITE : c - v[j];
            d[j] = dj;
            if (dj < min || (dj == min && minPos >= 0 && colRow[j] < 0 && colRow[order[minPos]] >= 0)) {
                min = dj;
                minPos = j;
            }
        }
        long best = unserved; // f's own "unserved" column
        int endRow = f;
        int endCol = -1;
        int scanned = 0;
        while (min < best) { // min < INFINITE: minPos is set
            int j = order[minPos];
            order[minPos] = order[scanned]; // into the scanned prefix
            order[scanned++] = j;
            int i = colRow[j];
            if (i < 0) {
                endCol = j;
                best = min;
                break;
            }
            long mu = min;
            long ui = cost[i * cols + j] - v[j];
            if (mu + unserved - ui < best) { // i leaves j and goes unserved
                best = mu + unserved - ui;
                endRow = i;
            }
            int rowBase = i * cols;
            long shift = mu - ui;
            min = INFINITE;
            minPos = -1;
            for (int k = scanned; k < cols; k++) {
                int jj = order[k];
                int c = cost[rowBase + jj];
                long dj = d[jj];
                if (c != REFUSED) {
                    long nd = shift + (c >= 0 ? c : -1 - c) - v[jj];
                    if (nd < dj && (c >= 0 || checked(rowBase + jj, i, jj) != REFUSED)) {
                        d[jj] = nd;
                        pred[jj] = i;
                        dj = nd;
                    }
                }
                if (dj < min || (dj == min && minPos >= 0 && colRow[jj] < 0 && colRow[order[minPos]] >= 0)) {
                    min = dj;
                    minPos = k;
                }
            }
        }
        for (int k = 0; k < scanned; k++) {
            int j = order[k];
            v[j] += d[j] - best;
        }
        int j = endCol;
        if (j < 0) {
            if (endRow == f) {
                rowCol[f] = UNSERVED;
                return;
            }
            j = rowCol[endRow];
            rowCol[endRow] = UNSERVED;
        }
        while (true) {
            int i = pred[j];
            int previous = rowCol[i];
            rowCol[i] = j;
            colRow[j] = i;
            if (i == f) {
                return;
            }
            j = previous;
        }
    }
}
