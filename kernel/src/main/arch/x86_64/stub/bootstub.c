/*
 * bootstub.c - TEMPORARY stand-in for the compiled Java kernel and runtime,
 * so the boot path (boot.S + kernel.ld) can be tested before the compiler's
 * kernel target exists. Used only by `OS2_KERNEL_STUB=1 ./os2 build`.
 * It prints to COM1 and exits QEMU through isa-debug-exit.
 */
#include <stdint.h>

extern uint32_t os2_boot_magic;
extern uint64_t os2_boot_info;

static inline void outb(uint16_t port, uint8_t v) { __asm__ volatile("outb %0, %1" :: "a"(v), "Nd"(port)); }
static inline uint8_t inb(uint16_t port) { uint8_t v; __asm__ volatile("inb %1, %0" : "=a"(v) : "Nd"(port)); return v; }

static void putc_serial(char c) {
    while (!(inb(0x3F8 + 5) & 0x20)) { }
    outb(0x3F8, (uint8_t)c);
}

static void puts_serial(const char *s) { while (*s) putc_serial(*s++); }

static void puthex(uint64_t v) {
    puts_serial("0x");
    for (int i = 60; i >= 0; i -= 4) putc_serial("0123456789abcdef"[(v >> i) & 15]);
}

static void putdec(uint64_t v) {
    char b[21]; int i = 20; b[i] = 0;
    do { b[--i] = (char)('0' + v % 10); v /= 10; } while (v);
    puts_serial(b + i);
}

static inline uint64_t rdtsc(void) { uint32_t lo, hi; __asm__ volatile("rdtsc" : "=a"(lo), "=d"(hi)); return ((uint64_t)hi << 32) | lo; }

static uint8_t *stack_base;
void os2_gc_set_stack_base(void *base) { stack_base = base; }
void os2_heap_add_region(void *base, uint64_t size) { (void)base; (void)size; }

volatile double stub_d = 1.5;

void os2_java_main(int argc, long argv) {
    (void)argc; (void)argv;
    uint64_t entry = rdtsc();
    puts_serial("hello from the OS2 boot stub\n");
    puts_serial("magic="); puthex(os2_boot_magic);
    puts_serial(" info="); puthex(os2_boot_info);
    puts_serial(" stack="); puthex((uint64_t)stack_base);
    puts_serial(" code="); puthex((uint64_t)&os2_java_main);
    double d = stub_d * 3.0;   /* SSE works */
    puts_serial(d == 4.5 ? " sse=ok\n" : " sse=BAD\n");
    puts_serial("boot: java-entry tsc="); putdec(entry);
    puts_serial(", ready tsc="); putdec(rdtsc());
    puts_serial("\nkernel ready\n");
    outb(0xf4, 0);            /* isa-debug-exit: QEMU exits with 1 */
    for (;;) __asm__ volatile("cli; hlt");
}
