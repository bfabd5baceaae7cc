package bench;

/** Object-oriented simulations: bouncing balls, and a task scheduler passing packets between tasks. */
final class Sim {
    private Sim() {
    }

    /** A tiny linear congruential generator, the same on every platform. */
    static final class Rand {
        private int seed;

        Rand(int seed) {
            this.seed = seed;
        }

        int next() {
            seed = (seed * 1309 + 13849) & 0xffff;
            return seed;
        }
    }

    static final class Ball {
        private int x, y, dx, dy;

        Ball(Rand r) {
            x = r.next() % 500;
            y = r.next() % 500;
            dx = r.next() % 300 - 150;
            dy = r.next() % 300 - 150;
        }

        boolean bounce() {
            int limit = 500;
            boolean bounced = false;
            x += dx;
            y += dy;
            if (x > limit) { x = limit; dx = -Math.abs(dx); bounced = true; }
            if (x < 0) { x = 0; dx = Math.abs(dx); bounced = true; }
            if (y > limit) { y = limit; dy = -Math.abs(dy); bounced = true; }
            if (y < 0) { y = 0; dy = Math.abs(dy); bounced = true; }
            return bounced;
        }
    }

    static long bounce() {
        long total = 0;
        for (int r = 0; r < 100; r++) {
            Rand rand = new Rand(74755);
            Ball[] balls = new Ball[100];
            for (int i = 0; i < balls.length; i++) {
                balls[i] = new Ball(rand);
            }
            for (int step = 0; step < 50; step++) {
                for (Ball b : balls) {
                    if (b.bounce()) {
                        total++;
                    }
                }
            }
        }
        return Checks.check("bounce", total, 133_100L);
    }

    /** A message between tasks. */
    static final class Packet {
        Packet link;
        final int kind;
        int datum;
        final int[] data = new int[4];

        Packet(Packet link, int kind) {
            this.link = link;
            this.kind = kind;
        }
    }

    /** A schedulable task: holds a queue of packets and runs when it has work and is not held. */
    abstract static class Task {
        final int id;
        final int priority;
        Packet queue;
        boolean held;
        Task next;

        Task(int id, int priority) {
            this.id = id;
            this.priority = priority;
        }

        boolean runnable() {
            return queue != null && !held;
        }

        Packet take() {
            Packet p = queue;
            queue = p.link;
            p.link = null;
            return p;
        }

        void enqueue(Packet p) {
            p.link = null;
            if (queue == null) {
                queue = p;
            } else {
                Packet q = queue;
                while (q.link != null) {
                    q = q.link;
                }
                q.link = p;
            }
        }

        abstract void run(Scheduler s, Packet p);
    }

    static final class Worker extends Task {
        private int dest = 2;
        private int count;

        Worker(int id) {
            super(id, 1000);
        }

        void run(Scheduler s, Packet p) {
            dest = dest == 2 ? 3 : 2;
            p.datum = dest;
            for (int i = 0; i < p.data.length; i++) {
                count = (count + 1) % 26;
                p.data[i] = count;
            }
            s.send(dest, p);
        }
    }

    static final class Handler extends Task {
        Handler(int id) {
            super(id, 2000 + id);
        }

        void run(Scheduler s, Packet p) {
            s.work += p.data[0] + p.data[3];
            if (p.kind == 1) {
                s.send(4, p);
            } else {
                s.send(1, p);
            }
        }
    }

    static final class Device extends Task {
        private int counter;

        Device(int id) {
            super(id, 5000);
        }

        void run(Scheduler s, Packet p) {
            counter++;
            held = counter % 7 == 0;
            s.send(counter % 3 == 0 ? 1 : 2 + counter % 2, p);
        }
    }

    static final class Scheduler {
        final Task[] tasks = new Task[5];
        Task list;
        long work;
        int dispatches;

        void add(Task t) {
            tasks[t.id] = t;
            if (list == null || t.priority > list.priority) {
                t.next = list;
                list = t;
            } else {
                Task q = list;
                while (q.next != null && q.next.priority >= t.priority) {
                    q = q.next;
                }
                t.next = q.next;
                q.next = t;
            }
        }

        void send(int to, Packet p) {
            tasks[to].enqueue(p);
        }

        void schedule(int limit) {
            while (dispatches < limit) {
                Task t = list;
                while (t != null && !t.runnable()) {
                    t = t.next;
                }
                if (t == null) {
                    for (Task u = list; u != null; u = u.next) {
                        u.held = false;
                    }
                    continue;
                }
                dispatches++;
                t.run(this, t.take());
            }
        }
    }

    static long richards() {
        long total = 0;
        for (int r = 0; r < 20; r++) {
            Scheduler s = new Scheduler();
            s.add(new Worker(1));
            s.add(new Handler(2));
            s.add(new Handler(3));
            s.add(new Device(4));
            s.add(new Device(0));
            for (int i = 0; i < 6; i++) {
                s.send(i % 5, new Packet(null, i % 2));
            }
            s.schedule(20_000);
            total += s.work + s.dispatches;
        }
        return Checks.check("richards", total, 5_395_640L);
    }
}
