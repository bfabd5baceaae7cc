package difftest;

import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Random small patterns (fixed seed) over a small alphabet against random subjects: every find with its
 * groups, replaceAll and split. The JVM's own java.util.regex is the oracle. The generator avoids the
 * constructs where OS2 knowingly differs (docs/JAVA-SUBSET.md): lazy or possessive loops over groups
 * and back references into a group from inside it.
 */
public class p216_RegexRandom {
    static String pattern(Random r, int depth) {
        StringBuilder sb = new StringBuilder();
        int atoms = 1 + r.nextInt(4);
        for (int i = 0; i < atoms; i++) {
            boolean group = false;
            switch (r.nextInt(depth > 0 ? 24 : 17)) {
                case 0: case 1: case 2: sb.append("abAB".charAt(r.nextInt(4))); break;
                case 3: sb.append('.'); break;
                case 4: sb.append("[ab]"); break;
                case 5: sb.append("[^a\\s]"); break;
                case 6: sb.append('^'); break;
                case 7: sb.append('$'); break;
                case 8: sb.append("\\b"); break;
                case 9: sb.append("\\w"); break;
                case 10: sb.append('|'); break;
                case 11: sb.append("(?i)"); break;
                case 12: sb.append("\\s"); break;
                case 13: sb.append("[a-b&&[^b]]"); break;
                case 14: sb.append("\\B"); break;
                case 15: sb.append("(?m)"); break;
                case 16: sb.append('c'); break;
                case 17: case 18: case 19: sb.append('(').append(pattern(r, depth - 1)).append(')'); group = true; break;
                case 20: sb.append("(?:").append(pattern(r, depth - 1)).append(')'); group = true; break;
                case 21: sb.append(r.nextBoolean() ? "(?=" : "(?!").append(pattern(r, depth - 1)).append(')'); break;
                case 22: sb.append(r.nextBoolean() ? "(?<=a|bb)" : "(?<![ab]{1,2})"); break;
                default: sb.append("(?>").append(pattern(r, depth - 1)).append(')'); break;
            }
            if (r.nextInt(3) == 0) {
                String[] q = {"*", "+", "?", "{2}", "{1,2}", "{0,3}", "{2,}"};
                sb.append(q[r.nextInt(q.length)]);
                int m = r.nextInt(5);
                if (!group && m == 0) {
                    sb.append('?');
                } else if (!group && m == 1) {
                    sb.append('+');
                }
            }
        }
        return sb.toString();
    }

    public static void main(String[] args) {
        Random r = new Random(1204);
        long hash = 0;
        for (int i = 0; i < 3000; i++) {
            String p = pattern(r, 2);
            StringBuilder sb = new StringBuilder(p.replace("\n", "\\n"));
            try {
                Pattern pat = Pattern.compile(p);
                for (int j = 0; j < 3; j++) {
                    StringBuilder s = new StringBuilder();
                    int n = r.nextInt(8);
                    for (int c = 0; c < n; c++) {
                        s.append("aabbAB \n".charAt(r.nextInt(8)));
                    }
                    Matcher m = pat.matcher(s);
                    sb.append(" |").append(m.matches() ? 'M' : '-');
                    m.reset();
                    for (int k = 0; k < 10 && m.find(); k++) {
                        for (int g = 0; g <= m.groupCount(); g++) {
                            sb.append(g == 0 ? " " : ",").append(m.start(g)).append('-').append(m.end(g));
                        }
                    }
                    sb.append(' ').append(pat.split(s).length).append(' ').append(m.replaceAll("<$0>").length());
                }
            } catch (RuntimeException e) {
                sb.append(' ').append(e.getClass().getName());
            }
            String line = sb.toString();
            hash = hash * 31 + line.hashCode();
            if (i % 10 == 0) {
                System.out.println(line);
            }
        }
        System.out.println("hash " + hash);
    }
}
