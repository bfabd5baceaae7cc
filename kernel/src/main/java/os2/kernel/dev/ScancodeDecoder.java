package os2.kernel.dev;

import os2.rt.NoAlloc;

/**
 * Turns PS/2 scancode set 1 bytes (US layout) into characters, tracking shift, control
 * and caps lock. Set 1: a make code below 0x80, its break code is make | 0x80, 0xE0
 * prefixes an extended key (arrows, right control...), which this decoder skips.
 * Caps lock inverts the case of letters only; shift changes every key.
 */
public final class ScancodeDecoder {
    static final int RELEASE = 0x80;
    static final int EXTENDED = 0xE0;
    static final int LEFT_SHIFT = 0x2A;
    static final int RIGHT_SHIFT = 0x36;
    static final int CONTROL = 0x1D;
    static final int CAPS_LOCK = 0x3A;

    /** Characters by make code 0x00..0x39; 0 = no character. */
    private static final char[] PLAIN = (
            "\0\u001b1234567890-=\b\tqwertyuiop[]\n\0asdfghjkl;'`\0\\zxcvbnm,./\0*\0 ").toCharArray();
    private static final char[] SHIFTED = (
            "\0\u001b!@#$%^&*()_+\b\tQWERTYUIOP{}\n\0ASDFGHJKL:\"~\0|ZXCVBNM<>?\0*\0 ").toCharArray();

    private boolean shift;
    private boolean control;
    private boolean capsLock;
    private boolean extended;

    /** Feeds one byte from the controller; returns the character it completes, or -1. */
    @NoAlloc
    public int feed(int code) {
        code &= 0xFF;
        if (code == EXTENDED) {
            extended = true;
            return -1;
        }
        if (extended) {
            // Extended keys have no character here; E0 2A / E0 AA are fake shifts to ignore.
            extended = false;
            return -1;
        }
        boolean release = (code & RELEASE) != 0;
        int make = code & ~RELEASE;
        if (make == LEFT_SHIFT || make == RIGHT_SHIFT) {
            shift = !release;
            return -1;
        }
        if (make == CONTROL) {
            control = !release;
            return -1;
        }
        if (release) {
            return -1;
        }
        if (make == CAPS_LOCK) {
            capsLock = !capsLock;
            return -1;
        }
        if (make >= PLAIN.length) {
            return -1;
        }
        char c = (shift ? SHIFTED : PLAIN)[make];
        if (c == 0) {
            return -1;
        }
        boolean letter = (c | 0x20) >= 'a' && (c | 0x20) <= 'z';   // ASCII: bit 5 is the case bit
        if (capsLock && letter) {
            c ^= 0x20;
        }
        if (control && letter) {
            return c & 0x1F;
        }
        return c;
    }

    public boolean capsLock() {
        return capsLock;
    }
}
