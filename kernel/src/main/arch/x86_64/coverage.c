/*
 * coverage.c - the kernel's edge counters when it is built without them.
 *
 * A coverage build (./os2 build --coverage, os2.aot.Coverage) emits the counters
 * os2_cov_counters[N], their address os2_cov_base and os2_cov_npoints = N into its
 * generated C; those strong definitions replace these weak ones at link time. In a
 * normal build these stand: no counters (0 points), and the COVERAGE debug call
 * (os2.kernel.task.CoverageCall) answers E_NOSYS.
 */
#include <stdint.h>

__attribute__((weak)) int64_t *const os2_cov_base = 0;
__attribute__((weak)) const int64_t os2_cov_npoints = 0;
