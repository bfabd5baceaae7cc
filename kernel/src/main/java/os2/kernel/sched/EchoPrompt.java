package os2.kernel.sched;

import os2.kernel.console.Console;

/**
 * The interactive prompt of {@code ./os2 run}: prints a prompt and echoes what is typed
 * (PS/2 keyboard or the serial terminal), one Keyboard continuation per character.
 */
public final class EchoPrompt {
    public static final String PROMPT = "os2> ";
    private final StringBuilder line = new StringBuilder();

    /** The first continuation: show the prompt, wait for a key. */
    public static Continuation start() {
        EchoPrompt p = new EchoPrompt();
        return () -> {
            Console.print(PROMPT);
            return Result.key(p::onKey);
        };
    }

    Result onKey(char c) {
        if (c == '\n') {
            Console.print("\n");
            if (line.length() > 0) {
                Console.println("you typed: " + line);
                line.setLength(0);
            }
            Console.print(PROMPT);
        } else if (c == '\b' || c == 0x7F) {
            if (line.length() > 0) {
                line.setLength(line.length() - 1);
                Console.print("\b \b");
            }
        } else if (c >= ' ' && c < 0x7F) {
            line.append(c);
            Console.write(c);
        }
        return Result.key(this::onKey);
    }
}
