/* echo.c - prints its arguments, one per line, and exits with their count. */
#include <os2.h>

int main(int argc, char **argv) {
    for (int i = 0; i < argc; i++) {
        os2_puts(argv[i]);
        os2_puts("\n");
    }
    return argc;
}
