package os2.user.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The SHA-256 netbulk prints (os2.user.netprog.Sha256) against the JDK's, across the padding boundaries and in pieces. */
class NetBulkTest {
    @Test
    void sha256MatchesTheJdk() throws Exception {
        Random r = new Random(1);
        for (int len : new int[] {0, 1, 55, 56, 57, 63, 64, 65, 119, 120, 1000, 100_003}) {
            byte[] b = new byte[len];
            r.nextBytes(b);
            os2.user.netprog.Sha256 s = new os2.user.netprog.Sha256();
            int cut = len / 3;
            s.update(b, 0, cut);
            s.update(b, cut, len - cut);
            assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b)), s.hexDigest(), "length " + len);
        }
    }
}
