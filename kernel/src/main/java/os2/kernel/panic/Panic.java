package os2.kernel.panic;

import os2.kernel.console.Console;
import os2.kernel.console.Fmt;
import os2.rt.Cpu;

/**
 * Kernel panic: prints {@code PANIC: <message>}, optional register values, and the
 * Java stack trace of the panic point (in the JVM's format, {@code \tat
 * class.method(File.java:line)}), then exits QEMU with status {@link QemuExit#PANIC}.
 */
public final class Panic {
    private static boolean panicking;

    private Panic() {
    }

    public static void panic(String message) {
        panic(message, null, null, null);
    }

    public static void panic(String message, Throwable cause) {
        panic(message, cause, null, null);
    }

    /**
     * A panic with register values, for CPU exceptions: names[i] = values[i] are
     * printed four to a line before the stack trace.
     */
    public static void panic(String message, Throwable cause, String[] names, long[] values) {
        Cpu.cli();
        if (panicking) {
            Console.print("PANIC (while panicking): ");
            Console.println(message);
            QemuExit.exit(QemuExit.PANIC);
        }
        panicking = true;
        Console.print("PANIC: ");
        Console.println(message);
        if (names != null && values != null) {
            printRegisters(names, values);
        }
        try {
            KernelPanic p = new KernelPanic(message, cause);
            p.printStackTrace();
            System.err.flush();
            System.out.flush();
        } catch (Throwable noRoom) {
            // An out-of-heap panic may have no heap left for the trace (it allocates): say
            // what the cause was without allocating, and still end with the panic status.
            Console.print("(no kernel heap left for the stack trace)\nCaused by: ");
            printWithoutHeap(cause);
        }
        QemuExit.exit(QemuExit.PANIC);
    }

    /** The class and message of t, or "null", through the console only (no allocation). */
    private static void printWithoutHeap(Throwable t) {
        if (t == null) {
            Console.println("null");
            return;
        }
        Console.print(t.getClass().getName());
        if (t.getMessage() != null) {
            Console.print(": ");
            Console.print(t.getMessage());
        }
        Console.println("");
    }

    private static void printRegisters(String[] names, long[] values) {
        int n = Math.min(names.length, values.length);
        for (int i = 0; i < n; i++) {
            Console.print(Fmt.padLeft(names[i], 6));
            Console.print("=");
            Console.print(Fmt.hex64(values[i]));
            Console.print((i % 4 == 3 || i == n - 1) ? "\n" : " ");
        }
    }
}
