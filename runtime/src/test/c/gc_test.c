/*
 * gc_test.c - tests of the C runtime (gc.c, rt.c, libc.c) with hand-made
 * classes standing in for the compiler's. Built and run by run.sh.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include "os2rt.h"

static int passed, failed;
#define CHECK(c, ...) do { if (c) passed++; else { failed++; printf("FAIL %s:%d: ", __FILE__, __LINE__); \
    printf(__VA_ARGS__); printf("\n"); } } while (0)

/* ---- fake classes ------------------------------------------------------ */

extern JClass os2c_java_lang_Object, Node, SubNode, Plain;
JClass os2c_java_lang_Cloneable = {.flags = OS2_CLS_INTERFACE};
JClass os2c_java_io_Serializable = {.flags = OS2_CLS_INTERFACE};
static JClass Iface = {.flags = OS2_CLS_INTERFACE};
static JClass primI = {.flags = OS2_CLS_PRIMITIVE, .size = 4}, primJ = {.flags = OS2_CLS_PRIMITIVE, .size = 8};

static JClass *const dispObj[] = {&os2c_java_lang_Object}, *const dispNode[] = {&os2c_java_lang_Object, &Node};
static JClass *const dispSub[] = {&os2c_java_lang_Object, &Node, &SubNode}, *const dispPlain[] = {&os2c_java_lang_Object, &Plain};
static JClass *const ifNode[] = {&os2c_java_lang_Cloneable}, *const ifSub[] = {&os2c_java_lang_Cloneable, &Iface};
static void *const subItab[] = {(void *)1}, *const *const subItabs[] = {NULL, subItab};
static const jint nodeRefs[] = {16, 24};

/* Node { Node left; Object right; int id; } : 16 + 8 + 8 + 4 (+4 pad) = 40 bytes */
typedef struct NodeObj { JObject h; JObject *left, *right; jint id; } NodeObj;

JClass os2c_java_lang_Object = {.size = 16, .display = (jlong)(uintptr_t)dispObj};
JClass Node = {.superclass = &os2c_java_lang_Object, .size = 40, .depth = 1, .nrefs = 2, .nifaces = 1,
               .refs = (jlong)(uintptr_t)nodeRefs, .display = (jlong)(uintptr_t)dispNode, .ifaces = (jlong)(uintptr_t)ifNode};
JClass SubNode = {.superclass = &Node, .size = 40, .depth = 2, .nrefs = 2, .nifaces = 2, .refs = (jlong)(uintptr_t)nodeRefs,
                  .display = (jlong)(uintptr_t)dispSub, .ifaces = (jlong)(uintptr_t)ifSub, .itables = (jlong)(uintptr_t)subItabs};
JClass Plain = {.superclass = &os2c_java_lang_Object, .size = 24, .depth = 1, .display = (jlong)(uintptr_t)dispPlain};
static JClass arrI = {.flags = OS2_CLS_ARRAY, .componentType = &primI, .size = 4, .display = (jlong)(uintptr_t)dispObj};
JClass os2c_arr_J = {.flags = OS2_CLS_ARRAY, .componentType = &primJ, .size = 8, .display = (jlong)(uintptr_t)dispObj};
static JClass arrNode = {.flags = OS2_CLS_ARRAY, .componentType = &Node, .size = 8, .display = (jlong)(uintptr_t)dispObj};
static JClass arrObj = {.flags = OS2_CLS_ARRAY, .componentType = &os2c_java_lang_Object, .size = 8, .display = (jlong)(uintptr_t)dispObj};
static JClass arrArrNode = {.flags = OS2_CLS_ARRAY, .componentType = &arrNode, .size = 8, .display = (jlong)(uintptr_t)dispObj};

/* ---- what the compiler and the Java library would provide -------------- */

static JObject *root1, *root2;
JObject **const os2_static_roots[] = {&root1, &root2, NULL};
static int ooms, npes, cloneFails, copyKind, copySrcPos, copyDstPos, copyLen;
void java_lang_VMHelper__throwOOM(void) { ooms++; }
void java_lang_VMHelper__throwNPE(void) { npes++; }
void java_lang_VMHelper__throwCloneNotSupported(JObject *o) { (void)o; cloneFails++; }
void java_lang_VMHelper__throwStackOverflow(void) {}
/* The lazy frames' throws (rt.c): each records the frame it was called under. */
static const JMethodInfo *thrownIn;
static jint thrownLine, thrownIndex;
static void thrown(void) { thrownIn = os2_top ? os2_top->m : NULL; thrownLine = os2_top ? os2_top->line : -1; }
void java_lang_VMHelper__throwNPEAt(jlong message) { (void)message; thrown(); }
void java_lang_VMHelper__throwIndex(jint index, jint length) { (void)length; thrownIndex = index; thrown(); }
void java_lang_VMHelper__throwClassCast(JObject *o, JObject *target) { (void)o; (void)target; thrown(); }
void java_lang_VMHelper__throwDivZero(void) { thrown(); }
void java_lang_VMHelper__throwArrayStore(JObject *value) { (void)value; thrown(); }
void java_lang_VMHelper__throwArrayCopy(jint kind, JObject *src, JObject *dst, jint sp, jint dp, jint len) {
    (void)src; (void)dst; copyKind = kind; copySrcPos = sp; copyDstPos = dp; copyLen = len;
}
void os2_platform_write(jint fd, const void *buf, jlong len) { fwrite(buf, 1, (size_t)len, fd == 2 ? stderr : stdout); }
void os2_platform_exit(jint status) { exit(status); }
jlong os2_platform_nanotime(void) { return 0; }
jlong os2_platform_millis(void) { return 0; }

