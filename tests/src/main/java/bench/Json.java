package bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A JSON parser: a generated document parsed into a value tree, then summed. */
final class Json {
    private Json() {
    }

    abstract static class Value {
        abstract long digest();
    }

    static final class Num extends Value {
        final double v;
        Num(double v) { this.v = v; }
        long digest() { return (long) (v * 8); }
    }

    static final class Str extends Value {
        final String s;
        Str(String s) { this.s = s; }
        long digest() { return s.hashCode(); }
    }

    static final class Lit extends Value {
        final int kind;
        Lit(int kind) { this.kind = kind; }
        long digest() { return kind; }
    }

    static final class Arr extends Value {
        final List<Value> items = new ArrayList<>();
        long digest() {
            long d = items.size();
            for (Value v : items) {
                d = d * 31 + v.digest();
            }
            return d;
        }
    }

    static final class Obj extends Value {
        final Map<String, Value> members = new HashMap<>();
        final List<String> order = new ArrayList<>();
        long digest() {
            long d = 7;
            for (String k : order) {
                d = d * 17 + k.hashCode() + members.get(k).digest();
            }
            return d;
        }
    }

    static final class Parser {
        private final String in;
        private int pos;

        Parser(String in) {
            this.in = in;
        }

        private char peek() {
            return pos < in.length() ? in.charAt(pos) : '\0';
        }

        private void skip() {
            while (pos < in.length() && Character.isWhitespace(in.charAt(pos))) {
                pos++;
            }
        }

        private void expect(char c) {
            skip();
            if (peek() != c) {
                throw new IllegalArgumentException("expected '" + c + "' at " + pos);
            }
            pos++;
        }

        Value value() {
            skip();
            char c = peek();
            switch (c) {
                case '{': return object();
                case '[': return array();
                case '"': return new Str(string());
                case 't': pos += 4; return new Lit(1);
                case 'f': pos += 5; return new Lit(2);
                case 'n': pos += 4; return new Lit(3);
                default: return number();
            }
        }

        private Obj object() {
            Obj o = new Obj();
            expect('{');
            skip();
            if (peek() == '}') {
                pos++;
                return o;
            }
            do {
                skip();
                String k = string();
                expect(':');
                o.members.put(k, value());
                o.order.add(k);
                skip();
            } while (peek() == ',' && pos++ >= 0);
            expect('}');
            return o;
        }

        private Arr array() {
            Arr a = new Arr();
            expect('[');
            skip();
            if (peek() == ']') {
                pos++;
                return a;
            }
            do {
                a.items.add(value());
                skip();
            } while (peek() == ',' && pos++ >= 0);
            expect(']');
            return a;
        }

        private String string() {
            if (peek() != '"') {
                throw new IllegalArgumentException("expected a string at " + pos);
            }
            pos++;
            StringBuilder sb = new StringBuilder();
            while (true) {
                char c = in.charAt(pos++);
                if (c == '"') {
                    return sb.toString();
                }
                if (c == '\\') {
                    char e = in.charAt(pos++);
                    switch (e) {
                        case 'n': sb.append('\n'); break;
                        case 't': sb.append('\t'); break;
                        case 'u': sb.append((char) Integer.parseInt(in.substring(pos, pos + 4), 16)); pos += 4; break;
                        default: sb.append(e);
                    }
                } else {
                    sb.append(c);
                }
            }
        }

        private Num number() {
            int start = pos;
            boolean frac = false;
            while (pos < in.length()) {
                char c = in.charAt(pos);
                if (c == '.' || c == 'e' || c == 'E') {
                    frac = true;
                } else if (!(c >= '0' && c <= '9' || c == '-' || c == '+')) {
                    break;
                }
                pos++;
            }
            String s = in.substring(start, pos);
            if (s.isEmpty()) {
                throw new IllegalArgumentException("unexpected '" + peek() + "' at " + pos);
            }
            return new Num(frac ? Double.parseDouble(s) : Long.parseLong(s));
        }
    }

    static String document() {
        StringBuilder sb = new StringBuilder("{\"items\": [");
        for (int i = 0; i < 400; i++) {
            if (i > 0) {
                sb.append(",\n  ");
            }
            sb.append("{\"id\": ").append(i).append(", \"name\": \"item\\t").append(i * 7)
              .append("\\u0041\", \"price\": ").append(i * 3).append('.').append(i % 4 * 25)
              .append(", \"tags\": [\"a\", \"b").append(i % 5).append("\", true, null, false], ")
              .append("\"dims\": {\"w\": ").append(i % 13).append(", \"h\": -").append(i % 7).append("e1}}");
        }
        return sb.append("], \"count\": 400}").toString();
    }

    static final String DOC = document();

    static long run() {
        long total = 0;
        for (int r = 0; r < 20; r++) {
            total += new Parser(DOC).value().digest();
        }
        return Checks.check("json", total, -7_231_728_696_733_018_524L);
    }
}
