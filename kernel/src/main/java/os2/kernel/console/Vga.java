package os2.kernel.console;

import os2.kernel.mem.PhysMap;
import os2.rt.Mem;
import os2.rt.NoAlloc;
import os2.rt.Port;

/** The VGA text console: 80x25 cells of (character, attribute) at physical 0xB8000. */
public final class Vga {
    public static final long BUFFER_PHYS = 0xB8000L;
    public static final int COLUMNS = 80;
    public static final int ROWS = 25;
    private static final int ATTR_LIGHT_GREY_ON_BLACK = 0x07;
    private static final int CRTC_INDEX = 0x3D4;
    private static final int CRTC_DATA = 0x3D5;
    private static final int CRTC_CURSOR_HIGH = 0x0E;
    private static final int CRTC_CURSOR_LOW = 0x0F;

    private static int row;
    private static int col;
    private static boolean enabled;

    private Vga() {
    }

    public static void init() {
        enabled = true;
        clear();
    }

    public static void clear() {
        for (int r = 0; r < ROWS; r++) {
            clearRow(r);
        }
        row = 0;
        col = 0;
        moveCursor();
    }

    @NoAlloc
    private static long cell(int r, int c) {
        return PhysMap.virt(BUFFER_PHYS) + 2L * (r * COLUMNS + c);
    }

    @NoAlloc
    private static void clearRow(int r) {
        for (int c = 0; c < COLUMNS; c++) {
            Mem.write16(cell(r, c), (short) (ATTR_LIGHT_GREY_ON_BLACK << 8 | ' '));
        }
    }

    /** Writes one byte: '\n' starts a line, '\r' returns, '\t' to the next multiple of 8. */
    @NoAlloc
    public static void write(int b) {
        if (!enabled) {
            return;
        }
        b &= 0xFF;
        if (b == '\n') {
            newLine();
        } else if (b == '\r') {
            col = 0;
        } else if (b == '\t') {
            do {
                write(' ');
            } while (col % 8 != 0);
            return;
        } else {
            Mem.write16(cell(row, col), (short) (ATTR_LIGHT_GREY_ON_BLACK << 8 | b));
            if (++col == COLUMNS) {
                newLine();
            }
        }
        moveCursor();
    }

    @NoAlloc
    private static void newLine() {
        col = 0;
        if (++row < ROWS) {
            return;
        }
        Mem.copy(cell(0, 0), cell(1, 0), 2L * COLUMNS * (ROWS - 1));
        clearRow(ROWS - 1);
        row = ROWS - 1;
    }

    @NoAlloc
    private static void moveCursor() {
        int pos = row * COLUMNS + col;
        Port.out8(CRTC_INDEX, CRTC_CURSOR_HIGH);
        Port.out8(CRTC_DATA, pos >> 8);
        Port.out8(CRTC_INDEX, CRTC_CURSOR_LOW);
        Port.out8(CRTC_DATA, pos);
    }

    /** The character at (row, column), for tests. */
    public static int charAt(int r, int c) {
        return Mem.read16(cell(r, c)) & 0xFF;
    }

    public static int row() {
        return row;
    }

    public static int column() {
        return col;
    }
}
