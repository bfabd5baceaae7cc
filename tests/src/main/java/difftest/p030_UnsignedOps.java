package difftest;

public class p030_UnsignedOps {
    public static void main(String[] args) {
        int[] vs = {0, 1, -1, Integer.MIN_VALUE, 0xDEADBEEF, 1000};
        for (int a : vs) {
            for (int b : vs) {
                if (b == 0) continue;
                System.out.println(Integer.toUnsignedString(a) + " u/ " + Integer.toUnsignedString(b) + " = " + Integer.divideUnsigned(a, b)
                        + " r " + Integer.remainderUnsigned(a, b) + " cmp " + Integer.compareUnsigned(a, b));
            }
        }
        System.out.println(Byte.toUnsignedInt((byte) 200) + " " + Short.toUnsignedInt((short) 40000) + " " + ((byte) 200 & 0xFF));
        System.out.println(Long.toUnsignedString(Long.MIN_VALUE) + " " + Long.divideUnsigned(Long.MIN_VALUE, 3) + " " + Long.remainderUnsigned(-5L, 7));
        System.out.println(Integer.toUnsignedString(-16, 16) + " " + Integer.parseUnsignedInt("ffffffff", 16));
    }
}