/* libc.c compiled with renamed symbols (see run.sh) */
void *t_memcpy(void *, const void *, size_t);
void *t_memmove(void *, const void *, size_t);
void *t_memset(void *, int, size_t);
int t_memcmp(const void *, const void *, size_t);
size_t t_strlen(const char *);
void os2n_java_lang_System_arraycopy(JObject *, jint, JObject *, jint, jint);
JObject *os2n_java_lang_VMHelper_backtrace(void);
JObject *os2n_java_lang_Class_getEnumConstants(JObject *);
jint os2n_java_lang_Class_isAssignableFrom(JObject *, JObject *);
jlong os2n_java_lang_Double_doubleToRawLongBits(jdouble);
jdouble os2n_java_lang_Math_sqrt(jdouble);
jint os2n_java_lang_Float_floatToRawIntBits(jfloat);
jfloat os2n_java_lang_Float_intBitsToFloat(jint);

/* ---- helpers ------------------------------------------------------------ */

static uint64_t used(void) { Os2GcStats s; os2_gc_stats(&s); return s.usedBytes; }
static Os2GcStats stats(void) { Os2GcStats s; os2_gc_stats(&s); return s; }

/* Overwrites dead stack so stale pointers from earlier calls do not retain garbage. */
static __attribute__((noinline)) void clobber_stack(void) {
    volatile char buf[32768];
    for (size_t i = 0; i < sizeof buf; i++) buf[i] = 0;
}
static void collect_clean(void) { clobber_stack(); os2_gc_collect(); }

static NodeObj *node(jint id) { NodeObj *n = (NodeObj *)os2_new(&Node); if (n) n->id = id; return n; }
static JArray *ints(jint n, jint v) {
    JArray *a = os2_newarray(&arrI, n);
    if (a) for (jint i = 0; i < n; i++) ((jint *)OS2_ARRAY_DATA(a))[i] = v;
    return a;
}
static int ints_ok(JObject *o, jint n, jint v) {
    JArray *a = (JArray *)o;
    if (!a || a->h.cls != &arrI || a->length != n) return 0;
    for (jint i = 0; i < n; i++) if (((jint *)OS2_ARRAY_DATA(a))[i] != v) return 0;
    return 1;
}
/* Allocates and drops `count` objects of mixed sizes; returns how many allocations failed. */
static __attribute__((noinline)) int churn(long count) {
    int nulls = 0;
    for (long i = 0; i < count; i++) {
        NodeObj *n = node((jint)i);
        JArray *a = ints((jint)(i % 97) * 3, (jint)i);
        if (!n || !a) nulls++;
        else n->left = &a->h;
    }
    return nulls;
}

/* Allocates and drops `count` nodes and int arrays (small and large), checking that each comes
 * zeroed and then dirtying it, so reused memory that was not cleared shows; returns how many
 * allocations were not all zero. */
static __attribute__((noinline)) long dirty_churn(long count) {
    long dirty = 0;
    for (long i = 0; i < count; i++) {
        NodeObj *n = node(0);
        JArray *a = os2_newarray(&arrI, (jint)(i % 300) * 7);
        if (!n || !a) { dirty++; continue; }
        jint *d = OS2_ARRAY_DATA(a);
        int bad = n->left || n->right || n->id;
        for (jint k = 0; k < a->length; k++) {
            bad |= d[k] != 0;
            d[k] = 0x5a5a5a5a;
        }
        n->left = &n->h;
        n->right = &a->h;
        n->id = -1;
        dirty += bad;
    }
    return dirty;
}

/* ---- collector tests ---------------------------------------------------- */

