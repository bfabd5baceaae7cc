package os2.kernel.net;

/** Hears the outcome of {@link Dns#resolve}. */
public interface DnsListener {
    /** name has the IPv4 address ip (the first A record of the answer). */
    void onResolved(String name, int ip);

    /** name could not be resolved: reason says why ("no such name", "timed out", ...). */
    void onFailed(String name, String reason);
}
