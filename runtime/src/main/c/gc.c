/*
 * gc.c - the collector: non-moving mark-sweep over regions the embedder gives.
 *
 * Heap layout. Each region starts with its object-start bitmap (1 bit per
 * 16-byte granule), then the heap proper. The heap is tiled up to `top` (the
 * high-water mark) by blocks: objects and free chunks, each with its start bit
 * set. Memory above top is never read; the bitmap is initialised lazily as top
 * grows, so a 1 GiB MAP_NORESERVE reservation costs only what is used.
 *
 * Block header (overlays JObject): the 32-bit `gc` word holds
 * granules << 2 | FREE | MARK, so blocks can be walked without their class.
 * A free chunk keeps its free-list link where an object keeps its class.
 *
 * Allocation: small objects (<= 512 bytes) bump through an allocation buffer:
 * a piece of a large free chunk, else a whole small free chunk (the largest
 * class that fits, so the holes a sweep leaves are bumped through on the fast
 * path rather than carved one object at a time), else a region's top; large
 * ones take the first fit on the large list, else a region's top. A collection runs when the bytes allocated since
 * the last one exceed max(4 MiB, 2 * live bytes), or when nothing fits. A small
 * floor keeps the young objects in the cache and in pages already touched: a
 * 64 MiB floor cut instructions but cost 5x in wall time (page faults, misses).
 *
 * Roots: os2_static_roots, os2_exc, os2_gc_add_root slots (all precise), and the
 * C stack between the stack pointer and the base set by os2_gc_set_stack_base
 * (conservative; interior pointers count). The heap itself is traced precisely.
 * Marking uses a fixed mark stack; on overflow the heap is rescanned for marked
 * objects until no overflow remains, so no recursion and no allocation. A reference
 * array is scanned MARK_CHUNK elements at a time: the rest waits on the stack as a
 * continuation (the array, tagged, over its next index), so a big array does not
 * flood the stack with all its elements at once.
 */
#include "os2rt.h"

#define GRAN          16u
#define MAX_REGIONS   16
#define NSMALL        32                /* exact free lists for 1..NSMALL granules */
#define BUF_GRAN      2048              /* allocation buffer size (32 KiB) */
#define MARK_CHUNK    128               /* reference-array elements scanned per step */
#define MARK_CONT     1u                /* tag of a continuation entry (objects are 16-byte aligned) */
/* The mark stack, in entries. A hosted process (the Linux target) has 2 MiB of it in .bss,
 * where untouched pages cost nothing, so graphs with wide fan-out rarely overflow into the
 * rescan; the kernel and OS2 programs (freestanding) keep a small one. run.sh builds the
 * tests with a tiny stack so the overflow path is exercised. */
#ifndef OS2_MARK_STACK
#if __STDC_HOSTED__
#define OS2_MARK_STACK (1 << 18)
#else
#define OS2_MARK_STACK 4096
#endif
#endif
#define MARK_STACK    OS2_MARK_STACK
#ifdef OS2_GC_TEST_HOOKS              /* gc_test.c: the deepest the mark stack got */
int os2_gc_test_mark_high;
#define NOTE_DEPTH(sp) do { if ((sp) > os2_gc_test_mark_high) os2_gc_test_mark_high = (sp); } while (0)
#else
#define NOTE_DEPTH(sp) do { } while (0)
#endif
#define MAX_ROOTS     64
#define GC_MARK       1u
#define GC_FREE       2u
#define GC_SHIFT      2
#define MAX_GRAN      ((1u << 30) - 1)  /* largest block, in granules (~16 GiB) */
#define MIN_THRESHOLD ((uint64_t)4 << 20)

typedef struct Region {
    char *base, *top, *end;   /* heap [base,end); blocks tile [base,top) */
    char *zeroed;             /* [zeroed,end) is still zero: fresh from mmap, never handed out */
    uint64_t *bm;             /* object-start bitmap */
    size_t bmInit;            /* bitmap words initialised so far */
} Region;

