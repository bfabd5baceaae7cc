package os2.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** TSC calibration without a PIT (QEMU -machine pc,pit=off): a warning, not a hang at boot. */
class ClockTest {
    @Test
    void withoutAPitCalibrationWarnsAndFallsBack() throws Exception {
        Os2.requireImage();
        List<String> cmd = List.of("qemu-system-x86_64", "-machine", "pc,pit=off", "-cpu", "max", "-m", "64M",
                "-kernel", Os2.out().resolve("kernel32.elf").toString(), "-append", "ready=exit",
                "-serial", "stdio", "-display", "none", "-no-reboot",
                "-device", "isa-debug-exit,iobase=0xf4,iosize=0x04", "-nic", "none");
        // Without a PIT there is no timer interrupt, so the kernel cannot enter its
        // scheduler afterwards (it waits there); what matters is that calibration ended.
        String out = Os2.readUntil(cmd, "[warn ] clock:", 20);
        assertTrue(out.contains("[warn ] clock: PIT channel 2 gave an implausible TSC frequency"), out);
        assertTrue(out.contains("TSC 1000 MHz"), out);
    }
}
