package os2.user.demo;

import os2.user.Continuation;
import os2.user.EventLoop;
import os2.user.Result;
import os2.user.Successor;
import os2.user.Task;
import os2.user.Time;

/**
 * Continuations in a user program: two periodic timers ({@link Successor.Every}) ticking at
 * different rates, a one-shot timer and, if a module
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
            s[0] = new Successor.Every(30 * MS, ticks("a", 3));
            s[1] = new Successor.Every(50 * MS, ticks("b", 2));
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

    /** The ticks of a periodic timer that runs n times: each says how many are left, the last is done. */
    private static Continuation ticks(String name, int n) {
        int[] left = {n};
        return () -> {
            System.out.println("timer " + name + ": " + left[0] + " left");
            return --left[0] == 0 ? Result.done() : Result.again();
        };
    }
}