static __attribute__((noinline)) void test_churn(void) {
    JArray *ring = os2_newarray(&arrNode, 256);
    root1 = &ring->h;
    Os2GcStats s0 = stats();
    int nulls = 0;
    uint64_t maxUsed = 0;
    for (jint i = 0; i < 1000000; i++) {
        NodeObj *n = node(i);
        JArray *a = ints(i % 200, i);
        if (!n || !a) { nulls++; continue; }
        n->left = &a->h;
        if (i % 7 == 0) ((JObject **)OS2_ARRAY_DATA(ring))[(i / 7) % 256] = &n->h;
        if (used() > maxUsed) maxUsed = used();
    }
    Os2GcStats s1 = stats();
    CHECK(nulls == 0, "churn: %d allocations failed", nulls);
    CHECK(s1.collections - s0.collections > 10, "churn: only %llu collections", (unsigned long long)(s1.collections - s0.collections));
    CHECK(maxUsed <= s1.heapBytes, "churn: used %llu > heap %llu", (unsigned long long)maxUsed, (unsigned long long)s1.heapBytes);
    CHECK(s1.allocated - s0.allocated == 2000000, "churn: allocated count %llu", (unsigned long long)(s1.allocated - s0.allocated));
    int bad = 0;
    for (int k = 0; k < 256; k++) {
        NodeObj *n = ((NodeObj **)OS2_ARRAY_DATA(ring))[k];
        if (!n || n->h.cls != &Node || !ints_ok(n->left, n->id % 200, n->id) || n->id % 7) bad++;
    }
    CHECK(bad == 0, "churn: %d ring entries corrupted", bad);
    root1 = NULL;
}

static __attribute__((noinline)) void test_stack_root(void) {
    NodeObj *volatile local = node(777);
    local->left = &ints(50, 777)->h;
    JArray *volatile arr = ints(1000, 3);
    jint *volatile mid = (jint *)OS2_ARRAY_DATA(arr) + 500;   /* interior pointer only */
    arr = NULL;
    CHECK(churn(200000) == 0, "stack: churn failed");
    os2_gc_collect();
    churn(20000);
    CHECK(local->h.cls == &Node && local->id == 777 && ints_ok(local->left, 50, 777), "stack-local object lost");
    JArray *a = (JArray *)((char *)(mid - 500) - sizeof(JArray));
    CHECK(ints_ok(&a->h, 1000, 3), "interior pointer did not keep its array");
}

/* Without the stack scan only the precise roots keep objects: a stack-only object is not
 * counted live, a static-root one is, and the stack base is kept for the next collection. */
static __attribute__((noinline)) void test_without_stack(void) {
    os2_gc_collect_without_stack();
    uint64_t base = stats().liveBytes;
    root2 = &ints(100, 5)->h;
    JArray *volatile onStack = ints(1000, 6);
    collect_clean();
    uint64_t both = stats().liveBytes;
    os2_gc_collect_without_stack();
    uint64_t rooted = stats().liveBytes;
    CHECK(both > rooted && rooted == base + ((sizeof(JArray) + 400 + 15) & ~(uint64_t)15), "without the stack: live %llu, %llu with the stack, %llu before",
          (unsigned long long)rooted, (unsigned long long)both, (unsigned long long)base);
    CHECK(ints_ok(root2, 100, 5), "without the stack: the static-root array was lost");
    onStack = ints(1000, 7);   /* freed above: a new one, so the collection below can check the stack is scanned again */
    collect_clean();
    churn(20000);
    CHECK(ints_ok(&onStack->h, 1000, 7), "the stack is not scanned again after it");
    root2 = NULL;
}

/* A lazy frame's throw links a frame naming the method and line for the throw, and unlinks it. */
static void test_lazy_throw(void) {
    static const JMethodInfo mi = {0};
    JFrame *before = os2_top;
    os2_lazy_throwIndex(&mi, 42, 7, 3);
    CHECK(thrownIn == &mi && thrownLine == 42 && thrownIndex == 7 && os2_top == before,
          "lazy throw: frame %p line %d index %d", (const void *)thrownIn, (int)thrownLine, (int)thrownIndex);
    thrownIn = NULL;
    os2_lazy_throwDivZero(&mi, 43);
    CHECK(thrownIn == &mi && thrownLine == 43 && os2_top == before, "lazy division throw: line %d", (int)thrownLine);
}

static __attribute__((noinline)) void test_static_root(void) {
    NodeObj *n = node(4242);
    n->left = &node(1)->h;
    n->right = &ints(10, 9)->h;
    root2 = &n->h;
    n = NULL;
    churn(200000);
    NodeObj *r = (NodeObj *)root2;
    CHECK(r->id == 4242 && ((NodeObj *)r->left)->id == 1 && ints_ok(r->right, 10, 9), "static-root object lost");
    root2 = NULL;
}

static __attribute__((noinline)) void make_cycle(int n) {
    NodeObj *first = node(0), *p = first;
    for (int i = 1; i < n; i++) { NodeObj *q = node(i); p->left = &q->h; q->right = &first->h; p = q; }
    p->left = &first->h;
}

