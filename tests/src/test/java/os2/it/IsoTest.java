package os2.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** build/os2.iso (./os2 iso, made by ./os2 test before this runs) boots with GRUB to the banner. */
class IsoTest {
    @Test
    void theIsoBootsToKernelReady() throws Exception {
        Path iso = Os2.out().resolve("os2.iso");
        assertTrue(Files.isRegularFile(iso), "no ISO at " + iso + ": run ./os2 iso");
        String out = Os2.readUntil(List.of("qemu-system-x86_64", "-cpu", "max", "-m", "128M", "-cdrom", iso.toString(),
                "-serial", "stdio", "-display", "none", "-no-reboot",
                "-device", "isa-debug-exit,iobase=0xf4,iosize=0x04", "-nic", "none"), "kernel ready", 20);
        assertTrue(out.contains("OS2 0.1.0"), "banner\n" + out);
        assertTrue(out.contains("kernel ready"), "kernel ready\n" + out);
        assertTrue(out.contains("from \"GRUB"), "GRUB is the loader\n" + out);
    }
}
