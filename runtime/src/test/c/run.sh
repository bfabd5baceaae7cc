#!/bin/sh
# Builds and runs the C runtime's tests: gc_test (collector, rt.c, libc.c),
# plat_test (platform_linux.c + mathlib.c end to end), and a warning-free
# freestanding compile of the kernel-side files and platform_os2.c. Exits non-zero on failure;
# the last line is "N passed, M failed".
set -u
here=$(cd "$(dirname "$0")" && pwd)
src=$here/../../main/c
tmp=""
[ -n "${OS2_TEST_BUILD:-}" ] || tmp=$(mktemp -d /tmp/os2-crt-test.XXXXXX)
out=${OS2_TEST_BUILD:-$tmp}
mkdir -p "$out"
CC=${CC:-gcc}
TIMEOUT=$(command -v timeout >/dev/null && echo "timeout 300")
FLAGS="-std=gnu11 -O2 -fwrapv -fno-strict-aliasing -ffp-contract=off -fno-delete-null-pointer-checks -Wall -Werror"
KERN="-ffreestanding -fno-pic -mcmodel=kernel -mno-red-zone -fno-stack-protector -nostdlib"
pass=0 fail=0
ok() { pass=$((pass + 1)); }
bad() { fail=$((fail + 1)); echo "FAIL $*"; }

for f in gc rt libc; do
    if $CC $FLAGS $KERN -I"$src" -c "$src/$f.c" -o "$out/k_$f.o"; then ok; else bad "freestanding compile of $f.c"; fi
done
# the OS2 user-program platform, with the compiler's --target os2 flags
USER="-ffreestanding -fPIE -fvisibility=hidden -mno-red-zone -fno-stack-protector -nostdlib"
if $CC $FLAGS $USER -I"$src" -c "$src/platform_os2.c" -o "$out/u_platform_os2.o"; then ok; else bad "freestanding compile of platform_os2.c"; fi

# gc_test: the runtime plus libc.c under renamed symbols, twice: with a 16-entry mark stack, so
# that the tests' wide structures and big arrays go through the overflow rescan, and with the
# hosted default (2^18), where the test checks that big arrays are marked in bounded chunks
if $CC $FLAGS -fno-builtin -Dmemcpy=t_memcpy -Dmemmove=t_memmove -Dmemset=t_memset -Dmemcmp=t_memcmp \
       -Dstrlen=t_strlen -I"$src" -c "$src/libc.c" -o "$out/t_libc.o"; then ok; else bad "building t_libc.o"; fi
for stack in 16 default; do
    def=""
    [ "$stack" = default ] || def="-DOS2_MARK_STACK=$stack"
    t=gc_test_$stack
    if $CC $FLAGS $def -DOS2_GC_TEST_HOOKS -I"$src" "$here/gc_test.c" "$src/gc.c" "$src/rt.c" "$out/t_libc.o" -o "$out/$t"; then
        $TIMEOUT "$out/$t" > "$out/$t.log" 2>&1; rc=$?
        echo "$t:"; cat "$out/$t.log"
        last=$(tail -n 1 "$out/$t.log")
        p=$(echo "$last" | sed -n 's/^\([0-9]*\) passed, \([0-9]*\) failed$/\1/p')
        m=$(echo "$last" | sed -n 's/^\([0-9]*\) passed, \([0-9]*\) failed$/\2/p')
        if [ -n "$p" ] && [ "$rc" -eq 0 ]; then pass=$((pass + p)); else bad "$t (exit $rc)"; fi
        [ -n "$m" ] && fail=$((fail + m))
    else
        bad "building $t"
    fi
done

# plat_test: the real main() of platform_linux.c drives a fake os2_java_main
if $CC $FLAGS -I"$src" "$here/plat_test.c" "$src/platform_linux.c" "$src/gc.c" "$src/rt.c" "$src/mathlib.c" -lm \
       -o "$out/plat_test"; then
    res=$(OS2_HEAP=64 $TIMEOUT "$out/plat_test" a "b c" 2>&1); rc=$?
    if [ "$rc" -eq 2 ] && [ "$res" = "hello from plat_test: 2 args, heap 64 MiB, ok" ]; then ok; else bad "plat_test: exit $rc, output: $res"; fi
else
    bad "building plat_test"
fi

[ "$fail" -eq 0 ] && [ -n "$tmp" ] && rm -rf "$tmp"   # keep the build when something failed
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
