package bench;

/** Numeric kernels: a sieve, n-body and Mandelbrot. */
final class Numeric {
    private Numeric() {
    }

    static long sieve() {
        long total = 0;
        for (int r = 0; r < 400; r++) {
            boolean[] composite = new boolean[10_000];
            int count = 0;
            for (int i = 2; i < composite.length; i++) {
                if (!composite[i]) {
                    count++;
                    for (int j = i + i; j < composite.length; j += i) {
                        composite[j] = true;
                    }
                }
            }
            total += count;
        }
        return Checks.check("sieve", total, 400L * 1229);
    }

    static final class Body {
        double x, y, z, vx, vy, vz;
        final double mass;

        Body(double x, double y, double z, double vx, double vy, double vz, double mass) {
            this.x = x;
            this.y = y;
            this.z = z;
            this.vx = vx;
            this.vy = vy;
            this.vz = vz;
            this.mass = mass;
        }
    }

    static long nbody() {
        double pi = 3.141592653589793;
        double solar = 4 * pi * pi;
        double dpy = 365.24;
        Body[] bodies = {
            new Body(0, 0, 0, 0, 0, 0, solar),
            new Body(4.84, -1.16, -0.10, 0.00166 * dpy, 0.00770 * dpy, -0.0000690 * dpy, 0.000954 * solar),
            new Body(8.34, 4.12, -0.403, -0.00277 * dpy, 0.00500 * dpy, 0.0000230 * dpy, 0.000286 * solar),
            new Body(12.89, -15.11, -0.223, 0.00296 * dpy, 0.00238 * dpy, -0.0000297 * dpy, 0.0000437 * solar),
            new Body(15.38, -25.92, 0.179, 0.00268 * dpy, 0.00163 * dpy, -0.0000951 * dpy, 0.0000515 * solar),
        };
        double px = 0, py = 0, pz = 0;
        for (Body b : bodies) {
            px += b.vx * b.mass;
            py += b.vy * b.mass;
            pz += b.vz * b.mass;
        }
        bodies[0].vx = -px / solar;
        bodies[0].vy = -py / solar;
        bodies[0].vz = -pz / solar;
        for (int step = 0; step < 100_000; step++) {
            advance(bodies, 0.01);
        }
        return Checks.check("nbody", (long) (energy(bodies) * 1e12), -169_021_376_426L);
    }

    static void advance(Body[] bodies, double dt) {
        for (int i = 0; i < bodies.length; i++) {
            Body a = bodies[i];
            for (int j = i + 1; j < bodies.length; j++) {
                Body b = bodies[j];
                double dx = a.x - b.x, dy = a.y - b.y, dz = a.z - b.z;
                double d2 = dx * dx + dy * dy + dz * dz;
                double mag = dt / (d2 * Math.sqrt(d2));
                a.vx -= dx * b.mass * mag;
                a.vy -= dy * b.mass * mag;
                a.vz -= dz * b.mass * mag;
                b.vx += dx * a.mass * mag;
                b.vy += dy * a.mass * mag;
                b.vz += dz * a.mass * mag;
            }
        }
        for (Body b : bodies) {
            b.x += dt * b.vx;
            b.y += dt * b.vy;
            b.z += dt * b.vz;
        }
    }

    static double energy(Body[] bodies) {
        double e = 0;
        for (int i = 0; i < bodies.length; i++) {
            Body a = bodies[i];
            e += 0.5 * a.mass * (a.vx * a.vx + a.vy * a.vy + a.vz * a.vz);
            for (int j = i + 1; j < bodies.length; j++) {
                Body b = bodies[j];
                double dx = a.x - b.x, dy = a.y - b.y, dz = a.z - b.z;
                e -= a.mass * b.mass / Math.sqrt(dx * dx + dy * dy + dz * dz);
            }
        }
        return e;
    }

    static long mandelbrot() {
        int size = 400;
        long sum = 0;
        int bits = 0, bitNum = 0;
        for (int y = 0; y < size; y++) {
            double ci = 2.0 * y / size - 1.0;
            for (int x = 0; x < size; x++) {
                double cr = 2.0 * x / size - 1.5;
                double zr = 0, zi = 0, zr2 = 0, zi2 = 0;
                int i = 0;
                while (i < 50 && zr2 + zi2 <= 4.0) {
                    zi = 2.0 * zr * zi + ci;
                    zr = zr2 - zi2 + cr;
                    zr2 = zr * zr;
                    zi2 = zi * zi;
                    i++;
                }
                bits = bits << 1 | (i == 50 ? 1 : 0);
                if (++bitNum == 8) {
                    sum = sum * 31 + bits;
                    sum ^= sum >>> 29;
                    bits = 0;
                    bitNum = 0;
                }
            }
        }
        return Checks.check("mandelbrot", sum, 3_631_528_511_883_606_452L);
    }
}
