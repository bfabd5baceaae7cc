package java.lang;

import java.io.IOException;
import java.io.InputStream;

/**
 * Standard input (fd 0) as an InputStream, unbuffered: wrap it in a BufferedReader.
 * Before each read that may block it flushes System.out, so a prompt printed
 * without a newline is visible before the program waits for the answer.
 */
final class StdIn extends InputStream {
    private final byte[] one = new byte[1];

    @Override
    public int read() throws IOException {
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (off < 0 || len < 0 || len > b.length - off) {
            throw new IndexOutOfBoundsException("Range [" + off + ", " + off + " + " + len
                    + ") out of bounds for length " + b.length);
        }
        if (len == 0) {
            return 0;
        }
        System.flushStreams();
        int n = VMHelper.read(0, b, off, len);
        if (n < 0) {
            throw new IOException("read from standard input failed (error " + n + ")");
        }
        return n == 0 ? -1 : n;
    }
}
