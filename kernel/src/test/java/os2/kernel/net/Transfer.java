package os2.kernel.net;

import java.io.ByteArrayOutputStream;

/** Streams a byte array over a connection as space allows, and collects what arrives. */
final class Transfer implements SocketListener {
    final byte[] toSend;
    int sent;
    final ByteArrayOutputStream got = new ByteArrayOutputStream();
    boolean eof;
    CloseReason closed;
    TcpConnection conn;
    boolean closeWhenSent = true;
    private final byte[] readBuf = new byte[8192];

    Transfer(byte[] toSend) {
        this.toSend = toSend;
    }

    void pump(TcpConnection c) {
        conn = c;
        if (sent < toSend.length && c.sendSpace() > 0) {
            sent += c.send(toSend, sent, toSend.length - sent);
        }
        if (sent == toSend.length && closeWhenSent && (c.state() == TcpState.ESTABLISHED || c.state() == TcpState.CLOSE_WAIT)) {
            c.close();
        }
    }

    @Override
    public void onAccept(TcpListenSocket socket, TcpConnection c) {
        c.setListener(this);
        pump(c);
    }

    @Override
    public void onConnected(TcpConnection c) {
        pump(c);
    }

    @Override
    public void onData(TcpConnection c) {
        int n;
        while ((n = c.read(readBuf, 0, readBuf.length)) > 0) {
            got.write(readBuf, 0, n);
        }
        if (n < 0) {
            eof = true;
        }
    }

    @Override
    public void onWritable(TcpConnection c) {
        pump(c);
    }

    @Override
    public void onClosed(TcpConnection c, CloseReason reason) {
        closed = reason;
    }
}
