package os2.kernel.net;

/** A clock the test moves by hand. */
final class FakeClock implements NetClock {
    long now;

    FakeClock(long start) {
        now = start;
    }

    @Override
    public long millis() {
        return now;
    }

    void advance(long ms) {
        now += ms;
    }
}
