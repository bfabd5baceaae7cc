package bench;

/**
 * A large object graph walked through the benchmarks' own list, identity set and
 * identity dictionary, with lambdas passed to internal iterators and boxed integers
 * (most of them outside Integer's cache): many short-lived objects while a large
 * heap stays live.
 */
final class Graph {
    private Graph() {
    }

    static final long EXPECTED = 6_626_564_843L;

    static final class Node {
        final int id;
        final Vec<Node> out = new Vec<>(4);
        Integer weight;

        Node(int id) {
            this.id = id;
            this.weight = id * 31 % 1000;
        }
    }

    static long run() {
        int n = 60_000;
        Vec<Node> nodes = new Vec<>(n);
        for (int i = 0; i < n; i++) {
            nodes.append(new Node(i));
        }
        long seed = 12345;
        for (int i = 0; i < n; i++) {
            Node a = nodes.at(i);
            for (int k = 0; k < 4; k++) {
                seed = (seed * 1103515245L + 12345L) & 0x7fffffffL;
                a.out.append(nodes.at((int) (seed % n)));
            }
            a.out.append(nodes.at((i + 1) % n));
        }
        long total = 0;
        for (int round = 0; round < 3; round++) {
            total += walk(nodes.at(round * 7), round);
        }
        return Checks.check("graph", total, EXPECTED);
    }

    /** Breadth-first from start: distances in an identity dictionary, boxed sums by lambda. */
    static long walk(Node start, int round) {
        IdDict<Node, Integer> dist = new IdDict<>();
        IdSet<Node> seen = new IdSet<>();
        Vec<Node> frontier = new Vec<>();
        frontier.append(start);
        seen.add(start);
        dist.atPut(start, 0);
        while (!frontier.isEmpty()) {
            Vec<Node> next = new Vec<>();
            frontier.forEach(a -> {
                Integer d = dist.at(a);
                a.out.forEach(b -> {
                    if (seen.add(b)) {
                        dist.atPut(b, d + 1 + (b.weight + round) % 3);
                        next.append(b);
                    }
                });
            });
            frontier = next;
        }
        long[] sum = new long[1];
        dist.forEach((node, d) -> sum[0] += (long) d * node.weight + node.id);
        Integer[] acc = {0};
        seen.forEach(node -> acc[0] = acc[0] + node.out.size() + node.weight % 7);
        return sum[0] + acc[0] + seen.size();
    }
}
