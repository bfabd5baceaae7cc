package os2.kernel.task;

import os2.kernel.cap.Capability;
import os2.kernel.cap.Kind;
import os2.kernel.cap.Rights;

/**
 * The kernel-lifetime objects reached through capabilities (the console, the right to
 * allocate memory, the boot modules, the system statistics) and their original
 * capabilities, which the kernel itself holds (in no task's table). init gets copies
 * derived from them; revoking an original would take the authority back from everyone.
 */
final class Authority {
    /** A named kernel-lifetime object. */
    static final class Singleton {
        final String name;

        Singleton(String name) {
            this.name = name;
        }

        @Override
        public String toString() {
            return name;
        }
    }

    static Capability console;
    static Capability memory;
    static Capability modules;
    static Capability system;
    static Capability network;

    private Authority() {
    }

    static void init() {
        console = Capability.create(new Singleton("console"), Kind.CONSOLE, Rights.ALL);
        memory = Capability.create(new Singleton("memory"), Kind.MEMORY, Rights.ALL);
        modules = Capability.create(new Singleton("boot modules"), Kind.MODULES, Rights.ALL);
        system = Capability.create(new Singleton("system"), Kind.SYSTEM, Rights.ALL);
        network = Capability.create(new Singleton("network"), Kind.NETWORK, Rights.ALL);
    }

    /**
     * init's start capabilities (docs/SYSCALLS.md): 0 console in, 1 and 2 console out,
     * 3 memory, 4 modules, 5 system, 6 network (open sockets that connect and listen).
     */
    static Capability[] forInit() {
        int pass = Rights.DUPLICATE | Rights.TRANSFER;
        return new Capability[] {
            console.derive(Rights.READ | Rights.WAIT | pass),
            console.derive(Rights.WRITE | pass),
            console.derive(Rights.WRITE | pass),
            memory.derive(Rights.ALLOC | pass),
            modules.derive(Rights.READ | Rights.EXEC | pass),
            system.derive(Rights.READ | pass),
            network.derive(Rights.CONNECT | Rights.LISTEN | pass),
        };
    }
}
