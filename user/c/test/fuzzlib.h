/* fuzzlib.h - what the fuzz driver (fuzz.c) and its workers (fuzzw.c) share: the seeded
 * generator every choice comes from (so a run is reproducible from its seed), number
 * printing, argument parsing and the call trace the minimiser reads back. */
#ifndef FUZZLIB_H
#define FUZZLIB_H
#include <os2.h>

/* xorshift64*: the state lives wherever the caller keeps it (workers keep it in a region
 * no fuzzed call is ever pointed at, since the calls may rightly write over image and stack). */
static inline uint64_t fz_next(uint64_t *s) {
    uint64_t x = *s;
    x ^= x >> 12, x ^= x << 25, x ^= x >> 27;
    *s = x ? x : 0x9E3779B97F4A7C15ull;   /* never stuck at zero */
    return x * 0x2545F4914F6CDD1Dull;
}
/* A seed from a decimal string, mixed so that seeds 1, 2, 3 start far apart. */
static inline uint64_t fz_seed(uint64_t v) {
    v += 0x9E3779B97F4A7C15ull;
    v = (v ^ (v >> 30)) * 0xBF58476D1CE4E5B9ull;
    v = (v ^ (v >> 27)) * 0x94D049BB133111EBull;
    return (v ^ (v >> 31)) | 1;
}
static inline uint64_t fz_parse(const char *p) {
    uint64_t v = 0;
    while (p && *p >= '0' && *p <= '9') v = v * 10 + (uint64_t)(*p++ - '0');
    return v;
}
static inline int fz_eq(const char *a, const char *b) {
    while (*a && *a == *b) a++, b++;
    return *a == *b;
}

/* Output: one WRITE per line (a line is never split by another task's output). */
struct fz_line { char b[200]; int n; };
static inline void fz_s(struct fz_line *l, const char *s) { while (*s && l->n < 198) l->b[l->n++] = *s++; }
static inline void fz_u(struct fz_line *l, uint64_t v) {
    char t[24];
    int n = 0;
    do t[n++] = (char)('0' + v % 10); while (v /= 10);
    while (n && l->n < 198) l->b[l->n++] = t[--n];
}
static inline void fz_x(struct fz_line *l, uint64_t v) {
    fz_s(l, " 0x");
    int started = 0;
    for (int sh = 60; sh >= 0; sh -= 4) {
        int d = (int)(v >> sh) & 15;
        if (d || started || sh == 0) { l->b[l->n++] = "0123456789abcdef"[d]; started = 1; }
    }
}
static inline void fz_i(struct fz_line *l, int64_t v) {
    if (v < 0) { fz_s(l, "-"); fz_u(l, (uint64_t)-v); } else fz_u(l, (uint64_t)v);
}
static inline void fz_end(struct fz_line *l) {
    l->b[l->n++] = '\n';
    os2_write(os2_start_cap(OS2_SLOT_STDOUT), l->b, (size_t)l->n);
    l->n = 0;
}

/* The trace of one call, written before the call (so a call that kills the machine is the
 * last line): "fz: W k nr a0 a1 a2 a3 a4". */
static inline void fz_trace(int worker, uint64_t k, int64_t nr, const int64_t *a) {
    struct fz_line l = {.n = 0};
    fz_s(&l, "fz: ");
    fz_u(&l, (uint64_t)worker);
    fz_s(&l, " ");
    fz_u(&l, k);
    fz_s(&l, " ");
    fz_i(&l, nr);
    for (int i = 0; i < 5; i++) fz_x(&l, (uint64_t)a[i]);
    fz_end(&l);
}
#endif