typedef struct Free {         /* a free chunk; same shape as a JObject header */
    struct Free *next;
    uint32_t gc;
    int32_t unused;
} Free;

static Region regions[MAX_REGIONS];
static int nregions;
static uintptr_t heapLo = UINTPTR_MAX, heapHi;   /* hull of all regions */
static Free *smallFree[NSMALL + 1], *largeFree;
static uint64_t smallMask;       /* bit s set when smallFree[s] is non-empty */
/* Bytes on the small free lists: holes of at most NSMALL granules left between live objects.
 * They are free but not room: an object larger than the hole cannot use it, and a heap
 * densely full of live objects can have megabytes of them and no place for a 100-byte
 * object. os2_gc_free_bytes leaves them out (docs/RELIABILITY.md, bug 4). */
static uint64_t smallFreeBytes;
static char *bufPtr, *bufEnd;    /* allocation buffer: free space small objects bump through */
static char *bufBase;            /* its region's base and start bitmap, for the fast path */
static uint64_t *bufBm;
static JObject **extraRoots[MAX_ROOTS];
static int nextra;
static uintptr_t stackBase;
static uintptr_t markStack[MARK_STACK];   /* objects, or continuations: index, then array | MARK_CONT */
static int msp, overflowed;
/* usedBytes and sinceGc count a whole allocation buffer when it is taken and give back its
 * unused rest when it is retired, so the fast path does not count bytes (os2_gc_stats
 * subtracts the rest of the current buffer). */
static uint64_t heapBytes, usedBytes, liveBytes, collections, allocCount, sinceGc;
static uint64_t threshold = MIN_THRESHOLD;

/* Block size in granules, from the header word (valid for objects and free chunks). */
static inline uint32_t granules(const void *p) { return ((const JObject *)p)->gc >> GC_SHIFT; }

/* The region whose used part [base,top) holds address a, or NULL (statics, stack, garbage words). */
static inline Region *region_of(uintptr_t a) {
    /* the first region is usually the whole heap: one unsigned compare, inlined into marking */
    if (a - (uintptr_t)regions[0].base < (uintptr_t)(regions[0].top - regions[0].base))
        return &regions[0];
    if (a < heapLo || a >= heapHi)
        return NULL;
    for (int i = 1; i < nregions; i++)
        if (a >= (uintptr_t)regions[i].base && a < (uintptr_t)regions[i].top)
            return &regions[i];
    return NULL;
}

/* Bitmap index of a block; set/clear/test its start bit. */
static inline size_t gidx(Region *r, const void *p) { return (size_t)((const char *)p - r->base) / GRAN; }
static inline void set_start(Region *r, const void *p) { size_t i = gidx(r, p); r->bm[i >> 6] |= 1ull << (i & 63); }
static inline void clear_start(Region *r, const void *p) { size_t i = gidx(r, p); r->bm[i >> 6] &= ~(1ull << (i & 63)); }
static inline int is_start(Region *r, const void *p) { size_t i = gidx(r, p); return (r->bm[i >> 6] >> (i & 63)) & 1; }

/* The block containing address a (a in [base,top)): the nearest start bit at or below it. */
static char *block_of(Region *r, uintptr_t a) {
    size_t i = (a - (uintptr_t)r->base) / GRAN, w = i >> 6;
    uint64_t bits = r->bm[w] & (((uint64_t)2 << (i & 63)) - 1);
    while (!bits)
        bits = r->bm[--w];   /* terminates: base always has a start bit */
    return r->base + ((w << 6) + 63 - (size_t)__builtin_clzll(bits)) * GRAN;
}

/* Puts a free chunk of g granules on the list for its size. */
static void file_free(void *p, uint32_t g) {
    Free *f = p, **list = &largeFree;
    if (g <= NSMALL) {
        list = &smallFree[g];
        smallMask |= 1ull << g;
        smallFreeBytes += (uint64_t)g * GRAN;
    }
    f->gc = g << GC_SHIFT | GC_FREE;
    f->unused = 0;
    f->next = *list;
    *list = f;
}

