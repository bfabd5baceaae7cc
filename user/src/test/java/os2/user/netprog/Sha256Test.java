package os2.user.netprog;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class Sha256Test {
    @Test
    void knownAnswers() {
        // FIPS 180-4 examples (one block, two blocks) and the empty message.
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", hash("abc"));
        assertEquals("248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1",
                hash("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"));
        assertEquals("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", hash(""));
    }

    @Test
    void paddingEdgesAgreeWithTheJdk() throws Exception {
        for (int len = 0; len <= 200; len++) {
            byte[] b = new byte[len];
            for (int i = 0; i < len; i++) {
                b[i] = (byte) (i * 7 + len);
            }
            Sha256 s = new Sha256();
            s.update(b, 0, len);
            assertEquals(jdk(b), s.hexDigest(), "length " + len);
        }
    }

    @Property(tries = 200)
    void anySplitGivesTheJdksDigest(@ForAll @Size(max = 3000) byte[] data, @ForAll @IntRange(min = 1, max = 300) int step)
            throws Exception {
        Sha256 s = new Sha256();
        for (int i = 0; i < data.length; i += step) {
            s.update(data, i, Math.min(step, data.length - i));
        }
        assertEquals(data.length, s.length());
        assertEquals(jdk(data), s.hexDigest());
        assertEquals(0, s.length(), "digest starts a new message");
    }

    @Test
    void rejectsBadRanges() {
        assertThrows(IndexOutOfBoundsException.class, () -> new Sha256().update(new byte[4], 2, 3));
    }

    private static String hash(String s) {
        Sha256 h = new Sha256();
        byte[] b = s.getBytes(StandardCharsets.US_ASCII);
        h.update(b, 0, b.length);
        return h.hexDigest();
    }

    private static String jdk(byte[] b) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
    }
}
