/* hello.c - the smallest C program on OS2: a line on the console, status 0. */
#include <os2.h>

int main(int argc, char **argv) {
    (void)argc, (void)argv;
    os2_puts("Hello from C on OS2\n");
    return 0;
}
