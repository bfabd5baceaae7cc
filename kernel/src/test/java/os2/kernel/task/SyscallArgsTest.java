package os2.kernel.task;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;
import os2.kernel.mem.Region;
import org.junit.jupiter.api.Test;

/** The system calls' argument checks that need no running kernel: region rights and argument blocks. */
class SyscallArgsTest {
    @Test
    void regionRightsKeepWxAndRefuseNonsense() {
        assertEquals(Syscalls.E_INVAL, Syscalls.regionFlags(4096, Syscalls.W | Syscalls.X), "W^X");
        assertEquals(Syscalls.E_INVAL, Syscalls.regionFlags(4096, Syscalls.R | Syscalls.W | Syscalls.X), "W^X");
        assertEquals(Syscalls.E_INVAL, Syscalls.regionFlags(4096, 0), "no rights");
        assertEquals(Syscalls.E_INVAL, Syscalls.regionFlags(4096, Syscalls.GUARD), "guard alone");
        assertEquals(Syscalls.E_INVAL, Syscalls.regionFlags(4096, 16), "unknown bit");
        assertEquals(Syscalls.E_INVAL, Syscalls.regionFlags(4096, -1), "every bit");
        assertEquals(Syscalls.E_INVAL, Syscalls.regionFlags(0, Syscalls.R), "empty");
        assertEquals(Syscalls.E_INVAL, Syscalls.regionFlags(-4096, Syscalls.R), "negative");
        assertEquals(Syscalls.E_INVAL, Syscalls.regionFlags((1L << 30) + 1, Syscalls.R), "over 1 GiB");
        long rw = Syscalls.regionFlags(1L << 30, Syscalls.R | Syscalls.W | Syscalls.GUARD);
        assertEquals(Region.DEMAND | Region.FREEABLE | Region.WRITABLE, rw);
        assertEquals(Region.DEMAND | Region.FREEABLE | Region.EXECUTABLE, Syscalls.regionFlags(1, Syscalls.X));
    }

    @Property
    void regionFlagsNeverGrantWriteAndExecuteTogether(@ForAll long size, @ForAll long rights) {
        long f = Syscalls.regionFlags(size, rights);
        assertTrue(f == Syscalls.E_INVAL || f > 0);
        if (f > 0) {
            assertTrue((f & Region.WRITABLE) == 0 || (f & Region.EXECUTABLE) == 0, "W^X");
            assertTrue(size > 0 && size <= 1L << 30);
            assertTrue((f & Region.USER) == 0, "USER is the kernel's to add, not the caller's");
        }
    }

    @Test
    void argumentBlocks() {
        assertArrayEquals(new String[0], Syscalls.splitArgs(new byte[0]));
        assertArrayEquals(new String[] {"a", "", "bc"}, Syscalls.splitArgs("a\0\0bc\0".getBytes()));
        assertArrayEquals(new String[] {"a", "bc"}, Syscalls.splitArgs("a\0bc".getBytes()), "last NUL optional");
        assertArrayEquals(new String[] {""}, Syscalls.splitArgs(new byte[] {0}));
    }

    /** A character as one byte that is not the separator. */
    private static int latin1NoNul(char c) {
        return (c & 0xFF) == 0 ? 1 : c & 0xFF;
    }

    @Property
    void argumentBlocksRoundTrip(@ForAll @Size(max = 8) List<@StringLength(max = 20) String> args) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        for (String a : args) {
            for (char c : a.toCharArray()) {
                b.write(latin1NoNul(c));
            }
            b.write(0);
        }
        String[] got = Syscalls.splitArgs(b.toByteArray());
        assertEquals(args.size(), got.length);
        for (int i = 0; i < got.length; i++) {
            StringBuilder want = new StringBuilder();
            for (char c : args.get(i).toCharArray()) {
                want.append((char) latin1NoNul(c));
            }
            assertEquals(want.toString(), got[i]);
        }
    }
}
