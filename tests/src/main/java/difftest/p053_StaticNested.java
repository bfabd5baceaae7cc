package difftest;

public class p053_StaticNested {
    private static int counter = 0;
    static class Node {
        final int val;
        Node next;
        Node(int v) { val = v; counter++; }
        static class Builder {
            private Node head, tail;
            Builder add(int v) {
                Node n = new Node(v);
                if (head == null) head = tail = n; else { tail.next = n; tail = n; }
                return this;
            }
            Node build() { return head; }
        }
    }
    static class Deep { static class Deeper { static class Deepest { static String hi() { return "deepest " + counter; } } } }

    public static void main(String[] args) {
        Node n = new Node.Builder().add(1).add(2).add(3).add(5).build();
        StringBuilder sb = new StringBuilder();
        for (Node x = n; x != null; x = x.next) sb.append(x.val).append("->");
        System.out.println(sb.append("null"));
        System.out.println(Deep.Deeper.Deepest.hi());
        System.out.println(new Deep.Deeper().getClass().getName());
    }
}
