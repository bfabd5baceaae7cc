package bench;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Loop recognition over a control-flow graph: a generated CFG of nested loops and
 * diamonds; depth-first numbering, dominators (iterative, on reverse post-order),
 * then each back edge's natural loop collected into a set of blocks.
 */
final class Loops {
    private Loops() {
    }

    static final class Block {
        final int id;
        final List<Block> succ = new ArrayList<>(2);
        final List<Block> pred = new ArrayList<>(2);
        int order = -1;
        Block idom;

        Block(int id) {
            this.id = id;
        }
    }

    static final class Cfg {
        final List<Block> blocks = new ArrayList<>();

        Block block() {
            Block b = new Block(blocks.size());
            blocks.add(b);
            return b;
        }

        void edge(Block a, Block b) {
            a.succ.add(b);
            b.pred.add(a);
        }

        /** A diamond after from; returns its join. */
        Block diamond(Block from) {
            Block l = block(), r = block(), join = block();
            edge(from, l);
            edge(from, r);
            edge(l, join);
            edge(r, join);
            return join;
        }

        /** A loop whose body is `body` diamonds, nested `depth` deep; returns the exit. */
        Block loop(Block from, int depth, int body) {
            Block head = block();
            edge(from, head);
            Block cur = head;
            for (int i = 0; i < body; i++) {
                cur = diamond(cur);
            }
            if (depth > 0) {
                cur = loop(cur, depth - 1, body);
                cur = loop(cur, depth - 1, body);
            }
            Block latch = block();
            edge(cur, latch);
            edge(latch, head);
            Block exit = block();
            edge(latch, exit);
            return exit;
        }
    }

    static long run() {
        Cfg g = new Cfg();
        Block entry = g.block();
        Block cur = entry;
        for (int i = 0; i < 4; i++) {
            cur = g.loop(cur, 5, 2);
        }
        long total = 0;
        for (int r = 0; r < 3; r++) {
            total += analyse(g, entry);
        }
        return Checks.check("loops", total, 1_899_738L);
    }

    static long analyse(Cfg g, Block entry) {
        for (Block b : g.blocks) {
            b.order = -1;
            b.idom = null;
        }
        List<Block> post = new ArrayList<>();
        number(entry, post);
        int n = post.size();
        entry.idom = entry;
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int i = n - 1; i >= 0; i--) {
                Block b = post.get(i);
                if (b == entry) {
                    continue;
                }
                Block dom = null;
                for (Block p : b.pred) {
                    if (p.idom != null) {
                        dom = dom == null ? p : intersect(p, dom);
                    }
                }
                if (dom != b.idom) {
                    b.idom = dom;
                    changed = true;
                }
            }
        }
        long sum = 0;
        for (Block b : post) {
            for (Block h : b.succ) {
                if (dominates(h, b)) {
                    Set<Block> body = new HashSet<>();
                    body.add(h);
                    List<Block> work = new ArrayList<>();
                    if (body.add(b)) {
                        work.add(b);
                    }
                    while (!work.isEmpty()) {
                        Block x = work.remove(work.size() - 1);
                        for (Block p : x.pred) {
                            if (body.add(p)) {
                                work.add(p);
                            }
                        }
                    }
                    sum += body.size() * 31L + h.id;
                }
            }
        }
        return sum;
    }

    /** Post-order numbering without recursion (the CFG is deep). */
    static void number(Block entry, List<Block> post) {
        List<Block> stack = new ArrayList<>();
        List<Integer> next = new ArrayList<>();
        entry.order = -2;
        stack.add(entry);
        next.add(0);
        while (!stack.isEmpty()) {
            int top = stack.size() - 1;
            Block b = stack.get(top);
            int i = next.get(top);
            if (i < b.succ.size()) {
                next.set(top, i + 1);
                Block s = b.succ.get(i);
                if (s.order == -1) {
                    s.order = -2;
                    stack.add(s);
                    next.add(0);
                }
            } else {
                stack.remove(top);
                next.remove(top);
                b.order = post.size();
                post.add(b);
            }
        }
    }

    static Block intersect(Block a, Block b) {
        while (a != b) {
            while (a.order < b.order) {
                a = a.idom;
            }
            while (b.order < a.order) {
                b = b.idom;
            }
        }
        return a;
    }

    static boolean dominates(Block d, Block b) {
        Block x = b;
        while (true) {
            if (x == d) {
                return true;
            }
            if (x.idom == x) {
                return false;
            }
            x = x.idom;
        }
    }
}
