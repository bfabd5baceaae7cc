package os2.user.sh;

import java.util.LinkedHashMap;
import java.util.Map;
import os2.user.Args;
import os2.user.Caps;
import os2.user.Endpoint;
import os2.user.Handle;
import os2.user.Message;

/**
 * The start message a program launched by the shell finds in start slot {@link Caps#START}:
 * one message already queued on that endpoint, its bytes the environment as SPAWN encodes
 * arguments ({@code NAME=VALUE} strings, each ended by a NUL). argv travels in SPAWN itself.
 */
public final class Start {
    private Start() {
    }

    /** The message bytes for env. */
    public static byte[] encode(Map<String, String> env) {
        String[] a = new String[env.size()];
        int i = 0;
        for (Map.Entry<String, String> e : env.entrySet()) {
            a[i++] = e.getKey() + "=" + e.getValue();
        }
        return Args.encode(a);
    }

    /** The environment in bytes b (entries without '=' are skipped). */
    public static Map<String, String> decode(byte[] b) {
        Map<String, String> env = new LinkedHashMap<>();
        for (String s : Args.decode(b)) {
            int eq = s.indexOf('=');
            if (eq > 0) {
                env.put(s.substring(0, eq), s.substring(eq + 1));
            }
        }
        return env;
    }

    /** This task's environment: the start message if there is one (the endpoint is closed after), else empty. */
    public static Map<String, String> environment() {
        Handle h = Caps.slot(Caps.START);
        if (h.isNone()) {
            return new LinkedHashMap<>();
        }
        try (Endpoint e = new Endpoint(h)) {
            Message m = e.poll();
            return m == null ? new LinkedHashMap<>() : decode(m.bytes());
        } catch (RuntimeException x) {
            return new LinkedHashMap<>();
        }
    }
}
