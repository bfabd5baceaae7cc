/*
 * os2rt.h - the C layer every generated file includes.
 *
 * This header is the single definition of the object model shared by the
 * compiler (which emits code and data against it) and the hand-written C
 * runtime (gc.c, natives.c, the platform files). The compiler checks at build
 * time that java/lang/Class.java declares exactly the fields of JClass below,
 * in the same order, so Java code can read class metadata as ordinary fields.
 */
#ifndef OS2RT_H
#define OS2RT_H

#include <stdint.h>
#include <stddef.h>

typedef int8_t   jbyte;
typedef int16_t  jshort;
typedef uint16_t jchar;
typedef int32_t  jint;
typedef int64_t  jlong;
typedef float    jfloat;
typedef double   jdouble;
typedef int8_t   jboolean;   /* in fields and arrays; locals widen to jint */

/* ---- objects --------------------------------------------------------- */

/* Every object starts with this 16-byte header. */
typedef struct JObject {
    struct JClass *cls;
    uint32_t gc;        /* collector bits (mark, ...): owned by gc.c */
    int32_t  hash;      /* identity hash, 0 until first asked */
} JObject;

/* Arrays: header, length, then the elements at offset 24 (8-byte aligned). */
typedef struct JArray {
    JObject h;
    int32_t length;
    int32_t pad;
} JArray;

#define OS2_ARRAY_DATA(a)  ((void *)((char *)(a) + sizeof(JArray)))

/* JClass.flags */
#define OS2_CLS_INTERFACE  0x0001
#define OS2_CLS_ARRAY      0x0002
#define OS2_CLS_PRIMITIVE  0x0004
#define OS2_CLS_ABSTRACT   0x0008
#define OS2_CLS_ENUM       0x0010
#define OS2_CLS_FINAL      0x0020
#define OS2_CLS_RECORD     0x0040
#define OS2_CLS_THROWABLE  0x0080

/* JClass.initState */
#define OS2_INIT_NONE    0
#define OS2_INIT_RUNNING 1
#define OS2_INIT_DONE    2
#define OS2_INIT_FAILED  3

/*
 * A class. It is also a java.lang.Class object: the fields from `name` to
 * `enumValues` are the instance fields of java/lang/Class.java, in order.
 * The vtable follows inline. Class structs are emitted statically by the
 * compiler and are never in the GC heap; only initState is ever written.
 */
typedef struct JClass {
    JObject h;
    JObject *name;                  /* String name: "java.lang.String", "[I" */
    struct JClass *superclass;      /* NULL for Object, interfaces, primitives */
    struct JClass *componentType;   /* arrays only */
    struct JClass *arrayClass;      /* Class of T[] when reachable, else NULL */
    jint flags;                     /* OS2_CLS_* */
    jint size;                      /* instance size in bytes; arrays: element size */
    jint depth;                     /* superclass chain length (Object = 0) */
    jint nrefs;                     /* number of entries in refs */
    jint nifaces;                   /* number of entries in ifaces/itables */
    jint initState;                 /* OS2_INIT_* */
    jlong refs;                     /* const jint *: offsets of reference fields */
    jlong display;                  /* struct JClass *const *: [0..depth] superclass chain */
    jlong ifaces;                   /* struct JClass *const *: every interface, transitively */
    jlong itables;                  /* void *const *const *: method table per interface */
    jlong clinit;                   /* void (*)(void): static initializer chain, or 0 */
    jlong enumValues;               /* JArray *(*)(void): an enum's values(), or 0 */
    void *vtable[];
} JClass;

/* ---- stack frames for Java stack traces -------------------------------- */

typedef struct JMethodInfo {
    const char *cls;     /* "java.util.ArrayList" */
    const char *name;    /* "add" */
    const char *file;    /* "ArrayList.java" or NULL */
} JMethodInfo;

/* Every generated method pushes one of these on entry and pops it on exit. */
typedef struct JFrame {
    struct JFrame *up;
    const JMethodInfo *m;
    jint line;
} JFrame;

extern JFrame  *os2_top;    /* innermost Java frame */
extern JObject *os2_exc;    /* pending exception, NULL when none */

/* ---- the collector (gc.c) ---------------------------------------------- */

typedef struct Os2GcStats {
    uint64_t heapBytes;      /* bytes of all regions given to the heap */
    uint64_t usedBytes;      /* bytes in live or not yet swept objects */
    uint64_t liveBytes;      /* bytes found live by the last collection */
    uint64_t collections;    /* completed collections */
    uint64_t allocated;      /* objects allocated since start */
} Os2GcStats;

/* Gives the heap a region of memory (may be called again to grow it). */
void os2_heap_add_region(void *base, size_t size);
/* The highest address of the stack that the collector scans conservatively. */
void os2_gc_set_stack_base(void *base);
/* Zeroed, 16-byte aligned memory; collects when needed; NULL when full. */
void *os2_gc_alloc(size_t size);
void os2_gc_collect(void);
void os2_gc_stats(Os2GcStats *out);
/* Extra roots outside the static-root table (for embedders). */
void os2_gc_add_root(JObject **slot);

/* Generated: addresses of every static reference field, NULL-terminated. */
extern JObject **const os2_static_roots[];

/* ---- allocation and type tests (rt.c) --------------------------------- */

JObject *os2_new(JClass *c);                   /* NULL with os2_exc set on OOM */
JArray  *os2_newarray(JClass *arrayClass, jint length);
JObject *os2_clone(JObject *o);
int os2_instanceof(JObject *o, JClass *c);     /* o != NULL */
int os2_subtype(JClass *s, JClass *t);         /* is s assignable to t */
void *const *os2_itable(JClass *c, JClass *iface);
jint os2_identity_hash(JObject *o);

/* ---- the platform (platform_linux.c, or the kernel/libos2 via @Export) - */

void os2_platform_write(jint fd, const void *buf, jlong len);
__attribute__((noreturn)) void os2_platform_exit(jint status);
jlong os2_platform_nanotime(void);
jlong os2_platform_millis(void);

/* ---- freestanding C library subset (libc.c in the freestanding target) */

void *memcpy(void *dst, const void *src, size_t n);
void *memmove(void *dst, const void *src, size_t n);
void *memset(void *dst, int c, size_t n);
int memcmp(const void *a, const void *b, size_t n);
size_t strlen(const char *s);

#define OS2_LIKELY(x)   __builtin_expect(!!(x), 1)
#define OS2_UNLIKELY(x) __builtin_expect(!!(x), 0)

#endif
