package difftest;

import java.util.Arrays;

public class p184_GenericArrays {
    static class Stack<T> {
        private Object[] items = new Object[2];
        private int size;
        void push(T t) { if (size == items.length) items = Arrays.copyOf(items, size * 2); items[size++] = t; }
        @SuppressWarnings("unchecked") T pop() { T t = (T) items[--size]; items[size] = null; return t; }
        boolean isEmpty() { return size == 0; }
    }

    @SafeVarargs
    static <T> T[] arr(T... xs) { return xs; }

    public static void main(String[] args) {
        Stack<String> s = new Stack<>();
        for (int i = 0; i < 10; i++) s.push("e" + i);
        StringBuilder sb = new StringBuilder();
        while (!s.isEmpty()) sb.append(s.pop()).append(' ');
        System.out.println(sb);
        String[] strs = arr("a", "b");
        Integer[] ints = arr(1, 2, 3);
        System.out.println(strs.getClass().getSimpleName() + " " + ints.getClass().getSimpleName() + " " + arr().length);
        Object[] objs = strs;
        try { objs[0] = 1; } catch (ArrayStoreException e) { System.out.println("ASE " + e.getMessage()); }
        Comparable<?>[] cmp = ints;
        System.out.println(cmp.length + " " + cmp[2]);
        Number[][] nn = new Integer[2][3];
        System.out.println(nn.getClass().getSimpleName() + " " + nn[1].getClass().getSimpleName());
    }
}
