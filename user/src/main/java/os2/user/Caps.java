package os2.user;

import os2.rt.Mem;

/**
 * The task's start capabilities: what its spawner granted, slot i = grant i, and nothing
 * else (there is no ambient authority). By convention slot 0 is standard input, 1
 * standard output, 2 standard error, 3 a memory capability, 4 the boot modules; further
 * slots are the program's own. A missing slot is {@link Handle#NONE}. The runtime keeps
 * the array the kernel passed in r8/r9 (platform_os2.c: os2_start_caps, os2_start_count).
 */
public final class Caps {
    public static final int STDIN = 0;
    public static final int STDOUT = 1;
    public static final int STDERR = 2;
    public static final int MEMORY = 3;
    public static final int MODULES = 4;
    /** init's slot 5: the system statistics (SYS_INFO, SYS_STATUS). */
    public static final int SYSTEM = 5;
    /** init's slot 6: the network (SOCKET). */
    public static final int NETWORK = 6;
    /** A program's root directory (a file-server endpoint: absolute paths; docs/FILES.md). */
    public static final int ROOT = 7;
    /** A program's working directory (relative paths). */
    public static final int CWD = 8;
    /** The start message from the shell: the environment (os2.user.sh.Start). */
    public static final int START = 9;
    /** Standard input, output and error redirected to files: file endpoints (slots 0-2 are then empty). */
    public static final int STDIN_FILE = 10;
    public static final int STDOUT_FILE = 11;
    public static final int STDERR_FILE = 12;

    private Caps() {
    }

    /** How many start slots the task has (0-16). */
    public static int count() {
        return (int) Mem.read64(Mem.symbol("os2_start_count"));
    }

    /** Start slot i, or {@link Handle#NONE} if the spawner gave fewer. */
    public static Handle slot(int i) {
        if (i < 0 || i >= count()) {
            return Handle.NONE;
        }
        long caps = Mem.read64(Mem.symbol("os2_start_caps"));
        return new Handle(Mem.read64(caps + 16L * i), Mem.read64(caps + 16L * i + 8));
    }

    public static Handle stdin() {
        return slot(STDIN);
    }

    public static Handle stdout() {
        return slot(STDOUT);
    }

    public static Handle stderr() {
        return slot(STDERR);
    }

    /** The memory capability (regions, channels, tasks from images), or NONE. */
    public static Handle memory() {
        return slot(MEMORY);
    }

    /** The boot modules (MODULE_OPEN), or NONE. */
    public static Handle modules() {
        return slot(MODULES);
    }

    /** Start slot i, which the program cannot do without: a clear error if it is missing. */
    public static Handle require(int i, String what) {
        Handle h = slot(i);
        if (h.isNone()) {
            throw new IllegalStateException("no " + what + " capability in start slot " + i);
        }
        return h;
    }
}
