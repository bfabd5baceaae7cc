package difftest;

public class p161_BoxedHash {
    public static void main(String[] args) {
        Object[] vs = {0, 1, -1, Integer.MAX_VALUE, Integer.MIN_VALUE, 0L, -1L, 1L << 32, Long.MIN_VALUE, 0.0, -0.0, 1.5, Double.NaN, Double.MAX_VALUE,
                0.0f, -0.0f, 1.5f, Float.NaN, true, false, 'a', '\uffff', (byte) -1, (short) -1, "s"};
        for (Object v : vs) System.out.println(v.getClass().getSimpleName() + " " + v + " " + v.hashCode());
        System.out.println(Integer.valueOf(5).equals(5L) + " " + Long.valueOf(5).equals(5L) + " " + Double.valueOf(Double.NaN).equals(Double.NaN)
                + " " + Double.valueOf(0.0).equals(-0.0) + " " + Float.valueOf(1f).equals(1.0) + " " + Short.valueOf((short) 1).equals((short) 1));
        System.out.println(Integer.valueOf(3).compareTo(7) + " " + Double.valueOf(-0.0).compareTo(0.0) + " " + Boolean.TRUE.compareTo(false)
                + " " + Character.valueOf('b').compareTo('a') + " " + Long.valueOf(1).compareTo(2L));
        Number n = 3.99;
        System.out.println(n.intValue() + " " + n.longValue() + " " + n.floatValue() + " " + n.byteValue() + " " + Integer.valueOf(300).byteValue() + " " + Long.valueOf(-1).shortValue());
        System.out.println(Boolean.parseBoolean("TRUE") + " " + Boolean.parseBoolean("yes") + " " + Boolean.valueOf("true") + " " + Boolean.logicalXor(true, false));
        System.out.println(Double.valueOf(2.5).intValue() + " " + Float.valueOf(2.5f).doubleValue() + " " + Byte.parseByte("-12") + " " + Short.parseShort("1234"));
        try { Byte.parseByte("200"); } catch (NumberFormatException e) { System.out.println(e.getMessage()); }
    }
}
