package os2.user.demo;

import java.util.Arrays;
import os2.user.Task;

/**
 * Spawns the boot module named by its first argument with the remaining arguments, waits
 * for it and prints its exit status; exits with that status.
 */
public final class Spawner {
    private Spawner() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            System.err.println("usage: Spawner MODULE [ARGS...]");
            System.exit(2);
        }
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        int status;
        try (Task t = Task.spawn(args[0], rest)) {
            System.out.println("spawned " + args[0]);
            status = t.waitFor();
        }
        System.out.println(args[0] + " exited with status " + status);
        Task.Info me = Task.info();
        System.out.println("spawner: task " + me.id() + ", " + me.regions() + " regions, " + me.handles() + " handles");
        System.exit(status);
    }
}
