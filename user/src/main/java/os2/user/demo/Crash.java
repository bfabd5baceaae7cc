package os2.user.demo;

import os2.rt.Mem;

/**
 * Reads the null page through a raw pointer: the kernel ends the task (page fault,
 * status 142) and its report ends with this program's Java stack trace, read from the
 * task's own frames.
 */
public final class Crash {
    private Crash() {
    }

    public static void main(String[] args) {
        System.out.println("about to touch the null page");
        System.out.flush();
        System.out.println(poke(0x10));
    }

    static long poke(long address) {
        return Mem.read64(address);
    }
}