/* Takes g granules from the start of free chunk f (already unlinked); files the rest. Not zeroed. */
static void *carve(Free *f, uint32_t g) {
    uint32_t fg = granules(f);
    if (fg > g) {
        char *rest = (char *)f + (size_t)g * GRAN;
        set_start(region_of((uintptr_t)rest), rest);
        file_free(rest, fg - g);
    }
    return f;
}

/* Raises r->top by n bytes, initialising the bitmap words that now cover used memory; returns
 * the n bytes zeroed. Only the part below the zeroed mark is cleared: memory above it has never
 * been handed out (a sweep may lower top, but the mark stays where top once was). */
static void *bump(Region *r, size_t n) {
    char *p = r->top, *e = p + n;
    size_t need = ((size_t)(e - r->base) / GRAN + 63) >> 6;
    while (r->bmInit < need)
        r->bm[r->bmInit++] = 0;
    r->top = e;
    if (p < r->zeroed)
        memset(p, 0, (size_t)((e < r->zeroed ? e : r->zeroed) - p));
    if (e > r->zeroed)
        r->zeroed = e;
    set_start(r, p);
    return p;
}

/* Sets the start bit of a block in the allocation buffer. */
static inline void buf_start(const char *p) {
    size_t i = (size_t)(p - bufBase) / GRAN;
    bufBm[i >> 6] |= 1ull << (i & 63);
}

/* Turns the unused rest of the allocation buffer back into a free chunk (the heap must be tiled for a GC). */
static void retire_buffer(void) {
    if (bufPtr < bufEnd) {
        size_t rest = (size_t)(bufEnd - bufPtr);
        buf_start(bufPtr);
        file_free(bufPtr, (uint32_t)(rest / GRAN));
        usedBytes -= rest;
        sinceGc -= rest;
    }
    bufPtr = bufEnd = NULL;
}

/* Makes [p, p + n) of region r, zeroed, the allocation buffer, and counts it as allocated. */
static void set_buffer(Region *r, char *p, size_t n) {
    bufPtr = p;
    bufEnd = p + n;
    bufBase = r->base;
    bufBm = r->bm;
    usedBytes += n;
    sinceGc += n;
}

/* A new allocation buffer: up to BUF_GRAN granules from the first large free chunk, else from a region's top. */
static int refill_buffer(uint32_t g) {
    retire_buffer();
    if (largeFree) {
        Free *f = largeFree;
        largeFree = f->next;
        uint32_t n = granules(f) < BUF_GRAN ? granules(f) : BUF_GRAN;
        char *p = carve(f, n);
        memset(p, 0, (size_t)n * GRAN);   /* zeroed once, in bulk: see os2_gc_alloc */
        set_buffer(region_of((uintptr_t)p), p, (size_t)n * GRAN);
        return 1;
    }
    for (int i = 0; i < nregions; i++) {
        size_t room = (size_t)(regions[i].end - regions[i].top);
        if (room >= (size_t)g * GRAN) {
            size_t n = room < BUF_GRAN * GRAN ? room : BUF_GRAN * GRAN;
            set_buffer(&regions[i], bump(&regions[i], n), n);   /* bump zeroes */
            return 1;
        }
    }
    return 0;
}

/* One allocation attempt without collecting, zeroed and counted. Small: the buffer, else a new
 * buffer (from a large chunk, else the largest fitting small chunk, else a top). Large: first fit
 * on the large list, then a region's top. */
