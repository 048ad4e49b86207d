package io.github.entraide.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The dense Jonker–Volgenant solver alone, on small random matrices (refused cells, cells whose
 * filters have not run yet, many ties), against trying every assignment.
 */
class DenseAssignmentTest {

    @Test
    void servesTheMostRowsThenAtTheLeastCostAsTryingEveryAssignmentFinds() {
        Random rnd = new Random(15);
        for (int instance = 0; instance < 1500; instance++) {
            int rows = 1 + rnd.nextInt(7);
            int cols = 1 + rnd.nextInt(instance % 2 == 0 ? 7 : rows); // half with fewer columns than rows
            int[] cost = new int[rows * cols];
            boolean[] refusedByFilter = new boolean[rows * cols];
            int distinct = 1 + rnd.nextInt(instance % 3 == 0 ? 3 : 50); // few distinct costs: ties
            for (int k = 0; k < cost.length; k++) {
                int roll = rnd.nextInt(10);
                int c = rnd.nextInt(distinct) * 100;
                if (roll == 0) {
                    cost[k] = DenseAssignment.REFUSED;
                } else if (roll <= 3) {
                    cost[k] = -1 - c; // the filters run when the solver looks at the cell
                    refusedByFilter[k] = rnd.nextInt(3) == 0;
                } else {
                    cost[k] = c;
                }
            }
            int[] plain = new int[cost.length]; // the matrix once every filter has run
            for (int k = 0; k < cost.length; k++) {
                plain[k] = cost[k] >= 0 ? cost[k] : refusedByFilter[k] ? DenseAssignment.REFUSED : -1 - cost[k];
            }
            long[] best = {0, 0};
            search(plain, rows, cols, 0, 0, 0, new boolean[cols], best);
            long unserved = 1 + (long) rows * 100 * distinct;
            int[] looked = {0};
            DenseAssignment lap = new DenseAssignment(rows, cols, cost.clone(), unserved, (i, j) -> {
                looked[0]++;
                return !refusedByFilter[i * cols + j];
            });

            lap.solve(instance % 3 == 0 ? 0 : 2); // a third by the augmenting paths alone

            long served = 0;
            long total = 0;
            boolean[] taken = new boolean[cols];
            for (int i = 0; i < rows; i++) {
                int j = lap.rowCol[i];
                if (j >= 0) {
                    assertThat(plain[i * cols + j]).as("instance %d: row %d takes a possible cell", instance, i)
                            .isNotEqualTo(DenseAssignment.REFUSED);
                    assertThat(taken[j]).as("instance %d: column %d taken once", instance, j).isFalse();
                    taken[j] = true;
                    served++;
                    total += plain[i * cols + j];
                } else {
                    assertThat(j).isEqualTo(DenseAssignment.UNSERVED);
                }
            }
            assertThat(new long[] {served, total}).as("instance %d", instance).containsExactly(best);
        }
    }

    private static void search(int[] cost, int rows, int cols, int i, long served, long total, boolean[] taken,
            long[] best) {
        if (i == rows) {
            if (served > best[0] || (served == best[0] && total < best[1])) {
                best[0] = served;
                best[1] = total;
            }
            return;
        }
        search(cost, rows, cols, i + 1, served, total, taken, best);
        for (int j = 0; j < cols; j++) {
            int c = cost[i * cols + j];
            if (!taken[j] && c != DenseAssignment.REFUSED) {
                taken[j] = true;
                search(cost, rows, cols, i + 1, served + 1, total + c, taken, best);
                taken[j] = false;
            }
        }
    }
}
