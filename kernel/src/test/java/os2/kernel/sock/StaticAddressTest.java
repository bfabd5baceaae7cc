package os2.kernel.sock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import os2.kernel.net.Ip4;
import org.junit.jupiter.api.Test;

class StaticAddressTest {
    @Test
    void addressPrefixAndOptionalGateway() {
        StaticAddress a = StaticAddress.parse("192.168.77.2/24");
        assertEquals(Ip4.of(192, 168, 77, 2), a.address);
        assertEquals(Ip4.of(255, 255, 255, 0), a.netmask);
        assertEquals(0, a.gateway);
        assertEquals("192.168.77.2/24", a.toString());
        StaticAddress b = StaticAddress.parse("10.1.0.9/16,10.1.0.1");
        assertEquals(Ip4.of(255, 255, 0, 0), b.netmask);
        assertEquals(Ip4.of(10, 1, 0, 1), b.gateway);
        assertEquals(Ip4.of(255, 255, 255, 252), StaticAddress.parse("10.0.0.1/30").netmask);
        assertEquals(Ip4.of(128, 0, 0, 0), StaticAddress.parse("10.0.0.1/1").netmask);
    }

    @Test
    void malformedValuesAreRejectedWithTheReason() {
        String[][] cases = {
            {"192.168.77.2", "prefix length"}, {"192.168.77.2/", "prefix must be"}, {"192.168.77.2/33", "prefix must be"},
            {"192.168.77.2/0", "prefix must be"}, {"192.168.77.2/31", "prefix must be"}, {"192.168.77.2/2x", "not a number"},
            {"192.168.77.2/123", "not a number"}, {"192.168.77/24", "not an IPv4 address"},
            {"192.168.77.0/24", "not a usable host"}, {"192.168.77.255/24", "not a usable host"},
            {"127.0.0.5/8", "not a usable host"}, {"224.0.0.1/24", "not a usable host"}, {"0.1.2.3/8", "not a usable host"},
            {"192.168.77.2/24,192.168.78.1", "gateway"}, {"192.168.77.2/24,192.168.77.2", "gateway"},
            {"192.168.77.2/24,x", "not an IPv4 address"},
        };
        for (String[] c : cases) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> StaticAddress.parse(c[0]), c[0]);
            assertTrue(e.getMessage().contains(c[1]), c[0] + ": " + e.getMessage());
        }
    }

    @Test
    void dnsServerAddressIsAHostAddress() {
        assertEquals(Ip4.of(192, 168, 77, 1), StaticAddress.parseDns("192.168.77.1"));
        String[][] cases = {{"192.168.77", "not an IPv4 address"}, {"x", "not an IPv4 address"},
            {"127.0.0.1", "not a usable host"}, {"0.0.0.0", "not a usable host"}, {"255.255.255.255", "not a usable host"},
            {"224.0.0.251", "not a usable host"}};
        for (String[] c : cases) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> StaticAddress.parseDns(c[0]), c[0]);
            assertTrue(e.getMessage().startsWith("dns=") && e.getMessage().contains(c[1]), c[0] + ": " + e.getMessage());
        }
    }
}
