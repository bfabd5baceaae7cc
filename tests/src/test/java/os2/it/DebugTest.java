package os2.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/** ./os2 debug: QEMU's gdb stub plus the ELF64 symbols stop at Kernel.main on its Java line. */
class DebugTest {
    @Test
    void aBreakpointOnKernelMainStopsAtItsJavaSource() throws Exception {
        Os2.requireImage();
        assertTrue(Files.isRegularFile(Os2.out().resolve("kernel.elf")));
        Os2.Result r = Os2.launcher(60, "debug", "--batch");
        assertTrue(r.stdout().contains("Breakpoint 1"), r.toString());
        assertTrue(r.stdout().matches("(?s).*Kernel\\.java:\\d+.*"), "stopped in Kernel.java\n" + r);
    }
}
