package difftest;

public class p024_IntegerRadix {
    public static void main(String[] args) {
        int[] vs = {0, 1, -1, 10, 255, -255, 4096, Integer.MAX_VALUE, Integer.MIN_VALUE, 0xCAFEBABE, 123456789};
        for (int v : vs) {
            System.out.println(v + ": hex " + Integer.toHexString(v) + " oct " + Integer.toOctalString(v) + " bin " + Integer.toBinaryString(v)
                    + " r36 " + Integer.toString(v, 36) + " r7 " + Integer.toString(v, 7) + " r2 " + Integer.toString(v, 2));
        }
        System.out.println(Integer.toString(100, 99) + " " + Integer.toString(100, 1));
        System.out.println(Character.forDigit(11, 16) + " " + Character.digit('f', 16) + " " + Character.digit('z', 10) + " " + Character.getNumericValue('9'));
        System.out.println(Integer.toHexString(Byte.toUnsignedInt((byte) -1)) + " " + Integer.toHexString(Short.toUnsignedInt((short) -2)));
    }
}