static void *try_alloc(uint32_t g) {
    size_t n = (size_t)g * GRAN;
    if (g <= NSMALL) {
        if ((size_t)(bufEnd - bufPtr) < n) {
            uint64_t m = smallMask >> g << g;
            if (m && !largeFree) {
                int s = 63 - __builtin_clzll(m);
                Free *f = smallFree[s];
                if (!(smallFree[s] = f->next))
                    smallMask &= ~(1ull << s);
                smallFreeBytes -= (uint64_t)s * GRAN;
                retire_buffer();
                memset(f, 0, (size_t)s * GRAN);
                set_buffer(region_of((uintptr_t)f), (char *)f, (size_t)s * GRAN);
            } else if (!refill_buffer(g))
                return NULL;
        }
        char *p = bufPtr;
        bufPtr += n;
        buf_start(p);
        return p;
    }
    for (Free **pp = &largeFree; *pp; pp = &(*pp)->next)
        if (granules(*pp) >= g) {
            Free *f = *pp;
            *pp = f->next;
            usedBytes += n;
            sinceGc += n;
            return memset(carve(f, g), 0, n);
        }
    for (int i = 0; i < nregions; i++)
        if ((size_t)(regions[i].end - regions[i].top) >= n) {
            usedBytes += n;
            sinceGc += n;
            return bump(&regions[i], n);
        }
    return NULL;
}

static void *alloc_slow(uint32_t g);

/* Zeroed, 16-byte aligned memory; collects first when the threshold is passed, again when full. */
void *os2_gc_alloc(size_t size) {
    if (size > (size_t)MAX_GRAN * GRAN)
        return NULL;
    uint32_t g = size ? (uint32_t)((size + GRAN - 1) / GRAN) : 1;
    size_t bytes = (size_t)g * GRAN;
    /* The common case: a small object bumped from the buffer, which is already zero. */
    if (__builtin_expect(g <= NSMALL && (size_t)(bufEnd - bufPtr) >= bytes, 1)) {
        char *o = bufPtr;
        bufPtr = o + bytes;
        buf_start(o);
        ((JObject *)o)->gc = g << GC_SHIFT;
        allocCount++;
        return o;
    }
    return alloc_slow(g);
}

void java_lang_VMHelper__throwOOM(void);

/* A new instance of class c (generated code's commonest call into the runtime), with the fast
 * path of os2_gc_alloc inlined; NULL with OutOfMemoryError pending when the heap is full. */
JObject *os2_new(JClass *c) {
    uint32_t g = ((uint32_t)c->size + GRAN - 1) / GRAN;
    size_t bytes = (size_t)g * GRAN;
    JObject *o;
    if (__builtin_expect(g <= NSMALL && (size_t)(bufEnd - bufPtr) >= bytes, 1)) {
        o = (JObject *)bufPtr;
        bufPtr += bytes;
        buf_start((char *)o);
        o->gc = g << GC_SHIFT;
        allocCount++;
    } else if (!(o = alloc_slow(g))) {
        java_lang_VMHelper__throwOOM();
        return NULL;
    }
    o->cls = c;
    return o;
}

/* The rest of os2_gc_alloc, apart so that the common case saves no registers (a tail call here). */
static __attribute__((noinline)) void *alloc_slow(uint32_t g) {
    int collected = 0;
    if (sinceGc >= threshold) {
        os2_gc_collect();
        collected = 1;
    }
    JObject *o = try_alloc(g);
    if (!o && !collected) {
        os2_gc_collect();
        o = try_alloc(g);
    }
    if (!o)
        return NULL;
    o->gc = g << GC_SHIFT;
    allocCount++;
    return o;
}

/* Marks an unmarked object and queues it for scanning (or notes the overflow). */
static inline void mark_block(JObject *o) {
    if (o->gc & (GC_MARK | GC_FREE))
        return;
    o->gc |= GC_MARK;
    if (msp < MARK_STACK)
        markStack[msp++] = (uintptr_t)o;
    else
        overflowed = 1;
}

/* A root slot: marks it if it is in the heap with its start bit set, since an embedder's slot is not checked. */
static inline void mark_root(JObject *o) {
    Region *r = region_of((uintptr_t)o);
    if (r && !((uintptr_t)o & (GRAN - 1)) && is_start(r, o))
        mark_block(o);
}

/* A conservative word: marks the object it points into, if any. */
static void mark_word(uintptr_t w) {
    Region *r = region_of(w);
    if (r)
        mark_block((JObject *)block_of(r, w));
}

