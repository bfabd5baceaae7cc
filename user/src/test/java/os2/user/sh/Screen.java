package os2.user.sh;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** A tiny terminal for tests: rows of text and a cursor; understands what LineEditor writes. */
final class Screen {
    final List<StringBuilder> rows = new ArrayList<>(List.of(new StringBuilder()));
    int col;

    StringBuilder row() {
        return rows.get(rows.size() - 1);
    }

    String current() {
        return row().toString();
    }

    void write(byte[] bytes) {
        String s = new String(bytes, StandardCharsets.UTF_8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\r') {
                col = 0;
            } else if (c == '\n') {
                rows.add(new StringBuilder());
                col = 0;
            } else if (c == 7) {
                continue;
            } else if (c == 0x1B) {
                int j = i + 2;
                while (Character.isDigit(s.charAt(j))) {
                    j++;
                }
                String n = s.substring(i + 2, j);
                char op = s.charAt(j);
                int k = n.isEmpty() ? 1 : Integer.parseInt(n);
                switch (op) {
                    case 'K': row().setLength(col); break;
                    case 'D': col -= k; break;
                    case 'C': col += k; break;
                    case 'H': break;
                    case 'J': rows.clear(); rows.add(new StringBuilder()); col = 0; break;
                    default: throw new AssertionError("unexpected escape " + s.substring(i, j + 1));
                }
                if (col < 0 || col > row().length()) {
                    throw new AssertionError("cursor off the text: " + col);
                }
                i = j;
            } else {
                while (row().length() < col) {
                    row().append(' ');
                }
                if (col < row().length()) {
                    row().setCharAt(col, c);
                } else {
                    row().append(c);
                }
                col++;
            }
        }
    }
}
