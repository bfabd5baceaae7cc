package os2.peer;

import static os2.peer.Frames.*;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Makes malformed (or merely unusual) frames from real ones: random mutations and
 * hand-written edge cases of each layer. Every kind is one {@link Kind}; {@link #mutate}
 * picks one the frame allows. Seeded: the same seed and frames give the same mutants.
 */
public final class Mutator {
    /** What was done to a frame. */
    public enum Kind {
        /** 1..4 random bytes changed, checksums left broken. */
        RANDOM_BYTES,
        /** random bytes changed past the Ethernet header, then the checksums recomputed. */
        RANDOM_FIXED,
        /**
         * cut short at a random length of at least one byte (IP length still claiming the
         * original). Never empty: the wire cannot carry an empty frame, and QEMU's dgram
         * backend takes an empty datagram for the end of the connection and stops reading
         * its socket for good (docs/RELIABILITY.md, finding 3).
         */
        TRUNCATED,
        /** random bytes appended and claimed by the IP total length, checksums fixed. */
        EXTENDED,
        /** IPv4 header checksum wrong. */
        BAD_IP_CHECKSUM,
        /** TCP/UDP/ICMP checksum wrong, IP checksum right. */
        BAD_L4_CHECKSUM,
        /** IP header length below 5 words or beyond the frame. */
        BAD_IHL,
        /** IP header with 40 bytes of garbage options. */
        IP_OPTIONS,
        /** the datagram split into two fragments whose byte ranges overlap with different bytes. */
        OVERLAPPING_FRAGMENTS,
        /** a fragment whose end lies beyond 65535 bytes. */
        OVERSIZED_FRAGMENT,
        /** TCP window set to zero (checksums fixed). */
        ZERO_WINDOW,
        /** TCP SYN and FIN together. */
        SYN_FIN,
        /** every TCP flag set. */
        ALL_FLAGS,
        /** TCP data offset below 5 words or beyond the segment. */
        BAD_DATA_OFFSET,
        /** 40 bytes of TCP options of bad or extreme lengths (0, 1, 255, past the header). */
        HUGE_OPTIONS,
        /** source address equal to the destination. */
        LAND,
        /** UDP length field disagreeing with the IP length. */
        BAD_UDP_LENGTH
    }

    private final Random random;

    public Mutator(long seed) {
        random = new Random(seed);
    }

    /** One or two mutant frames (two for overlapping fragments) of frame[0, len), and its kind in kind[0]. */
    public List<byte[]> mutate(byte[] frame, int len, Kind[] kind) {
        Kind[] all = Kind.values();
        for (int attempt = 0; attempt < 8; attempt++) {
            Kind k = all[random.nextInt(all.length)];
            List<byte[]> out = apply(k, Arrays.copyOf(frame, len));
            if (out != null) {
                kind[0] = k;
                return out;
            }
        }
        kind[0] = Kind.RANDOM_BYTES;
        return List.of(randomBytes(Arrays.copyOf(frame, len)));
    }

    /** The mutants of one kind, or null when the frame does not allow it (e.g. TCP kinds on ARP). */
    List<byte[]> apply(Kind k, byte[] f) {
        boolean ip = isIpv4(f, f.length);
        boolean tcp = isTcp(f, f.length);
        switch (k) {
            case RANDOM_BYTES:
                return List.of(randomBytes(f));
            case RANDOM_FIXED:
                if (!ip) return null;
                for (int i = 0, n = 1 + random.nextInt(4); i < n; i++) {
                    f[ETH + random.nextInt(f.length - ETH)] = (byte) random.nextInt(256);
                }
                fixChecksums(f, f.length);
                return List.of(f);
            case TRUNCATED:
                if (f.length < 2) return null;
                return List.of(Arrays.copyOf(f, 1 + random.nextInt(f.length - 1)));
            case EXTENDED: {
                if (!ip) return null;
                int extra = 1 + random.nextInt(300);
                byte[] g = Arrays.copyOf(f, f.length + extra);
                for (int i = f.length; i < g.length; i++) g[i] = (byte) random.nextInt(256);
                put16(g, ETH + 2, Math.min(0xffff, g.length - ETH));
                fixChecksums(g, g.length);
                return List.of(g);
            }
            case BAD_IP_CHECKSUM:
                if (!ip) return null;
                fixIpChecksum(f);
                put16(f, IP_CHECKSUM, get16(f, IP_CHECKSUM) ^ (1 + random.nextInt(0xffff)));
                return List.of(f);
            case BAD_L4_CHECKSUM: {
                if (!ip || (get16(f, ETH + 6) & 0x3fff) != 0) return null;
                fixChecksums(f, f.length);
                int field = protocol(f) == TCP ? 16 : protocol(f) == UDP ? 6 : protocol(f) == ICMP ? 2 : -1;
                if (field < 0 || l4(f) + field + 2 > f.length) return null;
                put16(f, l4(f) + field, get16(f, l4(f) + field) ^ (1 + random.nextInt(0xfffe)));
                return List.of(f);
            }
            case BAD_IHL:
                if (!ip) return null;
                f[ETH] = (byte) (0x40 | (random.nextBoolean() ? random.nextInt(5) : 15));
                if (random.nextBoolean()) fixIpChecksumLoosely(f);
                return List.of(f);
            case IP_OPTIONS:
                return ip ? List.of(ipOptions(f)) : null;
            case OVERLAPPING_FRAGMENTS:
                return ip ? overlapping(f) : null;
            case OVERSIZED_FRAGMENT:
                if (!ip) return null;
                put16(f, ETH + 6, 0x1fff - random.nextInt(4));   // offset near 65528, maybe MF clear
                fixIpChecksum(f);
                return List.of(f);
            case ZERO_WINDOW:
                if (!tcp) return null;
                put16(f, l4(f) + 14, 0);
                fixChecksums(f, f.length);
                return List.of(f);
            case SYN_FIN:
                if (!tcp) return null;
                f[l4(f) + 13] |= 0x03;
                fixChecksums(f, f.length);
                return List.of(f);
            case ALL_FLAGS:
                if (!tcp) return null;
                f[l4(f) + 13] = (byte) 0xff;
                fixChecksums(f, f.length);
                return List.of(f);
            case BAD_DATA_OFFSET:
                if (!tcp) return null;
                f[l4(f) + 12] = (byte) ((random.nextBoolean() ? random.nextInt(5) : 15) << 4);
                fixChecksums(f, f.length);
                return List.of(f);
            case HUGE_OPTIONS:
                return tcp ? List.of(hugeOptions(f)) : null;
            case LAND:
                if (!ip) return null;
                System.arraycopy(f, ETH + 16, f, ETH + 12, 4);
                fixChecksums(f, f.length);
                return List.of(f);
            case BAD_UDP_LENGTH:
                if (!ip || protocol(f) != UDP || l4(f) + 8 > f.length) return null;
                put16(f, l4(f) + 4, random.nextBoolean() ? random.nextInt(8) : 0xffff - random.nextInt(100));
                fixChecksums(f, f.length);
                return List.of(f);
            default:
                throw new AssertionError(k);
        }
    }

    private byte[] randomBytes(byte[] f) {
        if (f.length == 0) return f;
        for (int i = 0, n = 1 + random.nextInt(4); i < n; i++) {
            f[random.nextInt(f.length)] = (byte) random.nextInt(256);
        }
        return f;
    }

    /** The IP checksum over whatever header length the (broken) IHL claims, if it fits. */
    private static void fixIpChecksumLoosely(byte[] f) {
        int ihl = ipHeaderLength(f);
        if (ihl >= 20 && ETH + ihl <= f.length) {
            fixIpChecksum(f);
        }
    }

    /** Grows the IP header to 60 bytes with random option bytes (some valid-looking, some not). */
    private byte[] ipOptions(byte[] f) {
        int ihl = ipHeaderLength(f);
        int add = 60 - ihl;
        if (add <= 0) return null;
        byte[] g = new byte[f.length + add];
        System.arraycopy(f, 0, g, 0, ETH + ihl);
        for (int i = 0; i < add; i++) {
            g[ETH + ihl + i] = (byte) (random.nextInt(3) == 0 ? new int[] {0, 1, 7, 68, 131, 137, 255}[random.nextInt(7)]
                    : random.nextInt(256));
        }
        System.arraycopy(f, ETH + ihl, g, ETH + 60, f.length - ETH - ihl);
        g[ETH] = 0x4f;
        put16(g, ETH + 2, Math.min(0xffff, get16(f, ETH + 2) + add));
        fixIpChecksum(g);
        return g;
    }

    /** Two fragments: [0, a+overlap) and [a, end) where the overlapping bytes differ. */
    private List<byte[]> overlapping(byte[] f) {
        int hl = ipHeaderLength(f);
        int total = Math.min(get16(f, ETH + 2), f.length - ETH);
        int payload = total - hl;
        if (payload < 24) return null;
        int split = 8 * (1 + random.nextInt(payload / 8 - 1));          // second fragment's start
        int firstEnd = Math.min(payload, split + 8 * (1 + random.nextInt(2)));   // overlaps 8 or 16 bytes
        int id = random.nextInt(0x10000);
        byte[] a = fragment(f, hl, 0, firstEnd, true, id);
        byte[] b = fragment(f, hl, split, payload, false, id);
        for (int i = 0; i < firstEnd - split; i++) {
            b[ETH + hl + i] ^= (byte) (1 + random.nextInt(255));   // the overlap disagrees
        }
        fixIpChecksum(b);
        return random.nextBoolean() ? List.of(a, b) : List.of(b, a);
    }

    private static byte[] fragment(byte[] f, int hl, int from, int to, boolean more, int id) {
        byte[] g = new byte[ETH + hl + (to - from)];
        System.arraycopy(f, 0, g, 0, ETH + hl);
        System.arraycopy(f, ETH + hl + from, g, ETH + hl, to - from);
        put16(g, ETH + 2, hl + to - from);
        put16(g, ETH + 4, id);
        put16(g, ETH + 6, (more ? 0x2000 : 0) | from / 8);
        fixIpChecksum(g);
        return g;
    }

    /** Data offset 15 with 40 option bytes: long lengths, zero lengths, one-byte options at the end. */
    private byte[] hugeOptions(byte[] f) {
        int at = l4(f);
        int thl = tcpHeaderLength(f);
        int add = 60 - thl;
        if (add <= 0) return null;
        byte[] g = new byte[f.length + add];
        System.arraycopy(f, 0, g, 0, at + thl);
        int o = at + thl;
        int end = at + 60;
        while (o < end) {
            int kind = new int[] {2, 3, 4, 8, 30, 254, 1, 0}[random.nextInt(8)];
            g[o++] = (byte) kind;
            if (o < end && kind > 1) {
                int l = new int[] {0, 1, 2, 255, end - o + 2, 40}[random.nextInt(6)];
                g[o++] = (byte) l;
                for (int i = 0; i < Math.max(0, l - 2) && o < end; i++) g[o++] = (byte) random.nextInt(256);
            }
        }
        System.arraycopy(f, at + thl, g, end, f.length - at - thl);
        g[at + 12] = (byte) (0xf0 | (g[at + 12] & 0x0f));
        put16(g, ETH + 2, Math.min(0xffff, get16(f, ETH + 2) + add));
        fixChecksums(g, g.length);
        return g;
    }

    /** All kinds applied to frame, for tests and the record of what exists. */
    public List<byte[]> every(byte[] frame) {
        List<byte[]> out = new ArrayList<>();
        for (Kind k : Kind.values()) {
            List<byte[]> m = apply(k, frame.clone());
            if (m != null) out.addAll(m);
        }
        return out;
    }
}
