package os2.user.net;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The ping record's layout as docs/SYSCALLS.md gives it (struct os2_ping_record). */
class PingSocketTest {
    @Test
    void decodesARecord() {
        byte[] r = {0x34, 0x12, 1, 0, 56, 0, 0, 0, 0x15, (byte) 0xCD, 0x5B, 0x07, 0, 0, 0, 0};
        PingSocket.Reply x = PingSocket.decode(r, 0x0A000202);
        assertEquals(0x1234, x.seq());
        assertEquals(PingSocket.TIMEOUT, x.kind());
        assertEquals(56, x.bytes());
        assertEquals(123_456_789L, x.rttNanos());
        assertEquals(0x0A000202, x.from());
    }
}
