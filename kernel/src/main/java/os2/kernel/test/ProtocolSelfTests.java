package os2.kernel.test;

import os2.kernel.panic.Panic;

/** Tests of the test protocol and the panic path; selectable by name only, never in "all". */
final class ProtocolSelfTests {
    private ProtocolSelfTests() {
    }

    static void register() {
        SelfTests.register("fail", false, ProtocolSelfTests::deliberateFailure);
        SelfTests.register("panic", false, ProtocolSelfTests::deliberatePanic);
    }

    static void deliberateFailure() {
        Check.fail("deliberate failure");
    }

    static void deliberatePanic() {
        Panic.panic("deliberate panic (self test)");
    }
}