static __attribute__((noinline)) void test_cycles(void) {
    collect_clean();
    uint64_t base = used();
    make_cycle(20000);
    CHECK(used() > base, "cycle: allocation not counted");
    collect_clean();
    CHECK(used() == base, "cycle not freed: used %llu, baseline %llu", (unsigned long long)used(), (unsigned long long)base);
}

/* A wide structure overflows the mark stack; everything must still survive. */
static __attribute__((noinline)) void test_wide(void) {
    JArray *a = os2_newarray(&arrNode, 20000);
    root1 = &a->h;
    for (int i = 0; i < 20000; i++) {
        NodeObj *n = node(i);
        ((NodeObj **)OS2_ARRAY_DATA(a))[i] = n;
        n->left = &node(-i)->h;
        ((NodeObj *)n->left)->right = &ints(2, i)->h;
    }
    collect_clean();
    churn(100000);
    int bad = 0;
    for (int i = 0; i < 20000; i++) {
        NodeObj *n = ((NodeObj **)OS2_ARRAY_DATA(a))[i];
        if (n->id != i || ((NodeObj *)n->left)->id != -i || !ints_ok(((NodeObj *)n->left)->right, 2, i)) bad++;
    }
    CHECK(bad == 0, "wide: %d of 20000 lost", bad);
    root1 = NULL;
}

/* Reference arrays are marked MARK_CHUNK (128) elements at a time: with the default stack the
 * deepest the mark stack gets stays far below the arrays' lengths; with the 16-entry stack of
 * the other build everything must survive the overflow rescans. */
extern int os2_gc_test_mark_high;
static __attribute__((noinline)) void test_big_arrays(void) {
    enum { OUTER = 16, INNER = 4000 };
    JArray *outer = os2_newarray(&arrArrNode, OUTER);
    root1 = &outer->h;
    for (int i = 0; i < OUTER; i++) {
        JArray *in = os2_newarray(&arrNode, INNER);
        ((JArray **)OS2_ARRAY_DATA(outer))[i] = in;
        for (int k = 0; k < INNER; k++) {
            NodeObj *n = node(i * INNER + k);
            ((NodeObj **)OS2_ARRAY_DATA(in))[k] = n;
            if (k % 3 == 0) n->right = &ints(3, k)->h;
        }
    }
    os2_gc_test_mark_high = 0;
    collect_clean();
#ifndef OS2_MARK_STACK
    CHECK(os2_gc_test_mark_high > 0 && os2_gc_test_mark_high < OUTER + 3 * 130,
          "big arrays: mark stack reached %d entries (arrays of %d)", os2_gc_test_mark_high, INNER);
#endif
    churn(50000);
    int bad = 0;
    for (int i = 0; i < OUTER; i++) {
        JArray *in = ((JArray **)OS2_ARRAY_DATA(outer))[i];
        for (int k = 0; k < INNER; k++) {
            NodeObj *n = ((NodeObj **)OS2_ARRAY_DATA(in))[k];
            if (n->h.cls != &Node || n->id != i * INNER + k || (k % 3 == 0 && !ints_ok(n->right, 3, k))) bad++;
        }
    }
    CHECK(bad == 0, "big arrays: %d of %d nodes lost", bad, OUTER * INNER);
    root1 = NULL;
}

static __attribute__((noinline)) long fill_heap(void) {
    long count = 0;
    for (;;) {
        NodeObj *n = node((jint)count);
        if (!n) break;
        JArray *a = ints(1000, 5);
        if (!a) break;
        n->left = root1;
        n->right = &a->h;
        root1 = &n->h;
        count++;
    }
    return count;
}

static __attribute__((noinline)) void test_oom(void) {
    collect_clean();
    uint64_t base = used();
    int o0 = ooms;
    long count = fill_heap();
    CHECK(count > 100 && ooms == o0 + 1, "oom: count %ld, ooms %d", count, ooms - o0);
    Os2GcStats s = stats();
    CHECK(s.usedBytes <= s.heapBytes && s.usedBytes > s.heapBytes / 2, "oom: used %llu of %llu",
          (unsigned long long)s.usedBytes, (unsigned long long)s.heapBytes);
    CHECK(os2_newarray(&arrI, 0x7fffffff) == NULL && ooms == o0 + 2, "huge array should be OOM");
    CHECK(os2_gc_alloc((size_t)1 << 40) == NULL, "1 TiB allocation should fail");
    root1 = NULL;
    collect_clean();
    CHECK(used() <= base, "oom: heap not recovered: used %llu, baseline %llu", (unsigned long long)used(), (unsigned long long)base);
    CHECK(node(1) != NULL, "oom: allocation after recovery");
}

/* Fills the heap with live nodes (3 granules), each followed by a dropped Plain (2 granules),
 * until no node fits; returns how many nodes were made (kept in root1). */
