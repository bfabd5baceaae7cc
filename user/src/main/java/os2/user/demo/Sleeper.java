package os2.user.demo;

import os2.user.Time;

/** Sleeps for the milliseconds given (default 100) and reports how long it slept; status 0 if long enough. */
public final class Sleeper {
    private Sleeper() {
    }

    public static void main(String[] args) {
        long ms = args.length > 0 ? Long.parseLong(args[0]) : 100;
        long t0 = Time.now();
        Time.sleepMillis(ms);
        long slept = (Time.now() - t0) / 1_000_000;
        System.out.println("slept " + (slept >= ms ? "at least " : "only ") + ms + " ms");
        System.exit(slept >= ms ? 0 : 1);
    }
}
