package os2.user.netprog;

/** An http URL split into host, port and path (RFC 3986's generic syntax, the parts fetch needs). */
public record Url(String host, int port, String path) {
    /** The default port of http. */
    public static final int HTTP_PORT = 80;

    /** Parses "http://host[:port][/path]"; IllegalArgumentException with the reason otherwise. */
    public static Url parse(String s) {
        String rest;
        if (s.startsWith("http://")) {
            rest = s.substring(7);
        } else if (s.startsWith("https://")) {
            throw new IllegalArgumentException("https is not supported (no TLS): " + s);
        } else if (s.contains("://")) {
            throw new IllegalArgumentException("not an http URL: " + s);
        } else {
            rest = s;   // curl's habit: a bare host[/path] means http
        }
        int slash = rest.indexOf('/');
        String authority = slash < 0 ? rest : rest.substring(0, slash);
        String path = slash < 0 ? "/" : rest.substring(slash);
        int hash = path.indexOf('#');
        if (hash >= 0) {
            path = path.substring(0, hash);   // a fragment is never sent
        }
        if (authority.indexOf('@') >= 0) {
            throw new IllegalArgumentException("user information in URLs is not supported: " + s);
        }
        int port = HTTP_PORT;
        String host = authority;
        int colon = authority.lastIndexOf(':');
        if (colon >= 0) {
            host = authority.substring(0, colon);
            String p = authority.substring(colon + 1);
            port = 0;
            for (int i = 0; i < p.length() && port <= 65535; i++) {
                char c = p.charAt(i);
                if (c < '0' || c > '9') {
                    port = -1;
                    break;
                }
                port = port * 10 + (c - '0');
            }
            if (p.isEmpty() || port < 1 || port > 65535) {
                throw new IllegalArgumentException("bad port in URL: " + s);
            }
        }
        if (host.isEmpty()) {
            throw new IllegalArgumentException("no host in URL: " + s);
        }
        for (int i = 0; i < path.length(); i++) {
            if (path.charAt(i) <= ' ' || path.charAt(i) >= 127) {
                throw new IllegalArgumentException("a URL may not contain spaces or control characters: " + s);
            }
        }
        return new Url(host, port, path);
    }

    /** The Host header's value: host, and the port if it is not 80. */
    public String hostHeader() {
        return port == HTTP_PORT ? host : host + ":" + port;
    }

    /** The request fetch sends (GET, or HEAD when head). */
    public String request(boolean head, String agent) {
        return (head ? "HEAD " : "GET ") + path + " HTTP/1.1\r\nHost: " + hostHeader() + "\r\nUser-Agent: " + agent
                + "\r\nAccept: */*\r\nConnection: close\r\n\r\n";
    }
}
