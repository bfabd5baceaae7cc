package difftest;

public class p025_BitOps {
    public static void main(String[] args) {
        int[] vs = {0, 1, -1, 6, 0x80000000, 0x7FFFFFFF, 0x00F0F000, 12345678, -12345678};
        for (int v : vs) {
            System.out.println(v + ": bc " + Integer.bitCount(v) + " nlz " + Integer.numberOfLeadingZeros(v) + " ntz " + Integer.numberOfTrailingZeros(v)
                    + " hob " + Integer.highestOneBit(v) + " lob " + Integer.lowestOneBit(v) + " rev " + Integer.reverse(v) + " revb " + Integer.reverseBytes(v)
                    + " rol " + Integer.rotateLeft(v, 7) + " ror " + Integer.rotateRight(v, 7) + " rol-1 " + Integer.rotateLeft(v, -1) + " sig " + Integer.signum(v));
        }
        System.out.println((5 & 3) + " " + (5 | 3) + " " + (5 ^ 3) + " " + (~5 & 0xFF) + " " + (-5 & 0xFF) + " " + (0xF0 | -256));
        boolean a = true, b = false;
        System.out.println((a & b) + " " + (a | b) + " " + (a ^ b) + " " + (a ^ a) + " " + !a);
        System.out.println(Integer.compare(3, 5) + " " + Integer.compareUnsigned(-1, 1) + " " + Integer.divideUnsigned(-1, 3) + " " + Integer.remainderUnsigned(-1, 3));
        System.out.println(Integer.sum(3, 4) + " " + Integer.max(3, 4) + " " + Integer.min(-3, 4) + " " + Integer.SIZE + " " + Integer.BYTES);
    }
}