/* Scans queued objects until the mark stack is empty. The loop keeps the stack pointer and
 * the first region's bounds in locals: every mark writes a header through a pointer, which
 * would otherwise force the compiler to reload the globals for each reference. A field or
 * element of the heap only ever holds the start of an object, so unlike a root its start bit
 * is not looked up. */
static void drain(void) {
    uintptr_t *stack = markStack;
    int sp = msp, over = 0;
    const uintptr_t lo = (uintptr_t)regions[0].base, span = (uintptr_t)(regions[0].top - regions[0].base);
    const uintptr_t hullLo = heapLo, hullHi = heapHi;
    const int more = nregions > 1;
#define MARK_CHILD(ref) do {                                                                    \
        JObject *c_ = (ref);                                                                    \
        uintptr_t a_ = (uintptr_t)c_;                                                           \
        if (a_ - lo < span || (__builtin_expect(more, 0) && a_ >= hullLo && a_ < hullHi && region_of(a_))) {          \
            if (!(c_->gc & (GC_MARK | GC_FREE))) {                                              \
                c_->gc |= GC_MARK;                                                              \
                if (sp < MARK_STACK) {                                                          \
                    stack[sp++] = a_;                                                           \
                    NOTE_DEPTH(sp);                                                             \
                } else {                                                                        \
                    over = 1;                                                                   \
                }                                                                               \
            }                                                                                   \
        }                                                                                       \
    } while (0)
    while (sp > 0) {
        uintptr_t e = stack[--sp];
        int32_t from = 0;
        if (e & MARK_CONT) {
            e &= ~(uintptr_t)MARK_CONT;
            from = (int32_t)stack[--sp];
        }
        JObject *o = (JObject *)e;
        JClass *c = o->cls;
        if (!c)
            continue;
        if (c->flags & OS2_CLS_ARRAY) {
            if (c->componentType->flags & OS2_CLS_PRIMITIVE)
                continue;
            JArray *a = (JArray *)o;
            int32_t to = a->length;
            if (to - from > MARK_CHUNK) {
                to = from + MARK_CHUNK;
                /* the rest goes under this chunk's children, so they are scanned first */
                if (sp + 2 <= MARK_STACK) {
                    stack[sp++] = (uintptr_t)to;
                    stack[sp++] = e | MARK_CONT;
                    NOTE_DEPTH(sp);
                } else {
                    over = 1;   /* the rescan scans the whole array again */
                }
            }
            JObject **el = OS2_ARRAY_DATA(a);
            for (int32_t i = from; i < to; i++)
                MARK_CHILD(el[i]);
        } else {
            const jint *offs = (const jint *)(uintptr_t)c->refs;
            for (jint i = 0, n = c->nrefs; i < n; i++)
                MARK_CHILD(*(JObject **)((char *)o + offs[i]));
        }
    }
#undef MARK_CHILD
    msp = sp;
    if (over)
        overflowed = 1;
}

/* After a mark-stack overflow: rescans every marked object so no child is missed. */
static void rescan(void) {
    for (int i = 0; i < nregions; i++)
        for (char *p = regions[i].base; p < regions[i].top; p += (size_t)granules(p) * GRAN)
            if ((((JObject *)p)->gc & (GC_MARK | GC_FREE)) == GC_MARK) {
                markStack[msp++] = (uintptr_t)p;   /* the stack is empty here */
                drain();
            }
}

/* Conservatively marks from every word of the C stack; callee-saved registers are spilled first. */
static __attribute__((noinline)) void scan_stack(void) {
    uintptr_t regs[6], sp;
    __asm__ volatile("movq %%rbx, 0(%1)\n\tmovq %%rbp, 8(%1)\n\tmovq %%r12, 16(%1)\n\t"
                     "movq %%r13, 24(%1)\n\tmovq %%r14, 32(%1)\n\tmovq %%r15, 40(%1)\n\t"
                     "movq %%rsp, %0"
                     : "=r"(sp) : "r"(regs) : "memory");
    if ((uintptr_t)regs < sp)
        sp = (uintptr_t)regs;   /* a leaf may keep regs in the red zone below rsp */
    for (uintptr_t *w = (uintptr_t *)(sp & ~(uintptr_t)7); (uintptr_t)w < stackBase; w++)
        mark_word(*w);
}

