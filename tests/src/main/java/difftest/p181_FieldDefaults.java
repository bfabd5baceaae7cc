package difftest;

public class p181_FieldDefaults {
    static byte sb; static short ss; static char sc; static int si; static long sl; static float sf; static double sd; static boolean sz; static Object so; static int[] sa;
    byte b; short s; char c; int i; long l; float f; double d; boolean z; String str; long[] arr;
    static final long BIG = 0x7FFF_FFFF_FFFFL;
    static volatile int vol;
    transient int tr = 4;

    public static void main(String[] args) {
        System.out.println(sb + " " + ss + " " + (int) sc + " " + si + " " + sl + " " + sf + " " + sd + " " + sz + " " + so + " " + sa);
        p181_FieldDefaults o = new p181_FieldDefaults();
        System.out.println(o.b + " " + o.s + " " + (int) o.c + " " + o.i + " " + o.l + " " + o.f + " " + o.d + " " + o.z + " " + o.str + " " + o.arr);
        o.b = -1; o.s = -2; o.c = 'x'; o.i = -3; o.l = -4; o.f = -5.5f; o.d = -6.5; o.z = true; o.str = "set"; o.arr = new long[]{BIG};
        System.out.println(o.b + " " + o.s + " " + o.c + " " + o.i + " " + o.l + " " + o.f + " " + o.d + " " + o.z + " " + o.str + " " + o.arr[0]);
        vol++; vol += 2;
        System.out.println(vol + " " + o.tr);
        p181_FieldDefaults p = new p181_FieldDefaults();
        p.l = Long.MIN_VALUE; p.b = Byte.MIN_VALUE; p.c = Character.MAX_VALUE;
        System.out.println(p.l + " " + p.b + " " + (int) p.c + " " + o.l + " " + o.b);
    }
}
