package os2.user.sh;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * A line editor as a state machine: {@link #feed} takes the terminal's input bytes one at a
 * time (UTF-8 text, control keys, VT100/xterm escape sequences) and {@link #takeOutput} gives
 * the bytes to write back to the terminal so that it shows prompt, line and cursor. It assumes
 * the line fits on one terminal row and each character takes one column.
 * <p>Keys: left/right (Ctrl-B/F), Home/End (Ctrl-A/E), Backspace (0x7F, 0x08), Delete,
 * Ctrl-U/K (kill to start/end), Ctrl-W (kill the word before the cursor), Ctrl-L (redraw),
 * up/down (Ctrl-P/N) through the history, Tab to complete, Enter to accept, Ctrl-C to cancel
 * the line, Ctrl-D to end input on an empty line (else delete the character under the cursor).
 */
public final class LineEditor {
    /** What a fed byte did. */
    public enum Event { NONE, LINE, EOF, INTERRUPT }

    /** Candidates for completing the word that ends at the cursor (full words, not suffixes). */
    public interface Completer {
        /** line is the text before the cursor; word is its last word (possibly empty). */
        List<String> complete(String line, String word);
    }

    private final Completer completer;
    private final List<String> history = new ArrayList<>();
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final StringBuilder esc = new StringBuilder();
    private final LineBuffer buf = new LineBuffer();
    private String prompt = "";
    private String saved = "";
    private String accepted;
    private int historyIndex;
    private int state;          // 0 text, 1 after ESC, 2 in CSI (ESC [), 3 after ESC O
    private boolean afterCr;    // swallow the \n of a \r\n pair
    private int utfNeed;
    private int utfCode;

    /** An editor that completes with completer (null: Tab inserts nothing and rings the bell). */
    public LineEditor(Completer completer) {
        this.completer = completer;
    }

    /** Starts a new line: shows the prompt. */
    public void start(String newPrompt) {
        prompt = newPrompt;
        buf.clear();
        historyIndex = history.size();
        saved = "";
        write(prompt);
    }

    /** The bytes to echo since the last call. */
    public byte[] takeOutput() {
        byte[] b = out.toByteArray();
        out.reset();
        return b;
    }

    /** The line Enter accepted (valid after {@link Event#LINE}). */
    public String line() {
        return accepted;
    }

    /** The text being edited. */
    public String buffer() {
        return buf.text();
    }

    /** The cursor position in characters (code points) from the start of the line. */
    public int cursor() {
        return buf.cursor();
    }

    /** The remembered lines, oldest first. */
    public List<String> history() {
        return List.copyOf(history);
    }

    /** Adds a line to the history (not empty lines nor a repeat of the last one). */
    public void remember(String line) {
        if (!line.isBlank() && (history.isEmpty() || !history.get(history.size() - 1).equals(line))) {
            history.add(line);
        }
        historyIndex = history.size();
    }

    /** Processes one input byte. */
    public Event feed(int b) {
        b &= 0xFF;
        if (utfNeed > 0) {
            if ((b & 0xC0) == 0x80) {
                utfCode = utfCode << 6 | b & 0x3F;
                if (--utfNeed == 0) {
                    insert(utfCode);
                }
                return Event.NONE;
            }
            utfNeed = 0;
            insert(0xFFFD);   // a broken sequence: show a replacement, then treat b afresh
        }
        if (state != 0) {
            escape(b);
            return Event.NONE;
        }
        boolean cr = afterCr;
        afterCr = false;
        if (b >= 0x80) {
            utfNeed = b >= 0xF0 ? 3 : b >= 0xE0 ? 2 : b >= 0xC0 ? 1 : 0;
            utfCode = b & (0x3F >> utfNeed);
            if (utfNeed == 0 || b >= 0xF8) {
                utfNeed = 0;
                insert(0xFFFD);
            }
            return Event.NONE;
        }
        switch (b) {
            case '\n':
                if (cr) {
                    return Event.NONE;
                }
                return enter();
            case '\r':
                afterCr = true;
                return enter();
            case 0x1B: state = 1; esc.setLength(0); return Event.NONE;
            case 0x01: move(-buf.cursor()); return Event.NONE;
            case 0x05: move(buf.length() - buf.cursor()); return Event.NONE;
            case 0x02: move(-1); return Event.NONE;
            case 0x06: move(1); return Event.NONE;
            case 0x7F: case 0x08:
                if (buf.cursor() > 0) {
                    buf.delete(buf.cursor() - 1, buf.cursor());
                    redraw();
                }
                return Event.NONE;
            case 0x04:
                if (buf.length() == 0) {
                    return Event.EOF;
                }
                deleteForward();
                return Event.NONE;
            case 0x03:
                write("^C\r\n");
                buf.clear();
                return Event.INTERRUPT;
            case 0x15: buf.delete(0, buf.cursor()); redraw(); return Event.NONE;
            case 0x0B: buf.delete(buf.cursor(), buf.length()); redraw(); return Event.NONE;
            case 0x17: killWord(); return Event.NONE;
            case 0x0C: write("\u001b[H\u001b[2J"); redraw(); return Event.NONE;
            case 0x10: historyUp(); return Event.NONE;
            case 0x0E: historyDown(); return Event.NONE;
            case '\t': complete(); return Event.NONE;
            default:
                if (b >= 0x20) {
                    insert(b);
                }
                return Event.NONE;   // other control keys are ignored
        }
    }

    private Event enter() {
        accepted = buf.text();
        write("\r\n");
        remember(accepted);
        buf.clear();
        return Event.LINE;
    }

    private void escape(int b) {
        if (state == 1) {
            state = b == '[' ? 2 : b == 'O' ? 3 : 0;   // a lone ESC + other key: drop both
            return;
        }
        if (state == 2 && (b >= '0' && b <= '9' || b == ';')) {
            esc.append((char) b);
            return;
        }
        int kind = state;
        state = 0;
        String p = esc.toString();
        switch (b) {
            case 'A': historyUp(); break;
            case 'B': historyDown(); break;
            case 'C': move(1); break;
            case 'D': move(-1); break;
            case 'H': move(-buf.cursor()); break;
            case 'F': move(buf.length() - buf.cursor()); break;
            case '~':
                if (kind == 2 && (p.equals("1") || p.equals("7"))) {
                    move(-buf.cursor());
                } else if (kind == 2 && (p.equals("4") || p.equals("8"))) {
                    move(buf.length() - buf.cursor());
                } else if (kind == 2 && p.equals("3")) {
                    deleteForward();
                }
                break;
            default: break;   // unknown sequences (function keys...) do nothing
        }
    }

    private void insert(int cp) {
        boolean atEnd = buf.cursor() == buf.length();
        buf.insert(cp);
        if (atEnd) {
            write(new String(Character.toChars(cp)));   // the common case: just echo it
        } else {
            redraw();
        }
    }

    private void deleteForward() {
        if (buf.cursor() < buf.length()) {
            buf.delete(buf.cursor(), buf.cursor() + 1);
            redraw();
        }
    }

    private void killWord() {
        int c = buf.cursor();
        int k = c;
        while (k > 0 && buf.at(k - 1) == ' ') {
            k--;
        }
        while (k > 0 && buf.at(k - 1) != ' ') {
            k--;
        }
        buf.delete(k, c);
        redraw();
    }

    private void move(int delta) {
        int to = Math.max(0, Math.min(buf.length(), buf.cursor() + delta));
        int d = to - buf.cursor();
        buf.setCursor(to);
        if (d < 0) {
            write("\u001b[" + -d + "D");
        } else if (d > 0) {
            write("\u001b[" + d + "C");
        }
    }

    private void historyUp() {
        if (historyIndex == 0) {
            return;
        }
        if (historyIndex == history.size()) {
            saved = buf.text();
        }
        historyIndex--;
        buf.set(history.get(historyIndex));
        redraw();
    }

    private void historyDown() {
        if (historyIndex >= history.size()) {
            return;
        }
        historyIndex++;
        buf.set(historyIndex == history.size() ? saved : history.get(historyIndex));
        redraw();
    }

    private void complete() {
        String before = buf.text(0, buf.cursor());
        String word = before.substring(before.lastIndexOf(' ') + 1);
        List<String> cands = completer == null ? List.of() : completer.complete(before, word);
        List<String> fit = new ArrayList<>();
        for (String c : cands) {
            if (c.startsWith(word)) {
                fit.add(c);
            }
        }
        if (fit.isEmpty()) {
            write("\u0007");
            return;
        }
        String common = fit.get(0);
        for (String c : fit) {
            int k = 0;
            while (k < common.length() && k < c.length() && common.charAt(k) == c.charAt(k)) {
                k++;
            }
            common = common.substring(0, k);
        }
        String add = common.substring(word.length());
        if (fit.size() == 1 && !common.endsWith("/")) {
            add += " ";
        }
        if (!add.isEmpty()) {
            add.codePoints().forEach(buf::insert);
            redraw();
        } else if (fit.size() > 1) {
            write("\r\n" + String.join("  ", fit) + "\r\n");
            redraw();
        }
    }

    /** Rewrites the whole row: carriage return, prompt, text, clear the rest, cursor back in place. */
    private void redraw() {
        write("\r" + prompt + buf.text() + "\u001b[K");
        int back = buf.length() - buf.cursor();
        if (back > 0) {
            write("\u001b[" + back + "D");
        }
    }

    private void write(String s) {
        byte[] b = Runner.utf8(s);
        out.write(b, 0, b.length);
    }
}