/* Frees unmarked blocks, coalesces free runs, clears marks, rebuilds the free lists; lowers top over
 * a trailing run. The walk keeps the live count, the region's bounds and bitmap in locals (each
 * header write would otherwise reload them). */
static void sweep(void) {
    for (int i = 0; i <= NSMALL; i++)
        smallFree[i] = NULL;
    largeFree = NULL;
    smallMask = 0;
    smallFreeBytes = 0;
    uint64_t live = 0;
    for (int i = 0; i < nregions; i++) {
        Region *r = &regions[i];
        char *const base = r->base, *const top = r->top;
        uint64_t *const bm = r->bm;
        char *run = NULL;
        for (char *p = base; p < top;) {
            JObject *o = (JObject *)p;
            uint32_t gc = o->gc, g = gc >> GC_SHIFT;
            if (gc & GC_MARK) {
                o->gc = gc & ~GC_MARK;
                live += g;
                if (run) {
                    file_free(run, (uint32_t)((size_t)(p - run) / GRAN));
                    run = NULL;
                }
            } else if (!run) {
                run = p;
            } else if ((size_t)(p - run) / GRAN + g > MAX_GRAN) {
                file_free(run, (uint32_t)((size_t)(p - run) / GRAN));   /* keep chunk sizes representable */
                run = p;
            } else {
                size_t k = (size_t)(p - base) / GRAN;   /* absorbed into the run: not a start any more */
                bm[k >> 6] &= ~(1ull << (k & 63));
            }
            p += (size_t)g * GRAN;
        }
        if (run) {                     /* trailing free run: give it back to the bump area */
            clear_start(r, run);
            r->top = run;
        }
    }
    liveBytes = live * GRAN;
    usedBytes = liveBytes;
}

/* A full collection: mark from all roots, then sweep. */
void os2_gc_collect(void) {
    retire_buffer();
    msp = 0;
    overflowed = 0;
    for (size_t i = 0; os2_static_roots[i]; i++)
        mark_root(*os2_static_roots[i]);
    mark_root(os2_exc);
    for (int i = 0; i < nextra; i++)
        mark_root(*extraRoots[i]);
    if (stackBase)
        scan_stack();
    drain();
    while (overflowed) {
        overflowed = 0;
        rescan();
    }
    sweep();
    collections++;
    sinceGc = 0;
    threshold = 2 * liveBytes > MIN_THRESHOLD ? 2 * liveBytes : MIN_THRESHOLD;
}

/* A collection from the precise roots alone, the stack left out: only where the stack holds no
 * reference (the kernel's loop between continuations). A stale stack word cannot keep a dead
 * object then, so the live count it leaves is exact (the kernel's SYS_INFO). */
void os2_gc_collect_without_stack(void) {
    uintptr_t base = stackBase;
    stackBase = 0;
    os2_gc_collect();
    stackBase = base;
}

/* Adds a region: the bitmap is carved from its start. Returns 0, the region not taken, when
 * MAX_REGIONS are already in use or it is too small: the embedder still owns that memory and
 * must give it back (the kernel had mapped such regions and kept them, unused, for ever).
 * With zeroed set the caller promises the memory is all zero (fresh anonymous mmap), so neither
 * the bitmap nor never-used heap is cleared: pages the program never reaches are never touched. */
static int add_region(void *base, size_t size, int zeroed) {
    uintptr_t b = ((uintptr_t)base + GRAN - 1) & ~(uintptr_t)(GRAN - 1);
    uintptr_t e = ((uintptr_t)base + size) & ~(uintptr_t)(GRAN - 1);
    if (nregions == MAX_REGIONS || e < b + 4096)
        return 0;
    size_t bmBytes = ((((e - b) / GRAN + 63) >> 6) * 8 + GRAN - 1) & ~(size_t)(GRAN - 1);
    Region *r = &regions[nregions++];
    r->bm = (uint64_t *)b;
    r->base = r->top = (char *)(b + bmBytes);
    r->end = (char *)e;
    r->zeroed = zeroed ? r->base : r->end;
    r->bmInit = zeroed ? (size_t)(r->base - (char *)b) / 8 : 0;
    heapBytes += e - (b + bmBytes);
    if ((uintptr_t)r->base < heapLo)
        heapLo = (uintptr_t)r->base;
    if (e > heapHi)
        heapHi = e;
    return 1;
}

