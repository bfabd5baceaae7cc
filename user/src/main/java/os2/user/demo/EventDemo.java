package os2.user.demo;

import os2.user.EventLoop;
import os2.user.Result;
import os2.user.Successor;
import os2.user.Task;
import os2.user.Time;

/**
 * Continuations in a user program: three timers ticking at different rates and, if a module
 * is named in the arguments, a spawned task whose exit is reported by the same WAIT; the
 * output order is fixed by the deadlines.
 */
public final class EventDemo {
    private static final long MS = 1_000_000L;

    private EventDemo() {
    }

    public static void main(String[] args) {
        long t0 = Time.now();
        EventLoop.start(() -> {
            System.out.println("event demo: start");
            Successor[] s = new Successor[args.length > 0 ? 4 : 3];
            s[0] = new Successor.Until(t0 + 30 * MS, () -> tick("a", t0 + 30 * MS, 30, 3));
            s[1] = new Successor.Until(t0 + 50 * MS, () -> tick("b", t0 + 50 * MS, 50, 2));
            s[2] = new Successor.Until(t0 + 200 * MS, () -> {
                System.out.println("timer c: done");
                return Result.done();
            });
            if (args.length > 0) {
                Task child = Task.spawn(args[0]);
                s[3] = new Successor.TaskExit(child, status -> {
                    System.out.println("child " + args[0] + " exited with " + status);
                    child.close();
                    return Result.done();
                });
            }
            return Result.all(s);
        });
        System.out.println("event demo: all done");
    }

    /** One tick of a periodic timer due at deadline: n ticks left including this one, period ms apart. */
    private static Result tick(String name, long deadline, long period, int n) {
        System.out.println("timer " + name + ": " + n + " left");
        if (n == 1) {
            return Result.done();
        }
        long next = deadline + period * MS;
        return Result.until(next, () -> tick(name, next, period, n - 1));
    }
}
