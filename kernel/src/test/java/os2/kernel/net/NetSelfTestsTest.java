package os2.kernel.net;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

/** The in-kernel self test passes on the JVM too. */
class NetSelfTestsTest {
    @Test
    void loopbackExchangeSucceeds() {
        assertNull(NetSelfTests.loopback());
    }
}