int os2_heap_add_region(void *base, size_t size) { return add_region(base, size, 0); }
int os2_heap_add_zeroed_region(void *base, size_t size) { return add_region(base, size, 1); }

/* The highest stack address to scan (the kernel sets it per kernel stack). */
void os2_gc_set_stack_base(void *base) { stackBase = (uintptr_t)base; }

/* An extra precise root slot; running out is fatal since silently ignoring it would free live data. */
void os2_gc_add_root(JObject **slot) {
    if (nextra == MAX_ROOTS) {
        static const char msg[] = "os2 gc: too many roots\n";
        os2_platform_write(2, msg, sizeof msg - 1);
        os2_platform_exit(70);
    }
    extraRoots[nextra++] = slot;
}

/* Room: bytes that objects of any size up to NSMALL granules can be allocated from before the
 * next collection or region (the current allocation buffer's rest, free chunks larger than
 * NSMALL granules, the regions' tops), so without the holes on the small free lists. The
 * kernel's check before every system call (HeapReserve), so a few loads, not the whole stats.
 * Counting the holes too let a heap 97% live pass the check with 1.4 MB free in holes of 16
 * to 80 bytes, and the next 96-byte object failed (docs/RELIABILITY.md, bug 4). */
int64_t os2_gc_free_bytes(void) {
    return (int64_t)(heapBytes - usedBytes - smallFreeBytes) + (bufEnd - bufPtr);
}

/* Statistics; heapBytes counts usable heap (regions minus their bitmaps). */
void os2_gc_stats(Os2GcStats *out) {
    out->heapBytes = heapBytes;
    out->usedBytes = usedBytes - (uint64_t)(bufEnd - bufPtr);
    out->liveBytes = liveBytes;
    out->collections = collections;
    out->allocated = allocCount;
}

/* A census of the heap by class (a debug tool: the kernel's heapcensus flag). Right after
 * a collection every block that is not free is live, so counting blocks then gives the
 * live objects and bytes of each class; the caller collects first and allocates nothing
 * in between. Arrays are counted by class and block size, so a table that grew shows as
 * one array moving to a larger size. Fills classes[i] (the JClass, or NULL for a raw
 * block), sizes[i] (an array's block bytes, 0 for other objects), counts[i] and bytes[i]
 * for up to max entries; returns the number of entries recorded, or max + 1 if there
 * were more. */
jint os2_gc_census(JObject **classes, jlong *sizes, jlong *counts, jlong *bytes, jint max) {
    retire_buffer();
    jint n = 0;
    for (int i = 0; i < nregions; i++)
        for (char *p = regions[i].base; p < regions[i].top; p += (size_t)granules(p) * GRAN) {
            JObject *o = (JObject *)p;
            if (o->gc & GC_FREE)
                continue;
            JObject *c = (JObject *)o->cls;
            jlong b = (jlong)granules(p) * GRAN;
            jlong size = o->cls && (o->cls->flags & OS2_CLS_ARRAY) ? b : 0;
            jint k = 0;
            while (k < n && (classes[k] != c || sizes[k] != size))
                k++;
            if (k == n) {
                if (n == max)
                    return max + 1;
                n++;
                classes[k] = c;
                sizes[k] = size;
                counts[k] = 0;
                bytes[k] = 0;
            }
            counts[k]++;
            bytes[k] += b;
        }
    return n;
}

/* Whether p is inside the used heap (rt.c: static objects get an address-based hash). */
int os2_gc_contains(const void *p) { return region_of((uintptr_t)p) != NULL; }