static __attribute__((noinline)) long fill_with_holes(void) {
    long count = 0;
    for (;;) {
        NodeObj *n = node((jint)count);
        if (!n) return count;
        n->left = root1;
        root1 = &n->h;
        count++;
        os2_new(&Plain);   /* garbage: a 2-granule hole between two nodes once collected */
    }
}

/* The room os2_gc_free_bytes reports is room: a heap densely full of live objects has many
 * small holes, free but too small for the next object, and they must not count (the kernel
 * trusted that figure before every system call: docs/RELIABILITY.md, bug 4). */
static __attribute__((noinline)) void test_room_is_not_holes(void) {
    collect_clean();
    int o0 = ooms;
    long count = fill_with_holes();
    collect_clean();
    Os2GcStats s = stats();
    uint64_t free = s.heapBytes - s.usedBytes;
    int64_t room = os2_gc_free_bytes();
    CHECK(count > 10000 && ooms == o0 + 1, "holes: %ld nodes, %d failures", count, ooms - o0);
    CHECK(free >= (uint64_t)count * 32 / 2, "holes: only %llu free bytes", (unsigned long long)free);
    CHECK(room >= 0 && (uint64_t)room < free / 4, "holes: room %lld of %llu free bytes: the holes were counted",
          (long long)room, (unsigned long long)free);
    /* what room promises, allocation keeps: nodes while it reports room for one */
    long made = 0, failed = 0;
    while (os2_gc_free_bytes() >= 48 && made < 1000000) {
        NodeObj *n = node(-1);
        if (!n) { failed++; break; }
        n->left = root1;
        root1 = &n->h;
        made++;
    }
    CHECK(failed == 0 && ooms == o0 + 1, "holes: a node failed after %ld while room was reported", made);
    root1 = NULL;
    collect_clean();
    CHECK(node(1) != NULL, "holes: allocation after recovery");
}

/* Pages of [p, p + n) in memory. */
static size_t resident(void *p, size_t n) {
    uintptr_t a = (uintptr_t)p & ~(uintptr_t)4095, e = ((uintptr_t)p + n + 4095) & ~(uintptr_t)4095;
    static unsigned char vec[(64u << 20) / 4096];
    if (e - a > sizeof vec * 4096 || mincore((void *)a, e - a, vec))
        return (size_t)-1;
    size_t k = 0;
    for (size_t i = 0; i < (e - a) / 4096; i++)
        k += vec[i] & 1;
    return k;
}

/* A 40 MiB array, which only the new region [p, p + sz) has room for: untouched, zero; then dirtied
 * and dropped (apart, so no pointer to it stays in this frame). */
static __attribute__((noinline)) void big_fresh_array(void *p, size_t sz) {
    JArray *big = os2_newarray(&arrI, 10 << 20);
    CHECK(big && (char *)big >= (char *)p && (char *)big < (char *)p + sz, "zeroed region: big array not in it");
    if (!big) return;
    jint *d = OS2_ARRAY_DATA(big);
    size_t n = (size_t)big->length * 4;
    CHECK(resident(d, n) <= 2, "zeroed region: %zu pages of a new 40 MiB array touched", resident(d, n));
    int nz = 0;
    for (jint k = 0; k < big->length; k++) { nz |= d[k] != 0; d[k] = -1; }
    CHECK(!nz, "zeroed region: new array not zero");
}

/* A zeroed region (fresh anonymous mmap, as on the Linux target): memory never handed out is
 * not cleared, so a big array's pages stay untouched; memory used once and freed is cleared. */
