/*
 * libc.c - the C library subset gcc may call even in freestanding code
 * (struct copies, zeroing, the collector's memset). Freestanding targets only.
 * The copy/fill loops are x86 string instructions, so gcc cannot turn them
 * back into calls to themselves.
 */
#include "os2rt.h"

/* Forward byte copy: rep movsb is fast on every x86-64 with ERMSB and correct on all. */
void *memcpy(void *dst, const void *src, size_t n) {
    void *d = dst;
    if ((((uintptr_t)d | (uintptr_t)src | n) & 7) == 0) {
        size_t q = n >> 3;
        __asm__ volatile("rep movsq" : "+D"(d), "+S"(src), "+c"(q) : : "memory");
        return dst;
    }
    __asm__ volatile("rep movsb" : "+D"(d), "+S"(src), "+c"(n) : : "memory");
    return dst;
}

/* Overlap-safe copy: forward unless dst lies inside the source, then backward (std; rep movsb; cld). */
void *memmove(void *dst, const void *src, size_t n) {
    if ((uintptr_t)dst - (uintptr_t)src >= n)
        return memcpy(dst, src, n);
    const char *s = (const char *)src + n - 1;
    char *d = (char *)dst + n - 1;
    __asm__ volatile("std\n\trep movsb\n\tcld" : "+D"(d), "+S"(s), "+c"(n) : : "memory");
    return dst;
}

/* Byte fill with rep stosb. */
/* Whole aligned quadwords (page zeroing, the collector's buffers) take rep stosq: an eighth
 * of the iterations, which is also what a guest-instruction count sees. */
void *memset(void *dst, int c, size_t n) {
    void *d = dst;
    if ((((uintptr_t)d | n) & 7) == 0) {
        size_t q = n >> 3;
        uint64_t v = (uint64_t)(unsigned char)c * 0x0101010101010101ull;
        __asm__ volatile("rep stosq" : "+D"(d), "+c"(q) : "a"(v) : "memory");
        return dst;
    }
    __asm__ volatile("rep stosb" : "+D"(d), "+c"(n) : "a"(c) : "memory");
    return dst;
}

/* Byte-wise comparison as unsigned chars. */
int memcmp(const void *a, const void *b, size_t n) {
    const unsigned char *p = a, *q = b;
    for (size_t i = 0; i < n; i++)
        if (p[i] != q[i])
            return p[i] - q[i];
    return 0;
}

/* Length of a NUL-terminated string; the empty asm keeps gcc from recognising the idiom as strlen. */
size_t strlen(const char *s) {
    size_t n = 0;
    while (s[n]) {
        __asm__("" : "+r"(n));
        n++;
    }
    return n;
}
