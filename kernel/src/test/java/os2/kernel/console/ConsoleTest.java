package os2.kernel.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import os2.kernel.mem.PhysMap;
import os2.rt.SimMemory;
import os2.rt.SimPorts;

class ConsoleTest {
    /** A 16550 stand-in: keeps the scratch register, transmitter always empty. */
    static final class Uart implements SimPorts.Device {
        final ByteArrayOutputStream out = new ByteArrayOutputStream();
        int scratch;

        @Override
        public int in(int port, int width) {
            switch (port - Serial.COM1) {
                case 5: return 0x20;
                case 7: return scratch;
                default: return 0;
            }
        }

        @Override
        public void out(int port, int width, int value) {
            if (port == Serial.COM1) {
                out.write(value);
            } else if (port == Serial.COM1 + 7) {
                scratch = value;
            }
        }
    }

    private Uart uart;

    @BeforeEach
    void setUp() {
        SimMemory.reset();
        PhysMap.setOffset(0);
        SimPorts ports = SimPorts.reset();
        uart = new Uart();
        for (int p = Serial.COM1; p < Serial.COM1 + 8; p++) {
            ports.attach(p, uart);
        }
        Console.init();
        uart.out.reset();
    }

    @Test
    void serialAndVgaGetTheSameText() {
        assertTrue(Serial.present());
        Console.println("hi");
        Console.print("\u00e9\u20ac");
        assertEquals("hi\n\u00e9?", uart.out.toString(java.nio.charset.StandardCharsets.ISO_8859_1));
        assertEquals('h', Vga.charAt(0, 0));
        assertEquals('i', Vga.charAt(0, 1));
        assertEquals(1, Vga.row());
    }

    @Test
    void vgaScrolls() {
        for (int i = 0; i < 30; i++) {
            Console.println("line " + i);
        }
        assertEquals(Vga.ROWS - 1, Vga.row());
        assertEquals('2', Vga.charAt(Vga.ROWS - 2, 5));   // "line 29"
        assertEquals('9', Vga.charAt(Vga.ROWS - 2, 6));
    }

    @Test
    void absentUartIsSkipped() {
        SimPorts.reset();   // nothing attached: the bus reads 0xFF
        assertTrue(!Serial.init());
        Console.println("lost");   // must not spin forever
    }

    @Test
    void logLevelsFilter() {
        Log.setLevel(Log.WARN);
        Log.info("x", "hidden");
        Log.warn("mem", "shown");
        Log.setLevel(Log.INFO);
        assertEquals("[warn ] mem: shown\n", uart.out.toString());
    }

    @Test
    void formatting() {
        assertEquals("0x0000000000000000", Fmt.hex64(0));
        assertEquals("0xffffffffffffffff", Fmt.hex64(-1));
        assertEquals("0x1", Fmt.hex(1, 1));
        assertEquals("4 KiB", Fmt.bytes(4096));
        assertEquals("4097 B", Fmt.bytes(4097));
        assertEquals("1 GiB", Fmt.bytes(1L << 30));
    }
}
