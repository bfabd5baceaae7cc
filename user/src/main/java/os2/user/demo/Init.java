package os2.user.demo;

import os2.user.SysException;
import os2.user.Task;

/**
 * An init program for the demos: spawns each demo module given to the boot with
 * {@code --module} (echo.elf, exit.elf, throw.elf, spawner.elf, sleeper.elf, eventdemo.elf, echo-c.elf), one at a
 * time with arguments, and prints each exit status; a module that is missing is reported
 * and skipped. Exits with the number of runs whose status was not the expected one.
 */
public final class Init {
    private Init() {
    }

    public static void main(String[] args) {
        int wrong = 0;
        wrong += run(0, "echo.elf", "one", "two words", "", "\u00e9t\u00e9");
        wrong += run(7, "exit.elf", "7");
        wrong += run(1, "throw.elf", "from init");
        wrong += run(3, "spawner.elf", "exit.elf", "3");
        wrong += run(0, "sleeper.elf", "20");
        wrong += run(0, "eventdemo.elf", "sleeper.elf");
        wrong += run(3, "echo-c.elf", "x", "y", "z");   // the C echo returns its argc
        wrong += runImage("echo.elf", "from", "memory");
        System.out.println("init: " + wrong + " unexpected");
        System.exit(wrong);
    }

    /** Reads the module into memory (MODULE_READ) and starts that copy (SPAWN_IMAGE); expects status 0. */
    private static int runImage(String module, String... args) {
        System.out.println("init: spawning " + module + " from memory");
        try (Task t = Task.spawnImage(module, Task.readModule(module), args)) {
            int status = t.waitFor();
            System.out.println("init: " + module + " (image) exited with status " + status);
            return status == 0 ? 0 : 1;
        } catch (SysException e) {
            System.out.println("init: " + e.getMessage());
            return e.code() == os2.user.Sys.E_NOENT ? 0 : 1;
        }
    }

    private static int run(int expected, String module, String... args) {
        System.out.println("init: spawning " + module);
        try (Task t = Task.spawn(module, args)) {
            int status = t.waitFor();
            System.out.println("init: " + module + " exited with status " + status);
            return status == expected ? 0 : 1;
        } catch (SysException e) {
            System.out.println("init: " + e.getMessage());
            return e.code() == os2.user.Sys.E_NOENT ? 0 : 1;
        }
    }
}
