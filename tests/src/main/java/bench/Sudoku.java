package bench;

import java.util.ArrayList;
import java.util.List;

/**
 * A constraint solver: Sudoku as cells with candidate sets, peers, propagation of
 * assignments (eliminate a value from every peer; a unit with one place left for a
 * value assigns it) and depth-first search on the cell with fewest candidates.
 */
final class Sudoku {
    private Sudoku() {
    }

    static final class Cell {
        final int index;
        final List<Cell> peers = new ArrayList<>();
        final List<Unit> units = new ArrayList<>();

        Cell(int index) {
            this.index = index;
        }
    }

    static final class Unit {
        final Cell[] cells = new Cell[9];
    }

    static final class Board {
        final Cell[] cells = new Cell[81];
        final List<Unit> units = new ArrayList<>();

        Board() {
            for (int i = 0; i < 81; i++) {
                cells[i] = new Cell(i);
            }
            for (int u = 0; u < 27; u++) {
                Unit unit = new Unit();
                for (int k = 0; k < 9; k++) {
                    int r, c;
                    if (u < 9) { r = u; c = k; }
                    else if (u < 18) { r = k; c = u - 9; }
                    else { r = (u - 18) / 3 * 3 + k / 3; c = (u - 18) % 3 * 3 + k % 3; }
                    unit.cells[k] = cells[r * 9 + c];
                    cells[r * 9 + c].units.add(unit);
                }
                units.add(unit);
            }
            for (Cell cell : cells) {
                for (Unit unit : cell.units) {
                    for (Cell p : unit.cells) {
                        if (p != cell && !cell.peers.contains(p)) {
                            cell.peers.add(p);
                        }
                    }
                }
            }
        }
    }

    /** A search state: a candidate bit set (bits 1..9) per cell. */
    static final class State {
        final Board board;
        final int[] cand;
        int assigns;

        State(Board board) {
            this.board = board;
            cand = new int[81];
            java.util.Arrays.fill(cand, 0x3fe);
        }

        State(State s) {
            board = s.board;
            cand = s.cand.clone();
        }

        boolean assign(int cell, int d) {
            int others = cand[cell] & ~(1 << d);
            for (int v = 1; v <= 9; v++) {
                if ((others & 1 << v) != 0 && !eliminate(cell, v)) {
                    return false;
                }
            }
            assigns++;
            return true;
        }

        boolean eliminate(int cell, int d) {
            int bit = 1 << d;
            if ((cand[cell] & bit) == 0) {
                return true;
            }
            cand[cell] &= ~bit;
            int left = cand[cell];
            if (left == 0) {
                return false;
            }
            if (Integer.bitCount(left) == 1) {
                int d2 = Integer.numberOfTrailingZeros(left);
                for (Cell p : board.cells[cell].peers) {
                    if (!eliminate(p.index, d2)) {
                        return false;
                    }
                }
            }
            for (Unit u : board.cells[cell].units) {
                int place = -1, count = 0;
                for (Cell c : u.cells) {
                    if ((cand[c.index] & bit) != 0) {
                        count++;
                        place = c.index;
                    }
                }
                if (count == 0) {
                    return false;
                }
                if (count == 1 && Integer.bitCount(cand[place]) > 1 && !assign(place, d)) {
                    return false;
                }
            }
            return true;
        }
    }

    static State search(State s) {
        if (s == null) {
            return null;
        }
        int best = -1, bestCount = 10;
        for (int i = 0; i < 81; i++) {
            int n = Integer.bitCount(s.cand[i]);
            if (n > 1 && n < bestCount) {
                best = i;
                bestCount = n;
            }
        }
        if (best < 0) {
            return s;
        }
        for (int d = 1; d <= 9; d++) {
            if ((s.cand[best] & 1 << d) != 0) {
                State t = new State(s);
                State r = search(t.assign(best, d) ? t : null);
                if (r != null) {
                    return r;
                }
            }
        }
        return null;
    }

    static final String[] PUZZLES = {
        "4.....8.5.3..........7......2.....6.....8.4......1.......6.3.7.5..2.....1.4......",
        "52...6.........7.13...........4..8..6......5...........418.........3..2...87.....",
        "6.....8.3.4.7.................5.4.7.3..2.....1.6.......2.....5.....8.6......1....",
    };

    static long run() {
        Board board = new Board();
        long total = 0;
        for (int r = 0; r < 2; r++) {
            for (String puzzle : PUZZLES) {
                State s = new State(board);
                for (int i = 0; i < 81; i++) {
                    char ch = puzzle.charAt(i);
                    if (ch != '.' && !s.assign(i, ch - '0')) {
                        throw new IllegalStateException("contradiction in the givens");
                    }
                }
                State solved = search(s);
                if (solved == null) {
                    throw new IllegalStateException("no solution");
                }
                for (int i = 0; i < 81; i++) {
                    total = total * 7 + Integer.numberOfTrailingZeros(solved.cand[i]);
                }
            }
        }
        return Checks.check("sudoku", total, -2_202_484_285_758_099_016L);
    }
}
