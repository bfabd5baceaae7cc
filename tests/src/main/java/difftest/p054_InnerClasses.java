package difftest;

import java.util.Iterator;

public class p054_InnerClasses {
    private final int[] data = {5, 6, 7};
    private String name = "outer";

    class Itr implements Iterator<Integer> {
        int pos;
        public boolean hasNext() { return pos < data.length; }
        public Integer next() { return data[pos++]; }
    }

    class Inner {
        String name = "inner";
        class InnerMost {
            String name = "innermost";
            String show() { return name + "/" + Inner.this.name + "/" + p054_InnerClasses.this.name; }
        }
    }

    void rename(String n) { name = n; }

    public static void main(String[] args) {
        p054_InnerClasses o = new p054_InnerClasses();
        Iterator<Integer> it = o.new Itr();
        int sum = 0;
        while (it.hasNext()) sum += it.next();
        System.out.println(sum);
        p054_InnerClasses.Inner in = o.new Inner();
        Inner.InnerMost im = in.new InnerMost();
        System.out.println(im.show());
        o.rename("renamed");
        System.out.println(im.show());
        p054_InnerClasses o2 = new p054_InnerClasses();
        o2.data[0] = 100;
        Iterator<Integer> it2 = o2.new Itr();
        System.out.println(it2.next() + " " + o.new Itr().next());
    }
}
