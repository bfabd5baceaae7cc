package os2.user.sh;

import java.util.List;

/** The shell's syntax tree: a script is and-or lists, made of pipelines of simple commands. */
public final class Ast {
    private Ast() {
    }

    /** Redirection kinds: {@code <}, {@code >}, {@code >>}, {@code 2>}, {@code 2>>}, {@code 2>&1}. */
    public enum RedirKind { IN, OUT, APPEND, ERR, ERR_APPEND, ERR_TO_OUT }

    /** One redirection; target is null for ERR_TO_OUT. */
    public record Redirect(RedirKind kind, Word target) {
    }

    /** NAME=value before the command name (or alone). */
    public record Assignment(String name, Word value) {
    }

    /** A simple command: assignments, words (the first is the command name) and redirections. */
    public record Command(List<Assignment> assignments, List<Word> words, List<Redirect> redirects) {
    }

    /** Commands joined by {@code |}. */
    public record Pipeline(List<Command> commands) {
    }

    /**
     * Pipelines joined by {@code &&} and {@code ||}: ops.get(i) joins pipelines i and i+1.
     * background is true when the list ended with {@code &}; text is its source, for {@code jobs}.
     */
    public record AndOr(List<Pipeline> pipelines, List<String> ops, boolean background, String text) {
    }

    /** The lists of a line or script, in order. */
    public record Script(List<AndOr> lists) {
    }
}
