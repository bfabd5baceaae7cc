package os2.user.demo;

import os2.user.SysException;
import os2.user.net.Resolver;
import os2.user.net.TcpSocket;
import os2.user.netprog.FetchArgs;
import os2.user.netprog.HttpResponse;
import os2.user.netprog.Sha256;
import os2.user.netprog.Url;
import os2.user.netprog.Usage;

/**
 * fetch: an HTTP/1.1 client (docs/NETWORK.md): GET a URL, the body to standard output
 * (or its length and SHA-256 with {@code --sha256}); a status other than 2xx is an error
 * on standard error and exit status 1. Needs the network capability. See
 * {@link FetchArgs#USAGE}.
 */
public final class Fetch {
    static final int BUFFER = 16 * 1024;
    static final String AGENT = "os2-fetch/0.1";

    private Fetch() {
    }

    public static void main(String[] args) {
        FetchArgs a;
        try {
            a = FetchArgs.parse(args);
        } catch (Usage u) {
            System.err.print("fetch: " + u.getMessage() + "\n" + FetchArgs.USAGE);
            System.exit(2);
            return;
        }
        if (a.help()) {
            System.out.print(FetchArgs.USAGE);
            System.exit(0);
        }
        System.exit(run(a));
    }

    static int run(FetchArgs a) {
        Url u = a.url();
        TcpSocket s;
        try {
            int ip = Resolver.resolve(u.host());
            s = TcpSocket.connect(ip, u.port());
        } catch (SysException e) {
            System.err.println("fetch: " + u.hostHeader() + ": " + e.getMessage());
            return 1;
        }
        HttpResponse r = new HttpResponse(a.head());
        Sha256 sha = new Sha256();
        HttpResponse.Body body = (b, off, len) -> {
            if (r.status() / 100 != 2) {
                return;   // an error page is not the resource: not written (as curl --fail)
            }
            if (a.sha256()) {
                sha.update(b, off, len);
            } else {
                System.out.write(b, off, len);
            }
        };
        try {
            s.write(u.request(a.head(), AGENT));
            byte[] buf = new byte[BUFFER];
            while (!r.done()) {
                int n = s.read(buf, 0, buf.length);
                if (n < 0) {
                    r.finish();
                    break;
                }
                r.feed(buf, 0, n, body);
            }
        } catch (SysException | HttpResponse.HttpException e) {
            System.out.flush();
            System.err.println("fetch: " + u.hostHeader() + u.path() + ": " + e.getMessage());
            s.close();
            return 1;
        }
        s.close();
        if (a.head()) {
            System.out.println("HTTP/1.1 " + r.status() + " " + r.reason());
            for (int i = 0; i < r.headerCount(); i++) {
                System.out.println(r.headerName(i) + ": " + r.headerValue(i));
            }
        } else if (a.sha256() && r.status() / 100 == 2) {
            System.out.println(r.bodyBytes() + " bytes sha256 " + sha.hexDigest());
        }
        System.out.flush();
        if (r.status() / 100 != 2) {
            System.err.println("fetch: " + u.hostHeader() + u.path() + ": HTTP " + r.status() + " " + r.reason());
            return 1;
        }
        return 0;
    }
}