static __attribute__((noinline)) void test_new_region(void) {
    Os2GcStats s0 = stats();
    size_t sz = 48u << 20;
    void *p = mmap(NULL, sz, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    os2_heap_add_zeroed_region(p, sz);
    Os2GcStats s1 = stats();
    CHECK(s1.heapBytes > s0.heapBytes + (47u << 20), "region: heapBytes %llu", (unsigned long long)s1.heapBytes);
    CHECK(resident(p, sz) == 0, "zeroed region: %zu pages touched when added", resident(p, sz));
    big_fresh_array(p, sz);
    collect_clean();   /* its memory is free again (top falls back) but dirty: must be cleared on reuse */
    CHECK(dirty_churn(60000) == 0, "zeroed region: reused memory not zero");
    /* 24 MiB of live data: more than the first region holds */
    long count = 0;
    for (; count < 6000; count++) {
        NodeObj *n = node((jint)count);
        JArray *a = ints(1000, (jint)count);
        if (!n || !a) break;
        n->left = root1; n->right = &a->h; root1 = &n->h;
    }
    CHECK(count == 6000, "region: only %ld allocated", count);
    churn(100000);
    long ok = 0;
    for (NodeObj *n = (NodeObj *)root1; n; n = (NodeObj *)n->left)
        ok += ints_ok(n->right, 1000, n->id);
    CHECK(ok == 6000, "region: %ld of 6000 intact", ok);
    CHECK(dirty_churn(100000) == 0, "region: allocations not zero with both regions in use");
    int inB = 0;
    for (NodeObj *n = (NodeObj *)root1; n; n = (NodeObj *)n->left)
        inB |= (char *)n->right >= (char *)p && (char *)n->right < (char *)p + sz;
    CHECK(inB, "region: new region unused");
    root1 = NULL;
}

/* A region the collector cannot take is refused, not dropped in silence: the caller still owns
 * it and must give it back (the kernel had kept such regions mapped, unused, for ever). */
static __attribute__((noinline)) void test_region_refused(void) {
    static char small[2048] __attribute__((aligned(16)));
    static char spare[16][64 << 10] __attribute__((aligned(4096)));
    Os2GcStats s0 = stats();
    CHECK(os2_heap_add_region(small, sizeof small) == 0, "region: one too small was taken");
    int taken = 0;
    for (int i = 0; i < 16; i++)
        taken += os2_heap_add_region(spare[i], sizeof spare[i]);
    /* two regions were in use before (the static heap and test_new_region's): 14 more fit */
    CHECK(taken == 14, "region: %d of 16 taken with 2 in use (table of 16)", taken);
    Os2GcStats s1 = stats();
    CHECK(s1.heapBytes - s0.heapBytes < (uint64_t)taken * (64 << 10) && s1.heapBytes - s0.heapBytes > (uint64_t)taken * (60 << 10),
          "region: heap grew by %llu for %d regions", (unsigned long long)(s1.heapBytes - s0.heapBytes), taken);
    CHECK(churn(20000) == 0 && dirty_churn(20000) == 0, "region: allocation with a full region table");
}

/* ---- rt.c tests ---------------------------------------------------------- */

static __attribute__((noinline)) void test_types(void) {
    JClass *O = &os2c_java_lang_Object, *C = &os2c_java_lang_Cloneable, *S = &os2c_java_io_Serializable;
    CHECK(os2_subtype(&Node, O) && os2_subtype(&SubNode, &Node) && os2_subtype(&SubNode, O), "class subtypes");
    CHECK(!os2_subtype(&Node, &SubNode) && !os2_subtype(&Plain, &Node) && !os2_subtype(O, &Node), "class non-subtypes");
    CHECK(os2_subtype(&SubNode, &Iface) && !os2_subtype(&Node, &Iface) && os2_subtype(&Node, C), "interfaces");
    CHECK(os2_subtype(&Iface, O) && !os2_subtype(O, &Iface) && !os2_subtype(&Iface, &Node), "interface vs class");
    CHECK(os2_subtype(&arrI, O) && os2_subtype(&arrI, C) && os2_subtype(&arrI, S) && !os2_subtype(&arrI, &Iface), "array supertypes");
    CHECK(!os2_subtype(&arrI, &os2c_arr_J) && !os2_subtype(&arrI, &arrObj) && !os2_subtype(&arrI, &Node), "primitive arrays");
    CHECK(os2_subtype(&arrNode, &arrObj) && !os2_subtype(&arrObj, &arrNode) && os2_subtype(&arrArrNode, &arrObj), "covariant arrays");
    CHECK(!os2_subtype(&arrNode, &arrArrNode) && !os2_subtype(O, &arrObj) && os2_subtype(&primI, &primI) && !os2_subtype(&primI, O), "array misc");
    JObject *n = os2_new(&SubNode);
    CHECK(os2_instanceof(n, &Node) && os2_instanceof(n, &Iface) && !os2_instanceof(n, &Plain), "instanceof");
    CHECK(os2_itable(&SubNode, &Iface) == subItab && os2_itable(&Node, &Iface) == NULL, "itable");
    int e0 = npes;
    CHECK(os2n_java_lang_Class_isAssignableFrom(&Node.h, &SubNode.h) && !os2n_java_lang_Class_isAssignableFrom(&SubNode.h, &Node.h), "isAssignableFrom");
    CHECK(os2n_java_lang_Class_isAssignableFrom(&Node.h, NULL) == 0 && npes == e0 + 1, "isAssignableFrom(null) NPE");
}

static __attribute__((noinline)) void test_arraycopy(void) {
    JArray *a = os2_newarray(&arrI, 10);
    jint *d = OS2_ARRAY_DATA(a);
    for (int i = 0; i < 10; i++) d[i] = i;
    os2n_java_lang_System_arraycopy(&a->h, 0, &a->h, 2, 5);
    static const jint fwd[] = {0, 1, 0, 1, 2, 3, 4, 7, 8, 9};
    CHECK(!memcmp(d, fwd, sizeof fwd), "arraycopy overlap forward");
    for (int i = 0; i < 10; i++) d[i] = i;
    os2n_java_lang_System_arraycopy(&a->h, 3, &a->h, 1, 6);
    static const jint back[] = {0, 3, 4, 5, 6, 7, 8, 7, 8, 9};
    CHECK(!memcmp(d, back, sizeof back), "arraycopy overlap backward");
    JArray *l = os2_newarray(&os2c_arr_J, 10), *on = os2_newarray(&arrObj, 3), *nn = os2_newarray(&arrNode, 3);
    int e0 = npes;
    os2n_java_lang_System_arraycopy(NULL, 0, &a->h, 0, 1);
    CHECK(npes == e0 + 1, "arraycopy null NPE");
    copyKind = 0; os2n_java_lang_System_arraycopy(&a->h, 0, &l->h, 0, 1);
    CHECK(copyKind == 1, "arraycopy int[] -> long[] kind 1");
    copyKind = 0; os2n_java_lang_System_arraycopy(&node(1)->h, 0, &a->h, 0, 1);
    CHECK(copyKind == 1, "arraycopy non-array kind 1");
    copyKind = 0; os2n_java_lang_System_arraycopy(&a->h, 0, &on->h, 0, 1);
    CHECK(copyKind == 1, "arraycopy int[] -> Object[] kind 1");
    copyKind = 0; os2n_java_lang_System_arraycopy(&a->h, 5, &a->h, 0, 6);
    CHECK(copyKind == 2, "arraycopy bounds kind 2");
    copyKind = 0; os2n_java_lang_System_arraycopy(&a->h, 0, &a->h, 0, -1);
    CHECK(copyKind == 2, "arraycopy negative length kind 2");
    JObject **o = OS2_ARRAY_DATA(on), **n = OS2_ARRAY_DATA(nn);
    o[0] = os2_new(&Node); o[1] = os2_new(&Plain); o[2] = os2_new(&Node);
    copyKind = 0; os2n_java_lang_System_arraycopy(&on->h, 0, &nn->h, 0, 3);
    CHECK(copyKind == 3 && copySrcPos == 1 && copyDstPos == 1 && copyLen == 2 && n[0] == o[0] && !n[1] && !n[2], "arraycopy element store kind 3");
    o[1] = os2_new(&SubNode);
    copyKind = 0; os2n_java_lang_System_arraycopy(&on->h, 0, &nn->h, 0, 3);
    CHECK(copyKind == 0 && n[1] == o[1] && n[2] == o[2], "arraycopy checked elements");
    os2n_java_lang_System_arraycopy(&on->h, 1, &on->h, 0, 2);
    CHECK(o[0] == n[1] && o[1] == n[2], "arraycopy reference overlap");
}

static JArray *enumValues(void) { return os2_newarray(&arrObj, 2); }

static __attribute__((noinline)) void test_misc(void) {
    NodeObj *n = node(5);
    n->left = &n->h;
    jint h = os2_identity_hash(&n->h);
    CHECK(h > 0 && h == os2_identity_hash(&n->h), "identity hash stable, positive");
    NodeObj *c = (NodeObj *)os2_clone(&n->h);
    CHECK(c && c != n && c->id == 5 && c->left == &n->h && c->h.cls == &Node && os2_identity_hash(&c->h) != h, "clone instance");
    int f0 = cloneFails;
    CHECK(os2_clone(os2_new(&Plain)) == NULL && cloneFails == f0 + 1, "clone non-Cloneable");
    JArray *a = ints(33, 8), *b = (JArray *)os2_clone(&a->h);
    CHECK(b != a && ints_ok(&b->h, 33, 8), "clone array");
    jint sh = os2_identity_hash(&Node.h);
    CHECK(sh != 0 && sh == os2_identity_hash(&Node.h) && Node.h.hash == 0, "static object hash");
    static const JMethodInfo m1 = {"A", "a", "A.java"}, m2 = {"B", "b", NULL};
    JFrame f2 = {NULL, &m2, 20}, f1 = {&f2, &m1, 10};
    os2_top = &f1;
    JArray *bt = (JArray *)os2n_java_lang_VMHelper_backtrace();
    jlong *e = OS2_ARRAY_DATA(bt);
    CHECK(bt && bt->length == 4 && e[0] == (jlong)(uintptr_t)&m1 && e[1] == 10 && e[2] == (jlong)(uintptr_t)&m2 && e[3] == 20, "backtrace");
    os2_top = NULL;
    JClass en = Plain;
    en.enumValues = (jlong)(uintptr_t)enumValues;
    JArray *ev = (JArray *)os2n_java_lang_Class_getEnumConstants(&en.h);
    CHECK(ev && ev->length == 2 && os2n_java_lang_Class_getEnumConstants(&Plain.h) == NULL, "getEnumConstants");
    CHECK(os2n_java_lang_Double_doubleToRawLongBits(-0.0) == (jlong)0x8000000000000000ull
          && os2n_java_lang_Float_floatToRawIntBits(1.0f) == 0x3f800000 && os2n_java_lang_Float_intBitsToFloat(0x40000000) == 2.0f, "bit conversions");
    volatile double neg = -1.0;
    CHECK(os2n_java_lang_Math_sqrt(2.25) == 1.5 && os2n_java_lang_Math_sqrt(neg) != os2n_java_lang_Math_sqrt(neg), "sqrt");
}

static __attribute__((noinline)) void test_libc(void) {
    unsigned char buf[600], ref[600];
    int bad = 0;
    for (size_t n = 0; n < 260; n += 7)
        for (int off = -9; off <= 9; off++) {
            for (int i = 0; i < 600; i++) buf[i] = ref[i] = (unsigned char)(i * 7 + 1);
            t_memmove(buf + 200 + off, buf + 200, n);
            memmove(ref + 200 + off, ref + 200, n);
            bad += memcmp(buf, ref, 600) != 0;
        }
    CHECK(bad == 0, "memmove: %d mismatches", bad);
    t_memset(buf + 3, 0xab, 100);
    CHECK(buf[2] != 0xab && buf[3] == 0xab && buf[102] == 0xab && buf[103] != 0xab, "memset");
    t_memcpy(buf, "hello, world", 13);
    CHECK(t_strlen((char *)buf) == 12 && t_strlen("") == 0, "memcpy/strlen");
    CHECK(t_memcmp("abc", "abd", 3) < 0 && t_memcmp("abd", "abc", 3) > 0 && t_memcmp("ab\x90", "ab\x10", 3) > 0 && t_memcmp("x", "y", 0) == 0, "memcmp");
}

/* The census (the kernel's heapcensus): right after a collection, objects and bytes by
 * class, arrays by class and size, adding up to the live bytes. */
static __attribute__((noinline)) void test_census(void) {
    NodeObj *a = node(1), *b = node(2);
    a->left = &b->h;
    root1 = &a->h;
    root2 = &ints(10, 7)->h;
    collect_clean();
    JObject *cls[64];
    jlong sizes[64], counts[64], bytes[64], total = 0;
    jint n = os2_gc_census(cls, sizes, counts, bytes, 64);
    int nodes = -1, arrays = -1;
    for (jint i = 0; i < n; i++) {
        total += bytes[i];
        if (cls[i] == &Node.h) nodes = i;
        if (cls[i] == &arrI.h) arrays = i;
    }
    CHECK(n == 2, "census: %d entries, want Node and int[]", (int)n);
    CHECK(nodes >= 0 && counts[nodes] == 2 && sizes[nodes] == 0 && bytes[nodes] == 2 * 48,
          "census: Node entry wrong");
    CHECK(arrays >= 0 && counts[arrays] == 1 && sizes[arrays] == 64 && bytes[arrays] == 64,
          "census: int[10] entry wrong (an array is counted by its block size)");
    CHECK((uint64_t)total == stats().liveBytes, "census: %lld bytes, the collection found %llu",
          (long long)total, (unsigned long long)stats().liveBytes);
    root2 = &ints(30, 7)->h;   /* another size of the same class: an entry of its own */
    collect_clean();
    CHECK(os2_gc_census(cls, sizes, counts, bytes, 64) == 2, "census: a dead array counted");
    CHECK(os2_gc_census(cls, sizes, counts, bytes, 1) == 2, "census: more entries than max must say max + 1");
    root1 = root2 = NULL;
}

int main(void) {
    static char heapA[8 << 20] __attribute__((aligned(4096)));
    os2_gc_set_stack_base(__builtin_frame_address(0));
    os2_heap_add_region(heapA, sizeof heapA);
    test_types();
    test_arraycopy();
    test_misc();
    test_libc();
    test_churn();
    test_stack_root();
    test_static_root();
    test_without_stack();
    test_lazy_throw();
    test_cycles();
    test_wide();
    test_big_arrays();
    CHECK(dirty_churn(100000) == 0, "allocations not zero after reuse");
    test_oom();
    test_room_is_not_holes();
    test_new_region();
    test_cycles();
    test_census();
    test_region_refused();
    Os2GcStats s = stats();
    printf("gc: heap %llu KiB, used %llu KiB, %llu collections, %llu objects allocated\n",
           (unsigned long long)(s.heapBytes >> 10), (unsigned long long)(s.usedBytes >> 10),
           (unsigned long long)s.collections, (unsigned long long)s.allocated);
    printf("%d passed, %d failed\n", passed, failed);
    return failed != 0;
}
