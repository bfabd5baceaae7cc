package os2.fuzz;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code CoverageReport --table build/coverage/points.tsv --log LOG [--unreached FILE]}: what a
 * coverage-guided run ({@code ./os2 fuzz syscalls --coverage}) reached, from the bitmap its
 * guest printed ("sysfuzz: map OFFSET HEX") and the compiler's table of counting points
 * (os2.aot.Coverage: id, class, method, kind, line, detail). Reports the whole kernel and
 * the system-call layer ({@link #LAYER}), class by class, and writes the layer's unreached
 * points to a file (default: the log's name with {@code .unreached.tsv}).
 */
public final class CoverageReport {
    /**
     * The system-call layer: Syscalls (the one switch), the classes its cases call into (one
     * class per group of calls), and the two argument checkers every handler goes through.
     */
    public static final List<String> LAYER = List.of("Syscalls", "Streams", "CapCalls", "WaitCall", "SpawnCall",
            "ChannelCalls", "Pager", "SocketCalls", "StatusReport", "DatagramCalls", "CoverageCall", "Handles",
            "UserMemory");
    private static final String PACKAGE = "os2.kernel.task.";

    /** One counting point of the table. */
    public record Point(int id, String cls, String method, String kind, int line, String detail) {
        String where() {
            String m = method.substring(0, method.indexOf('('));
            return cls.substring(cls.lastIndexOf('.') + 1) + "." + m + ":" + line + " " + kind
                    + (detail.isEmpty() ? "" : " (" + detail + ")");
        }
    }

    /** Reached and total points: the kernel's, the layer's, and the layer's per class. */
    public record Result(int kernelReached, int kernelTotal, int layerReached, int layerTotal,
            Map<String, int[]> perClass, List<Point> unreached) {
    }

    private CoverageReport() {
    }

    public static List<Point> readTable(Path table) throws IOException {
        List<Point> out = new ArrayList<>();
        for (String line : Files.readAllLines(table, StandardCharsets.UTF_8)) {
            if (line.startsWith("#") || line.isBlank()) {
                continue;
            }
            String[] f = line.split("\t", -1);
            out.add(new Point(Integer.parseInt(f[0]), f[1], f[2], f[3], Integer.parseInt(f[4]), f[5]));
        }
        return out;
    }

    /** The bitmap the guest printed; null if the log has none. */
    public static BitSet readMap(String log) {
        BitSet bits = null;
        for (String line : log.split("\n")) {
            if (!line.startsWith("sysfuzz: map ")) {
                continue;
            }
            String[] f = line.trim().split(" ");
            int off = Integer.parseInt(f[2]);
            String hex = f.length > 3 ? f[3] : "";
            bits = bits == null ? new BitSet() : bits;
            for (int b = 0; 2 * b + 1 < hex.length(); b++) {
                int v = Integer.parseInt(hex.substring(2 * b, 2 * b + 2), 16);
                for (int j = 0; j < 8; j++) {
                    if ((v & 1 << j) != 0) {
                        bits.set(8 * (off + b) + j);
                    }
                }
            }
        }
        return bits;
    }

    public static Result analyse(List<Point> table, BitSet map) {
        Map<String, int[]> perClass = new LinkedHashMap<>();
        for (String c : LAYER) {
            perClass.put(c, new int[2]);
        }
        List<Point> unreached = new ArrayList<>();
        int kr = 0;
        int lr = 0;
        int lt = 0;
        for (Point p : table) {
            boolean hit = map.get(p.id());
            kr += hit ? 1 : 0;
            if (p.cls().startsWith(PACKAGE) && perClass.containsKey(p.cls().substring(PACKAGE.length()))) {
                int[] c = perClass.get(p.cls().substring(PACKAGE.length()));
                c[1]++;
                lt++;
                if (hit) {
                    c[0]++;
                    lr++;
                } else {
                    unreached.add(p);
                }
            }
        }
        return new Result(kr, table.size(), lr, lt, perClass, unreached);
    }

    public static void main(String[] args) throws IOException {
        Path table = null;
        Path log = null;
        Path unreachedFile = null;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--table": table = Path.of(args[i + 1]); break;
                case "--log": log = Path.of(args[i + 1]); break;
                case "--unreached": unreachedFile = Path.of(args[i + 1]); break;
                default: throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        if (table == null || log == null) {
            System.err.println("usage: CoverageReport --table POINTS.tsv --log LOG [--unreached FILE]");
            System.exit(2);
        }
        BitSet map = readMap(Files.readString(log, StandardCharsets.ISO_8859_1));
        if (map == null) {
            System.err.println("coverage: no map in " + log);
            System.exit(1);
        }
        Result r = analyse(readTable(table), map);
        System.out.printf("coverage: kernel %d of %d points (%.1f%%)%n", r.kernelReached(), r.kernelTotal(),
                100.0 * r.kernelReached() / r.kernelTotal());
        System.out.printf("coverage: syscall layer %d of %d points (%.1f%%)%n", r.layerReached(), r.layerTotal(),
                100.0 * r.layerReached() / r.layerTotal());
        StringBuilder b = new StringBuilder("coverage:  ");
        r.perClass().forEach((c, n) -> b.append(' ').append(c).append(' ').append(n[0]).append('/').append(n[1]));
        System.out.println(b);
        if (unreachedFile == null) {
            String name = log.getFileName().toString().replaceAll("\\.log$", "");
            unreachedFile = log.resolveSibling(name + ".unreached.txt");
        }
        StringBuilder u = new StringBuilder();
        for (Point p : r.unreached()) {
            u.append(p.where()).append('\n');
        }
        Files.writeString(unreachedFile, u, StandardCharsets.UTF_8);
        System.out.println("coverage: the layer's " + r.unreached().size() + " unreached points: " + unreachedFile);
    }
}
