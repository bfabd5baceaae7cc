package bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Collision detection: aircraft fly straight segments each frame; segments are
 * hashed into the 2-D voxels they cross, and only the aircraft sharing a voxel are
 * tested for a closest approach below a radius (vector objects, boxed map keys).
 */
final class Collide {
    private Collide() {
    }

    static final class V3 {
        final double x, y, z;

        V3(double x, double y, double z) {
            this.x = x;
            this.y = y;
            this.z = z;
        }

        V3 plus(V3 o) { return new V3(x + o.x, y + o.y, z + o.z); }
        V3 minus(V3 o) { return new V3(x - o.x, y - o.y, z - o.z); }
        V3 times(double k) { return new V3(x * k, y * k, z * k); }
        double dot(V3 o) { return x * o.x + y * o.y + z * o.z; }
    }

    static final class Motion {
        final int id;
        final V3 from, to;

        Motion(int id, V3 from, V3 to) {
            this.id = id;
            this.from = from;
            this.to = to;
        }

        /** Whether the two segments, flown in the same time, come within radius. */
        boolean conflicts(Motion o, double radius) {
            V3 p = from.minus(o.from);
            V3 v = to.minus(from).minus(o.to.minus(o.from));
            double vv = v.dot(v);
            double t = vv == 0 ? 0 : Math.max(0, Math.min(1, -p.dot(v) / vv));
            V3 d = p.plus(v.times(t));
            return d.dot(d) < radius * radius;
        }
    }

    static final class Voxel {
        final int x, y;

        Voxel(int x, int y) {
            this.x = x;
            this.y = y;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Voxel && ((Voxel) o).x == x && ((Voxel) o).y == y;
        }

        @Override
        public int hashCode() {
            return x * 1_000_003 + y;
        }
    }

    static long run() {
        int planes = 400;
        V3[] pos = new V3[planes];
        for (int i = 0; i < planes; i++) {
            pos[i] = new V3(i % 20 * 4.0, i / 20 * 4.0, 5);
        }
        long conflicts = 0;
        double good = 2.0;
        for (int frame = 0; frame < 50; frame++) {
            Map<Voxel, List<Motion>> grid = new HashMap<>();
            for (int i = 0; i < planes; i++) {
                double a = (i * 37 + frame) % 360 * Math.PI / 180;
                V3 next = pos[i].plus(new V3(Math.cos(a) * 1.5, Math.sin(a) * 1.5, 0));
                Motion m = new Motion(i, pos[i], next);
                pos[i] = next;
                int x0 = (int) Math.floor(Math.min(m.from.x, m.to.x) / good);
                int x1 = (int) Math.floor(Math.max(m.from.x, m.to.x) / good);
                int y0 = (int) Math.floor(Math.min(m.from.y, m.to.y) / good);
                int y1 = (int) Math.floor(Math.max(m.from.y, m.to.y) / good);
                for (int x = x0; x <= x1; x++) {
                    for (int y = y0; y <= y1; y++) {
                        grid.computeIfAbsent(new Voxel(x, y), k -> new ArrayList<>()).add(m);
                    }
                }
            }
            for (List<Motion> cell : grid.values()) {
                for (int i = 0; i < cell.size(); i++) {
                    for (int j = i + 1; j < cell.size(); j++) {
                        if (cell.get(i).conflicts(cell.get(j), 1.0)) {
                            conflicts += cell.get(i).id ^ cell.get(j).id;
                        }
                    }
                }
            }
        }
        return Checks.check("collide", conflicts, 354_810L);
    }
}
